import Testing

@testable import AgentViewCore

/// docs/rules.md §5: the order of evidence for each end-user message, at and around the moment of login.
@Suite struct MessageCheckMarkTests {
    private static let login = Timestamp(iso8601: "2026-04-02T10:00:00.000Z")!

    private static func offset(_ milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: login.millisecondsSinceEpoch + milliseconds)
    }

    @Test(arguments: [(Int64(-1), false), (0, true), (1, true), (-60_000, false)])
    func aKnownMomentMarksMessagesAtOrAfterIt(milliseconds: Int64, marked: Bool) {
        let author = MessageCheckMark.Author(isAuthenticated: true, authenticatedAt: Self.login)
        let decision = MessageCheckMark.decide(
            role: .endUser, time: Self.offset(milliseconds), authenticatedAtSend: nil, author: author,
            channel: .messaging)
        #expect(decision == MessageCheckMark.Decision(checkMark: marked, rule: .authenticationTime))
    }

    @Test(arguments: [true, false])
    func webhookDataOverridesEverythingElse(stated: Bool) {
        let merged = MessageCheckMark.Author(
            isAuthenticated: !stated, authenticatedAt: Self.offset(stated ? 10_000 : -10_000),
            wasAnonymousBeforeLogin: true)
        let decision = MessageCheckMark.decide(
            role: .endUser, time: Self.login, authenticatedAtSend: stated, author: merged, channel: .messaging)
        #expect(decision == MessageCheckMark.Decision(checkMark: stated, rule: .webhook))
    }

    @Test func aDiscardedAnonymousAuthorGetsNoMark() {
        let author = MessageCheckMark.Author(
            isAuthenticated: true, authenticatedAt: Self.offset(-10_000), wasAnonymousBeforeLogin: true)
        #expect(
            MessageCheckMark.decide(
                role: .endUser, time: Self.login, authenticatedAtSend: nil, author: author, channel: .messaging)
                == MessageCheckMark.Decision(checkMark: false, rule: .mergedAnonymous))
    }

    @Test func anAuthenticatedAuthorWithNoKnownMomentIsMarkedOnEveryMessage() {
        let author = MessageCheckMark.Author(isAuthenticated: true)
        #expect(
            MessageCheckMark.decide(
                role: .endUser, time: nil, authenticatedAtSend: nil, author: author, channel: .messaging)
                == MessageCheckMark.Decision(checkMark: true, rule: .authenticationTimeUnknown))
    }

    @Test(arguments: [TranscriptEntry.Role.agent, .bot, .system])
    func agentBotAndSystemMessagesNeverCarryTheMark(role: TranscriptEntry.Role) {
        let author = MessageCheckMark.Author(isAuthenticated: true)
        #expect(
            MessageCheckMark.decide(
                role: role, time: Self.login, authenticatedAtSend: true, author: author, channel: .messaging)
                == MessageCheckMark.Decision(checkMark: false, rule: .notEndUser))
    }

    @Test func theMarkIsNotCarriedOntoEmail() {
        let author = MessageCheckMark.Author(isAuthenticated: true)
        #expect(
            MessageCheckMark.decide(
                role: .endUser, time: Self.login, authenticatedAtSend: nil, author: author, channel: .email
            ).rule == .emailChannel)
    }
}

/// Support comments (web form, the private "Conversation with …" note) are not messaging messages.
@Suite struct CommentMarkTests {
    /// An export of JWT-authenticated Mia (Support id 5, external ID `w-5`), `others` more Support users,
    /// and ticket 50 of hers with `status` and `channel`, whose comments are `comments` (JSON objects).
    static func ticketWithComments(
        status: String = "open", channel: String, comments: [String], others: [String] = []
    ) -> [String: String] {
        let users = [#"{"id": 5, "name": "Mia Chat", "external_id": "w-5"}"#] + others
        return [
            "zendesk/users.json": #"{"users": [\#(users.joined(separator: ", "))]}"#,
            "sunshine/users/ffffffffffffffffffffffff.json":
                #"{"user": {"id": "ffffffffffffffffffffffff", "externalId": "w-5", "authenticated": true}}"#,
            "zendesk/tickets.json":
                #"{"tickets": [{"id": 50, "status": "\#(status)", "requester_id": 5, "via": {"channel": "\#(channel)"}, "created_at": "2026-04-03T09:00:00Z"}]}"#,
            "zendesk/tickets/50/comments.json": #"{"comments": [\#(comments.joined(separator: ", "))]}"#,
        ]
    }

    @Test func aCommentNeverCarriesTheEndUserMark() {
        let author = MessageCheckMark.Author(isAuthenticated: true)
        #expect(
            MessageCheckMark.decide(
                role: .endUser, time: nil, authenticatedAtSend: nil, author: author, channel: .messaging,
                isMessagingMessage: false)
                == MessageCheckMark.Decision(checkMark: false, rule: .notMessaging))
    }

    @Test func aWebFormTicketOfAnAuthenticatedUserShowsNoMessageMark() throws {
        let view = try Fixtures.view(
            Self.ticketWithComments(
                channel: "web",
                comments: [
                    #"{"id": 1, "author_id": 5, "body": "my form", "public": true, "created_at": "2026-04-03T09:00:00Z"}"#
                ]))
        let ticket = try #require(view.tickets.first)
        #expect(ticket.messages.map(\.decision.rule) == [.notMessaging])
        #expect(view.diagnostics.isEmpty)
    }

    /// An inactive ticket carries the mark when its requester was authenticated on it (§6 rule 7): another
    /// end user's message on it, unmarked, says nothing about the requester.
    @Test func anotherUsersMessageOnASolvedTicketSaysNothingOfItsRequester() throws {
        let view = try Fixtures.view(
            Self.ticketWithComments(
                status: "solved", channel: "native_messaging",
                comments: [
                    #"{"id": 1, "author_id": 6, "body": "hi", "public": true, "created_at": "2026-04-03T09:01:00Z", "via": {"channel": "native_messaging"}}"#
                ], others: [#"{"id": 6, "name": "Bob Guest"}"#]))
        let ticket = try #require(view.ticket("50"))
        #expect(ticket.messages.map(\.decision.rule) == [.notAuthenticated])
        #expect(ticket.mark?.reason == .inactive && ticket.checkMark)
    }

    /// Zendesk writes each message of a messaging ticket as a public comment whose own via is messaging: with
    /// no conversation in the export, those comments are the transcript, and §5 decides each as a message.
    /// A comment with another channel or none stays not messaging.
    @Test func aMessagingTicketsCommentsAreDecidedAsItsMessages() throws {
        func comment(_ id: Int, _ via: String?, isPublic: Bool = true) -> String {
            let channel = via.map { #", "via": {"channel": "\#($0)"}"# } ?? ""
            return
                #"{"id": \#(id), "author_id": 5, "body": "hi", "public": \#(isPublic), "created_at": "2026-04-03T09:0\#(id):00Z"\#(channel)}"#
        }
        let view = try Fixtures.view(
            Self.ticketWithComments(
                channel: "native_messaging",
                comments: [
                    comment(1, "native_messaging"), comment(2, "chat"), comment(3, "web"), comment(4, nil),
                    comment(5, "native_messaging", isPublic: false),
                ]))
        let ticket = try #require(view.ticket("50"))
        // The private note is no part of the transcript, which holds public comments only (§10).
        #expect(
            ticket.messages.map(\.decision.rule) == [
                .authenticationTimeUnknown, .authenticationTimeUnknown, .notMessaging, .notMessaging,
            ])
        #expect(ticket.messages.map(\.decision.checkMark) == [true, true, false, false])
        #expect(view.diagnostics.map(\.code) == ["auth-time-unknown"])
    }
}
