import Testing

@testable import AgentViewCore

/// docs/rules.md §5 and §7 through whole exports: upgrade in place, merge on login, single vs multi conversation.
@Suite struct MidConversationLoginTests {
    static let anonymous = "aaaaaaaaaaaaaaaaaaaaaaaa"
    static let known = "bbbbbbbbbbbbbbbbbbbbbbbb"

    static func message(_ id: String, _ author: String, _ time: String) -> String {
        #"{"id": "\#(id)", "received": "\#(time)", "author": {"type": "user", "userId": "\#(author)"}, "content": {"type": "text", "text": "hi"}}"#
    }

    /// An anonymous user with its own conversation and ticket logs in as a known user who has another.
    static let mergeExport: [String: String] = [
        "zendesk/users.json": #"{"users": [{"id": 1, "name": "Known Person", "external_id": "k-1"}]}"#,
        "zendesk/tickets.json": """
        {"tickets": [
          {"id": 10, "status": "open", "requester_id": 1, "via": {"channel": "native_messaging"}, "created_at": "2026-04-01T09:00:00Z", "updated_at": "2026-04-01T09:00:00Z"},
          {"id": 11, "status": "open", "requester_id": 1, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T09:00:00Z", "updated_at": "2026-04-02T09:00:00Z"}
        ]}
        """,
        "zendesk/tickets/10/audits.json":
            #"{"audits": [{"id": 1, "ticket_id": 10, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-known"}}]}]}"#,
        "zendesk/tickets/11/audits.json":
            #"{"audits": [{"id": 2, "ticket_id": 11, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-anon"}}]}]}"#,
        "sunshine/users/\(known).json": #"{"user": {"id": "\#(known)", "externalId": "k-1", "authenticated": true}}"#,
        "sunshine/conversations/c-known/messages.json":
            "{\"messages\": [\(message("m1", known, "2026-04-01T09:00:00.000Z"))]}",
        "sunshine/conversations/c-anon/messages.json":
            "{\"messages\": [\(message("m2", anonymous, "2026-04-02T09:00:00.000Z")), \(message("m3", known, "2026-04-02T10:00:00.000Z"))]}",
        "sunshine/webhooks/merge.json": """
        {"app": {"id": "app"}, "webhook": {"id": "w", "version": "v2"}, "events": [{"id": "e1", "type": "user:merge", "createdAt": "2026-04-02T09:30:00.000Z",
         "payload": {"mergedUsers": {"surviving": {"id": "\(known)", "externalId": "k-1"}, "discarded": {"id": "\(anonymous)"}},
                     "mergedConversations": {"surviving": {"id": "c-known"}, "discarded": {"id": "c-anon"}}, "reason": "sdkLogin"}}]}
        """,
    ]

    private func messages(_ view: AgentView, ticket: String) -> [String] {
        view.tickets.first { $0.ticket.id == ticket }!.messages.map {
            "\($0.entry.id) \($0.author) \($0.decision.checkMark) \($0.decision.rule.rawValue)"
        }
    }

    @Test func messagesFromTheDiscardedAnonymousIDCarryNoMarkAndNameTheSurvivor() throws {
        let view = try Fixtures.view(Self.mergeExport, settings: Settings(messagingMode: .multi))
        #expect(messages(view, ticket: "11") == ["m2 support:1 false merged-anonymous", "m3 support:1 true auth-time"])
        #expect(view.user(UserKey(.support, "1"))?.messagingUsers.first?.discardedIDs == [Self.anonymous])
    }

    @Test func singleAndMultiConversationGiveDifferentHistories() throws {
        let single = try Fixtures.view(Self.mergeExport, settings: Settings(messagingMode: .single))
        let multi = try Fixtures.view(Self.mergeExport, settings: Settings(messagingMode: .multi))
        // Multi: each ticket keeps its own conversation. Single: the anonymous conversation joined the
        // known one, so one continuous history is split between the tickets by their lives.
        #expect(messages(multi, ticket: "10") == ["m1 support:1 true auth-time-unknown"])
        #expect(messages(single, ticket: "10") == ["m1 support:1 true auth-time-unknown"])
        #expect(
            messages(single, ticket: "11") == ["m2 support:1 false merged-anonymous", "m3 support:1 true auth-time"])
        #expect(single.tickets.first { $0.ticket.id == "11" }?.conversationID == "c-known")
        #expect(multi.tickets.first { $0.ticket.id == "11" }?.conversationID == "c-anon")
    }

    @Test func anUpgradeInPlaceMarksMessagesFromTheMomentOfAuthentication() throws {
        let user = "cccccccccccccccccccccccc"
        let view = try Fixtures.view([
            "zendesk/users.json": #"{"users": [{"id": 2, "name": "Up Graded", "external_id": "u-2"}]}"#,
            "zendesk/tickets.json":
                #"{"tickets": [{"id": 20, "status": "open", "requester_id": 2, "via": {"channel": "native_messaging"}, "created_at": "2026-04-03T09:00:00Z"}]}"#,
            "zendesk/tickets/20/audits.json":
                #"{"audits": [{"id": 3, "ticket_id": 20, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-up"}}]}]}"#,
            "sunshine/users/\(user).json": #"{"user": {"id": "\#(user)", "externalId": "u-2", "authenticated": true}}"#,
            "sunshine/conversations/c-up/messages.json":
                "{\"messages\": [\(Self.message("before", user, "2026-04-03T09:59:59.999Z")), \(Self.message("exact", user, "2026-04-03T10:00:00.000Z")), \(Self.message("after", user, "2026-04-03T10:00:00.001Z"))]}",
            "sunshine/webhooks/update.json":
                #"{"app": {"id": "a"}, "webhook": {"id": "w"}, "events": [{"id": "e2", "type": "user:update", "createdAt": "2026-04-03T10:00:00.000Z", "payload": {"user": {"id": "\#(user)", "externalId": "u-2", "authenticated": true}, "reason": "authentication"}}]}"#,
        ])
        #expect(
            messages(view, ticket: "20") == [
                "before support:2 false auth-time", "exact support:2 true auth-time", "after support:2 true auth-time",
            ])
    }

    @Test func anAuthenticatedUserWithNoKnownMomentIsMarkedEverywhereAndNoted() throws {
        let user = "dddddddddddddddddddddddd"
        let view = try Fixtures.view([
            "zendesk/users.json": #"{"users": [{"id": 3, "name": "No Time", "external_id": "n-3"}]}"#,
            "zendesk/tickets.json":
                #"{"tickets": [{"id": 30, "status": "open", "requester_id": 3, "via": {"channel": "native_messaging"}, "created_at": "2026-04-03T09:00:00Z"}]}"#,
            "zendesk/tickets/30/audits.json":
                #"{"audits": [{"id": 4, "ticket_id": 30, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-n"}}]}]}"#,
            "sunshine/users/\(user).json": #"{"user": {"id": "\#(user)", "externalId": "n-3"}}"#,
            "sunshine/conversations/c-n/messages.json":
                "{\"messages\": [\(Self.message("x", user, "2026-04-03T09:00:00.000Z"))]}",
        ])
        #expect(messages(view, ticket: "30") == ["x support:3 true auth-time-unknown"])
        #expect(view.diagnostics.map(\.code) == ["auth-time-unknown"])
    }

    @Test func activityComesFromMessagesOrFromTicketMetrics() throws {
        let user = "eeeeeeeeeeeeeeeeeeeeeeee"
        var files: [String: String] = [
            "zendesk/users.json": #"{"users": [{"id": 4, "name": "Busy", "external_id": "b-4"}]}"#,
            "sunshine/users/\(user).json": #"{"user": {"id": "\#(user)", "externalId": "b-4", "authenticated": true}}"#,
            // Ticket 40 has the newest message; ticket 41 the newest metric; ticket 42 only a recent update.
            "zendesk/tickets.json": """
            {"tickets": [
              {"id": 40, "status": "open", "requester_id": 4, "via": {"channel": "native_messaging"}, "created_at": "2026-04-01T00:00:00Z", "updated_at": "2026-04-01T00:00:00Z"},
              {"id": 41, "status": "open", "requester_id": 4, "via": {"channel": "native_messaging"}, "created_at": "2026-04-01T00:00:00Z", "updated_at": "2026-04-01T00:00:00Z"},
              {"id": 42, "status": "hold", "requester_id": 4, "via": {"channel": "native_messaging"}, "created_at": "2026-04-01T00:00:00Z", "updated_at": "2026-04-09T00:00:00Z"}
            ]}
            """,
            "zendesk/tickets/40/audits.json":
                #"{"audits": [{"id": 5, "ticket_id": 40, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-b"}}]}]}"#,
            "sunshine/conversations/c-b/messages.json":
                "{\"messages\": [\(Self.message("y", user, "2026-04-05T00:00:00.000Z"))]}",
            "zendesk/ticket_metrics.json":
                #"{"ticket_metrics": [{"ticket_id": 41, "requester_updated_at": "2026-04-04T00:00:00Z", "latest_comment_added_at": "2026-04-04T00:00:00Z"}]}"#,
        ]
        let ranks = { (view: AgentView) in
            view.user(UserKey(.support, "4"))!.tickets.map { "\($0.ticketID):\($0.rank ?? 0):\($0.reason.rawValue)" }
        }
        #expect(
            ranks(try Fixtures.view(files, settings: Settings(activeTicketCap: 2, messagingMode: .multi))) == [
                "40:1:within-cap", "41:2:within-cap", "42:3:over-cap",
            ])
        files["zendesk/ticket_metrics.json"] =
            #"{"ticket_metrics": [{"ticket_id": 41, "assignee_updated_at": "2026-04-06T00:00:00Z"}]}"#
        #expect(
            ranks(try Fixtures.view(files, settings: Settings(activeTicketCap: 2, messagingMode: .multi))) == [
                "40:2:within-cap", "41:1:within-cap", "42:3:over-cap",
            ])
    }

    /// The merge export, with the anonymous user's Support counterpart still listed: a "Web User" whose
    /// messaging identity names the discarded id, requesting ticket 11 (the anonymous conversation's) and
    /// ticket 12, whose transcript is its one messaging comment.
    static func exportWithWebUser(
        reason: String = "sdkLogin", identities: [String] = [anonymous], knownInSupport: Bool = true
    ) -> [String: String] {
        var files = mergeExport
        let identityList = identities.enumerated().map { index, value in
            #"{"id": \#(9000 + index), "user_id": 5, "type": "messaging", "value": "\#(value)"}"#
        }
        let known = knownInSupport ? #"{"id": 1, "name": "Known Person", "external_id": "k-1"}, "# : ""
        files["zendesk/users.json"] = """
            {"users": [\(known){"id": 5, "name": "Web User"}],
             "identities": [\(identityList.joined(separator: ", "))]}
            """
        files["zendesk/tickets.json"] = files["zendesk/tickets.json"]!.replacingOccurrences(
            of:
                #""id": 11, "status": "open", "requester_id": 1, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T09:00:00Z", "updated_at": "2026-04-02T09:00:00Z"}"#,
            with: #"""
                "id": 11, "status": "open", "requester_id": 5, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T09:00:00Z", "updated_at": "2026-04-02T09:00:00Z"},
                  {"id": 12, "status": "open", "requester_id": 5, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T09:05:00Z", "updated_at": "2026-04-02T09:10:00Z"}
                """#)
        files["zendesk/tickets/12/comments.json"] = """
            {"comments": [{"id": 1201, "author_id": 5, "body": "typed while anonymous", "public": true, \
            "created_at": "2026-04-02T09:10:00Z", "via": {"channel": "native_messaging"}}]}
            """
        files["sunshine/webhooks/merge.json"] = files["sunshine/webhooks/merge.json"]!.replacingOccurrences(
            of: #""reason": "sdkLogin""#, with: #""reason": "\#(reason)""#)
        return files
    }

    /// §7 rule 2: "the anonymous user, with all its conversations and tickets, is merged into" the known user.
    @Test func aLoginMergeMovesTheAnonymousSupportUsersTicketsToTheSurvivor() throws {
        let view = try Fixtures.view(Self.exportWithWebUser(), settings: Settings(messagingMode: .multi))
        let ticket = try #require(view.tickets.first { $0.ticket.id == "11" })
        #expect(ticket.requester == UserKey(.support, "1"))
        #expect(view.user(UserKey(.support, "1"))?.tickets.map(\.ticketID).sorted() == ["10", "11", "12"])
        // The Web User is still listed, as the export lists it, with nothing left to request.
        #expect(view.user(UserKey(.support, "5"))?.tickets.isEmpty == true)
        // What the anonymous user wrote, as a message or as a comment, is the known user's, unmarked (§5 rule 2).
        #expect(messages(view, ticket: "11") == ["m2 support:1 false merged-anonymous", "m3 support:1 true auth-time"])
        #expect(messages(view, ticket: "12") == ["1201 support:1 false merged-anonymous"])
        // In single-conversation mode ticket 11's conversation joined ticket 10's: two open tickets of one user
        // on one conversation, as when the export already names the survivor (§7 rule 6).
        let single = try Fixtures.view(Self.exportWithWebUser(), settings: Settings(messagingMode: .single))
        let conflicts = single.diagnostics.filter { $0.code == "threading-conflict" }
        #expect(conflicts.map(\.subject) == [.ticket("11")])
        #expect(conflicts.first?.message.contains("tickets 10 (open) and 11 (open)") == true)
    }

    @Test func onlyALoginMergeMovesASupportUsersTickets() throws {
        let view = try Fixtures.view(Self.exportWithWebUser(reason: "api"), settings: Settings(messagingMode: .multi))
        #expect(view.tickets.first { $0.ticket.id == "11" }?.requester == UserKey(.support, "5"))
        #expect(view.user(UserKey(.support, "5"))?.tickets.map(\.ticketID).sorted() == ["11", "12"])
        #expect(messages(view, ticket: "12") == ["1201 support:5 false not-authenticated"])
    }

    @Test func aSupportUserWithAMessagingUserOfItsOwnKeepsItsTickets() throws {
        let other = "dddddddddddddddddddddddd"
        var files = Self.exportWithWebUser(identities: [Self.anonymous, other])
        files["sunshine/users/\(other).json"] = #"{"user": {"id": "\#(other)"}}"#
        let view = try Fixtures.view(files, settings: Settings(messagingMode: .multi))
        #expect(view.tickets.first { $0.ticket.id == "11" }?.requester == UserKey(.support, "5"))
        #expect(messages(view, ticket: "12") == ["1201 support:5 false not-authenticated"])
    }

    /// A survivor no Support user holds is a user agents never see (§2 rule 7): no ticket moves to it.
    @Test func noTicketMovesToASurvivorWithoutASupportUser() throws {
        let view = try Fixtures.view(
            Self.exportWithWebUser(knownInSupport: false), settings: Settings(messagingMode: .multi))
        #expect(view.tickets.first { $0.ticket.id == "11" }?.requester == UserKey(.support, "5"))
        #expect(view.user(UserKey(.messaging, Self.known))?.tickets.isEmpty == true)
    }

    /// An inactive ticket the Web User requested keeps the mark only if it changed after the login (§6 rule 7):
    /// until then its requester was anonymous, however long the survivor had been authenticated.
    @Test func aMovedInactiveTicketIsMarkedOnlyIfItChangedAfterTheLogin() throws {
        var files = Self.exportWithWebUser()
        files["zendesk/tickets.json"] = files["zendesk/tickets.json"]!.replacingOccurrences(
            of: "\n]}",
            with: #"""
                ,
                  {"id": 13, "status": "solved", "requester_id": 5, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T08:00:00Z", "updated_at": "2026-04-02T08:10:00Z"},
                  {"id": 14, "status": "solved", "requester_id": 5, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T08:00:00Z", "updated_at": "2026-04-02T10:10:00Z"}
                ]}
                """#)
        let view = try Fixtures.view(files, settings: Settings(messagingMode: .multi))
        let marks = view.user(UserKey(.support, "1"))?.tickets ?? []
        #expect(
            marks.first { $0.ticketID == "13" }.map { ($0.checkMark, $0.reason) } ?? (true, .withinCap) == (
                false, .inactive
            ))
        #expect(
            marks.first { $0.ticketID == "14" }.map { ($0.checkMark, $0.reason) } ?? (false, .withinCap) == (
                true, .inactive
            ))
    }

}
