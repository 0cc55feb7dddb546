import Testing

@testable import AgentViewCore

/// docs/rules.md §4 rules 3–6, §5 rule 6, §6 rules 1, 4, 6 and 7, §7 rule 3: the mark is a messaging
/// feature, capped only with multi-conversation messaging, and a ticket without it marks no message.
@Suite struct MessagingFeatureTests {
    static let user = "695b6e404e6f727468000017"
    static let appID = "695789104e6f727468000001"

    /// One JWT-authenticated user (Support id 10) with the given tickets, and an app record when given.
    static func files(tickets: [String], app: Bool? = nil, extra: [String: String] = [:]) -> [String: String] {
        var files = [
            "zendesk/users.json": DiagnosticExport.supportUsers([
                #"{"id": 10, "name": "Tessa Morgan", "external_id": "nw-10010"}"#
            ]),
            "zendesk/tickets.json": DiagnosticExport.tickets(tickets),
            "sunshine/users/t.json": DiagnosticExport.messagingUser(
                #"{"id": "\#(user)", "externalId": "nw-10010", "authenticated": true}"#),
        ]
        if let app {
            files["sunshine/app.json"] =
                #"{"app": {"id": "\#(appID)", "displayName": "Northwind", "settings": {"multiConvoEnabled": \#(app)}}}"#
        }
        return files.merging(extra) { _, new in new }
    }

    /// `count` open messaging tickets, ids 1…count, later ids created later (so they rank higher).
    static func openTickets(_ count: Int) -> [String] {
        (1...count).map { id in
            let minute = String(format: "%02d", id % 60)
            let hour = String(format: "%02d", id / 60)
            return DiagnosticExport.ticket(id, requester: 10, created: "2026-05-01T\(hour):\(minute):00Z")
        }
    }

    private func reasons(_ view: AgentView) -> [String: Int] {
        var counts: [String: Int] = [:]
        for mark in view.user(UserKey(.support, "10"))!.tickets { counts[mark.reason.rawValue, default: 0] += 1 }
        return counts
    }

    // MARK: §6 rules 4 and 6: the cap with multi-conversation messaging only

    @Test(arguments: [(100, 100, 0), (101, 100, 1)])
    func theCapAppliesWithMultiConversationMessaging(active: Int, within: Int, over: Int) throws {
        let view = try Fixtures.view(Self.files(tickets: Self.openTickets(active), app: true))
        #expect(view.messaging == MessagingModeChoice(mode: .multi, source: .app, app: (Self.appID, .multi)))
        #expect(reasons(view) == ["within-cap": within, "over-cap": over].filter { $0.value > 0 })
        let notes = view.diagnostics.filter { $0.code == "active-ticket-cap" }
        #expect(notes.count == (over > 0 ? 1 : 0))
        if over > 0 {
            #expect(view.ticket("1")?.mark?.reason == .overCap)
            #expect(view.ticket("1")?.mark?.rank == 101)
            #expect(view.ticket("1")?.checkMark == false)
        }
    }

    @Test func singleConversationMessagingRanksButMarksEveryActiveTicket() throws {
        let view = try Fixtures.view(Self.files(tickets: Self.openTickets(101), app: false))
        #expect(view.messaging.mode == .single)
        #expect(view.settings.messagingMode == .single)
        #expect(reasons(view) == ["no-cap": 101])
        let marks = view.user(UserKey(.support, "10"))!.tickets
        #expect(marks.allSatisfy { $0.checkMark && $0.rank != nil })
        #expect(view.ticket("1")?.mark?.rank == 101)
        let notes = view.diagnostics.filter { $0.code == "active-ticket-cap" }
        #expect(notes.map(\.severity) == [.note])
        #expect(
            notes.first?.message
                == "101 active messaging or chat tickets, more than the cap of 100: with single-conversation messaging no cap applies and all of them carry the mark, but with multi-conversation messaging ticket 1 (rank 101) would show none"
        )
        #expect(notes.first?.advice.contains("switching to multi-conversation messaging would drop the mark") == true)
    }

    @Test func singleConversationMessagingAtTheCapRaisesNothing() throws {
        let view = try Fixtures.view(Self.files(tickets: Self.openTickets(100)))
        #expect(reasons(view) == ["no-cap": 100])
        #expect(view.diagnostics.filter { $0.code == "active-ticket-cap" }.isEmpty)
    }

    // MARK: §7 rule 3: the mode from the app, else single; the setting overrides with a note

    @Test(
        arguments: [
            (
                Bool?.none, Settings.MessagingMode?.none, Settings.MessagingMode.single,
                MessagingModeChoice.Source.assumed,
                false
            ),
            (nil, .single, .single, .option, false),
            (nil, .multi, .multi, .option, false),
            (true, nil, .multi, .app, false),
            (true, .multi, .multi, .option, false),
            (true, .single, .single, .option, true),
            (false, nil, .single, .app, false),
            (false, .single, .single, .option, false),
            (false, .multi, .multi, .option, true),
        ])
    func theModeComesFromTheAppUnlessTheSettingGivesIt(
        app: Bool?, option: Settings.MessagingMode?, mode: Settings.MessagingMode, source: MessagingModeChoice.Source,
        overrides: Bool
    ) throws {
        let view = try Fixtures.view(
            Self.files(tickets: Self.openTickets(3), app: app),
            settings: Settings(activeTicketCap: 2, messagingMode: option))
        #expect(view.messaging.mode == mode)
        #expect(view.messaging.source == source)
        #expect(view.settings.messagingMode == mode)
        // The cap decides ticket 1 only in multi mode.
        #expect(view.ticket("1")?.mark?.reason == (mode == .multi ? .overCap : .noCap))
        let notes = view.diagnostics.filter { $0.code == "messaging-mode-override" }
        #expect(notes.count == (overrides ? 1 : 0))
        if overrides, let app {
            #expect(notes.first?.severity == .note)
            #expect(notes.first?.subject == .record(kind: "app", id: Self.appID))
            #expect(
                notes.first?.message
                    == "the setting --messaging \(mode.rawValue) contradicts the export's Sunshine Conversations app '\(Self.appID)', whose settings.multiConvoEnabled is \(app): the pages use \(mode == .multi ? "multi" : "single")-conversation messaging, not the account's \(app ? "multi" : "single")-conversation messaging"
            )
        }
        // The snapshot records the mode used.
        #expect(Snapshot.value(of: view).object?["settings"]?.object?["messaging"]?.string == mode.rawValue)
    }

    @Test func anAppWithoutTheSettingLeavesSingle() throws {
        let view = try Fixtures.view(
            Self.files(
                tickets: Self.openTickets(1),
                extra: ["sunshine/app.json": #"{"app": {"id": "\#(Self.appID)", "settings": {}}}"#]))
        #expect(view.messaging == MessagingModeChoice(mode: .single, source: .assumed))
    }

    @Test func aWebhookDeliveryNamesTheAppButSaysNoMode() throws {
        let export = try Fixtures.load([
            "sunshine/webhooks/merge.json": DiagnosticExport.loginMerge(
                surviving: Self.user, discarded: "aaaaaaaaaaaaaaaaaaaaaaaa", at: "2026-05-01T00:00:00.000Z")
        ])
        #expect(export.apps.isEmpty)
        #expect(export.webhookEvents.count == 1)
    }

    @Test func theStringFormOfTheSettingIsRead() throws {
        let export = try Fixtures.load([
            "sunshine/app.json": #"{"app": {"id": "a1", "settings": {"multiConvoEnabled": "true"}}}"#
        ])
        #expect(export.apps == [MessagingApp(id: "a1", multiConversationEnabled: true)])
    }

    @Test(arguments: [
        (
            #"{"app": {"id": "a1", "settings": {"multiConvoEnabled": 1}}}"#,
            "export/sunshine/app.json:1:56: error: expected a boolean at 'app.settings.multiConvoEnabled', found a number"
        ),
        (
            #"{"app": {"id": "a1", "settings": [true]}}"#,
            "export/sunshine/app.json:1:34: error: expected an object at 'app.settings', found an array"
        ),
        (#"{"app": "a1"}"#, "export/sunshine/app.json:1:9: error: expected an object at 'app', found a string"),
    ])
    func aWrongTypeInTheAppIsALocatedError(json: String, error: String) {
        let errors = Fixtures.loadErrors(["sunshine/app.json": json])
        #expect(errors == [error])
    }

    // MARK: §4 rules 3–6: messaging and live-chat channels only

    @Test(
        arguments: [
            "native_messaging", "chat", "chat_transcript", "any_channel", "whatsapp", "sms", "instagram_dm",
            "sunshine_conversations_api", "sunshine_conversations_facebook_messenger", "line", "twilio_sms",
        ])
    func messagingChannelsAreRankedAndMarked(channel: String) throws {
        let view = try Fixtures.view(Self.channelExport(channel))
        let ticket = try #require(view.ticket("1"))
        #expect(ticket.mark?.reason == .noCap)
        #expect(ticket.mark?.rank == 1)
        #expect(ticket.checkMark)
        #expect(ticket.messages.map(\.decision) == [.init(checkMark: true, rule: .authenticationTimeUnknown)])
        #expect(view.diagnostics.filter { $0.code == "unknown-channel" }.isEmpty)
    }

    @Test(arguments: [("email", TicketMarkReason.emailChannel), ("mailgun", .emailChannel)])
    func emailKeepsEmailChannel(channel: String, reason: TicketMarkReason) throws {
        let view = try Fixtures.view(Self.channelExport(channel))
        let ticket = try #require(view.ticket("1"))
        #expect(ticket.mark?.reason == reason)
        #expect(ticket.mark?.rank == nil)
        #expect(!ticket.checkMark)
        #expect(ticket.messages.map(\.decision) == [.init(checkMark: false, rule: .emailChannel)])
    }

    @Test(arguments: ["web", "web_form", "helpcenter", "api", "rule", "system", "mobile", "voice"])
    func channelsThatAreNoConversationCarryNoMark(channel: String) throws {
        let view = try Fixtures.view(Self.channelExport(channel))
        let ticket = try #require(view.ticket("1"))
        #expect(ticket.mark?.reason == .notMessaging)
        #expect(ticket.mark?.rank == nil)
        #expect(!ticket.checkMark)
        // The other, messaging ticket is ranked alone: the not-messaging one took no place.
        #expect(view.ticket("2")?.mark?.rank == 1)
        #expect(ticket.messages.map(\.decision) == [.init(checkMark: false, rule: .notMessaging)])
        #expect(view.diagnostics.filter { $0.code == "unknown-channel" }.isEmpty)
    }

    @Test(arguments: [(0, TicketMarkReason.notMessaging), (75, .noCap), (33, .notMessaging), (76, .emailChannel)])
    func numericViaIDsAreClassifiedByTheirName(via: Int, reason: TicketMarkReason) throws {
        let view = try Fixtures.view(
            Self.files(tickets: [
                #"{"id": 1, "status": "open", "requester_id": 10, "via": {"channel": \#(via)}, "created_at": "2026-05-01T09:00:00Z"}"#
            ]))
        #expect(view.ticket("1")?.mark?.reason == reason)
        #expect(view.diagnostics.filter { $0.code == "unknown-channel" }.isEmpty)
    }

    @Test func anUnknownChannelIsNotMessagingAndANoteNamesIt() throws {
        var files = Self.channelExport("carrier_pigeon")
        files["zendesk/tickets.json"] = DiagnosticExport.tickets([
            DiagnosticExport.ticket(1, requester: 10, channel: "carrier_pigeon"),
            DiagnosticExport.ticket(2, requester: 10),
            DiagnosticExport.ticket(3, requester: 10, channel: "carrier_pigeon"),
            #"{"id": 4, "status": "open", "requester_id": 10, "via": {"channel": 999}}"#,
        ])
        let view = try Fixtures.view(files)
        #expect(view.ticket("1")?.mark?.reason == .notMessaging)
        #expect(view.ticket("1")?.messages.map(\.decision) == [.init(checkMark: false, rule: .notMessaging)])
        #expect(view.ticket("4")?.mark?.reason == .notMessaging)
        let notes = view.diagnostics.filter { $0.code == "unknown-channel" }
        #expect(notes.map(\.severity) == [.note, .note])
        #expect(
            DiagnosticExport.summaries(notes) == [
                "ticket:1 | via.channel 'carrier_pigeon' is not a channel AgentView knows: 2 tickets (1 and 3) are treated as not messaging, so no check mark shows on them or their messages",
                "ticket:4 | via.channel 'via-999' is not a channel AgentView knows: ticket 4 is treated as not messaging, so no check mark shows on it or its messages",
            ])
    }

    /// The mark shows only on tickets whose via.channel is a messaging or chat channel (§4): a ticket record
    /// without one is not messaging, and one note says the value is missing.
    @Test func aTicketWithoutViaChannelIsNotMessagingAndANoteSaysSo() throws {
        var files = Self.channelExport("native_messaging")
        files["zendesk/tickets.json"] = DiagnosticExport.tickets([
            #"{"id": 1, "status": "open", "requester_id": 10, "created_at": "2026-05-01T09:00:00Z"}"#,
            #"{"id": 2, "status": "open", "requester_id": 10, "via": {"source": {}}, "created_at": "2026-04-01T09:00:00Z"}"#,
            #"{"id": 3, "status": "open", "requester_id": 10, "via": {"channel": null}, "created_at": "2026-04-01T09:00:00Z"}"#,
        ])
        let view = try Fixtures.view(files)
        for id in ["1", "2", "3"] {
            #expect(view.ticket(id)?.mark?.reason == .notMessaging && view.ticket(id)?.checkMark == false)
        }
        #expect(view.ticket("1")?.messages.map(\.decision) == [.init(checkMark: false, rule: .notMessaging)])
        #expect(
            DiagnosticExport.summaries(view.diagnostics.filter { $0.code == "unknown-channel" }) == [
                "ticket:1 | no via.channel in the ticket record: 3 tickets (1, 2 and 3) are treated as not messaging, so no check mark shows on them or their messages"
            ])
    }

    /// Ticket 1 on `channel` and messaging ticket 2, each tied to a conversation with one end-user message.
    static func channelExport(_ channel: String) -> [String: String] {
        files(
            tickets: [
                DiagnosticExport.ticket(1, requester: 10, channel: channel),
                DiagnosticExport.ticket(2, requester: 10, created: "2026-04-01T09:00:00Z"),
            ],
            extra: [
                "zendesk/tickets/1/audits.json": DiagnosticExport.audits(ticket: 1, conversation: "c1"),
                "zendesk/tickets/2/audits.json": DiagnosticExport.audits(ticket: 2, conversation: "c2"),
                "sunshine/conversations/c1/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.text("m1", author: user, at: "2026-05-01T09:05:00.000Z")
                ]),
                "sunshine/conversations/c2/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.text("m2", author: user, at: "2026-04-01T09:05:00.000Z")
                ]),
            ])
    }

    // MARK: §5 rule 6: no message mark on a ticket without the mark

    @Test func anOverCapTicketMarksNoMessage() throws {
        let view = try Fixtures.view(
            Self.channelExport("native_messaging"), settings: Settings(activeTicketCap: 1, messagingMode: .multi))
        let over = try #require(view.ticket("2"))
        #expect(over.mark?.reason == .overCap)
        #expect(over.messages.map(\.decision) == [.init(checkMark: false, rule: .overCap)])
        let within = try #require(view.ticket("1"))
        #expect(within.messages.map(\.decision) == [.init(checkMark: true, rule: .authenticationTimeUnknown)])
    }

    @Test(arguments: [
        (TicketMarkReason.overCap, MessageMarkRule.overCap), (.emailChannel, .emailChannel),
        (.notMessaging, .notMessaging),
    ])
    func aWithheldTicketTurnsEveryEndUserDecisionIntoItsReason(reason: TicketMarkReason, rule: MessageMarkRule) {
        let marked = MessageCheckMark.Decision(checkMark: true, rule: .webhook)
        #expect(MessageCheckMark.withheld(marked, role: .endUser, by: reason) == .init(checkMark: false, rule: rule))
        let agent = MessageCheckMark.Decision(checkMark: false, rule: .notEndUser)
        #expect(MessageCheckMark.withheld(agent, role: .agent, by: reason) == agent)
    }

    @Test(arguments: [TicketMarkReason.withinCap, .noCap, .inactive])
    func aTicketThatMayCarryTheMarkKeepsItsMessageDecisions(reason: TicketMarkReason) {
        let marked = MessageCheckMark.Decision(checkMark: true, rule: .authenticationTime)
        #expect(MessageCheckMark.withheld(marked, role: .endUser, by: reason) == marked)
    }

    @Test func aTicketWhoseRequesterIsNotAuthenticatedMarksNoMessage() {
        let marked = MessageCheckMark.Decision(checkMark: true, rule: .webhook)
        #expect(
            MessageCheckMark.withheld(marked, role: .endUser, by: .notAuthenticated)
                == .init(checkMark: false, rule: .requesterNotAuthenticated))
        // A message its own rule left unmarked keeps the rule that says why.
        let unmarked = MessageCheckMark.Decision(checkMark: false, rule: .notAuthenticated)
        #expect(MessageCheckMark.withheld(unmarked, role: .endUser, by: .notAuthenticated) == unmarked)
    }

    @Test func anAuthenticatedAuthorOnAnotherRequestersTicketShowsNoMark() throws {
        // Tessa (authenticated) writes on ticket 1, whose requester Sam is not authenticated, and on ticket 2,
        // whose requester the export lacks; on her own ticket 3 her message is marked.
        var export = Self.files(
            tickets: [
                DiagnosticExport.ticket(1, requester: 20), DiagnosticExport.ticket(2, requester: 99),
                DiagnosticExport.ticket(3, requester: 10),
            ],
            extra: Dictionary(
                uniqueKeysWithValues: [1, 2, 3].flatMap { ticket in
                    [
                        (
                            "zendesk/tickets/\(ticket)/audits.json",
                            DiagnosticExport.audits(ticket: ticket, conversation: "c\(ticket)")
                        ),
                        (
                            "sunshine/conversations/c\(ticket)/messages.json",
                            DiagnosticExport.messages([
                                DiagnosticExport.text("m\(ticket)", author: Self.user, at: "2026-05-01T09:05:00.000Z")
                            ])
                        ),
                    ]
                }))
        export["zendesk/users.json"] = DiagnosticExport.supportUsers([
            #"{"id": 10, "name": "Tessa Morgan", "external_id": "nw-10010"}"#, #"{"id": 20, "name": "Sam Lee"}"#,
        ])
        let view = try Fixtures.view(export)
        let withheld = MessageCheckMark.Decision(checkMark: false, rule: .requesterNotAuthenticated)
        #expect(view.ticket("1")?.mark?.reason == .notAuthenticated && view.ticket("2")?.mark == nil)
        #expect(view.ticket("1")?.messages.map(\.decision) == [withheld])
        #expect(view.ticket("2")?.messages.map(\.decision) == [withheld])
        #expect(
            view.ticket("3")?.messages.map(\.decision) == [.init(checkMark: true, rule: .authenticationTimeUnknown)])
    }

    // MARK: §6 rule 1: activity is public messages only

    @Test(arguments: [false, true])
    func anInternalNoteNewerThanPublicActivityDoesNotChangeTheRank(notePublic: Bool) throws {
        func log(_ events: [String]) -> String { #"{"events": [\#(events.joined(separator: ", "))]}"# }
        func event(_ id: String, type: String, at time: String, isPublic: Bool = true) -> String {
            let author =
                type == "user"
                ? #"{"type": "user", "zen:sunco:user_id": "\#(Self.user)", "zen:support:user_id": 10}"#
                : #"{"type": "agent", "zen:support:user_id": 7}"#
            return
                #"{"id": "\#(id)", "type": "Messaging::ConversationMessage", "author": \#(author), "content": {"type": "text", "text": "x"}, "created_at": "\#(time)", "received_at": "\#(time)", "metadata": {"public": \#(isPublic)}}"#
        }
        let view = try Fixtures.view(
            Self.files(
                tickets: [
                    DiagnosticExport.ticket(1, requester: 10, created: "2026-05-01T08:00:00Z"),
                    DiagnosticExport.ticket(2, requester: 10, created: "2026-05-01T08:00:00Z"),
                ],
                extra: [
                    "zendesk/tickets/1/conversation_log.json": log([
                        event("a", type: "user", at: "2026-05-01T10:00:00Z")
                    ]),
                    "zendesk/tickets/2/conversation_log.json": log([
                        event("b", type: "user", at: "2026-05-01T09:00:00Z"),
                        event("note", type: "agent", at: "2026-05-01T11:00:00Z", isPublic: notePublic),
                    ]),
                ]), settings: Settings(activeTicketCap: 1, messagingMode: .multi))
        // A private note is no activity involving the end user: ticket 1's public message is the latest.
        // The same note made public is an agent's reply, and moves ticket 2 ahead.
        #expect(view.ticket("1")?.mark?.rank == (notePublic ? 2 : 1))
        #expect(view.ticket("2")?.mark?.rank == (notePublic ? 1 : 2))
    }

    // MARK: the cap itself, without an export

    @Test func withoutTheCapEveryActiveTicketIsRankedAndMarked() {
        let candidates = (1...3).map {
            ActiveTicketCap.Candidate(
                id: String($0), status: "open", lastActivity: Timestamp(millisecondsSinceEpoch: Int64($0)),
                lastChange: nil)
        }
        let marks = ActiveTicketCap.marks(for: candidates, userIsAuthenticated: true, cap: 1, capApplies: false)
        #expect(marks.map(\.reason) == [.noCap, .noCap, .noCap])
        #expect(marks.map(\.rank) == [3, 2, 1])
        #expect(marks.allSatisfy { $0.checkMark })
    }
}
