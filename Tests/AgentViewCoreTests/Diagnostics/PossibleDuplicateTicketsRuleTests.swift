import AgentViewCore
import Testing

/// docs/rules.md §7: in multi-conversation messaging a login merge can leave one issue in two active tickets.
@Suite struct PossibleDuplicateTicketsRuleTests {
    static let known = "6a3656ea4e6f727468000014"
    static let anonymous = "6a47d0c84e6f727468000015"

    /// Noah: a ticket on his own conversation and one on the anonymous session that logged in (no `mergedConversations`).
    static func files(ownTicketStatus: String = "pending") -> [String: String] {
        [
            "zendesk/users.json": DiagnosticExport.supportUsers([
                #"{"id": 108, "name": "Noah Bennett", "external_id": "nw-10008"}"#
            ]),
            "zendesk/tickets.json": DiagnosticExport.tickets([
                DiagnosticExport.ticket(5010, status: ownTicketStatus, requester: 108, created: "2026-07-01T13:00:05Z"),
                DiagnosticExport.ticket(5011, status: "open", requester: 108, created: "2026-07-03T15:10:01Z"),
            ]),
            "zendesk/tickets/5010/audits.json": DiagnosticExport.audits(ticket: 5010, conversation: "c-own"),
            "zendesk/tickets/5011/audits.json": DiagnosticExport.audits(ticket: 5011, conversation: "c-anon"),
            "sunshine/users/\(known).json": DiagnosticExport.messagingUser(
                #"{"id": "\#(known)", "externalId": "nw-10008", "authenticated": true}"#),
            "sunshine/users/\(known)/conversations.json": DiagnosticExport.conversations(["c-own", "c-anon"]),
            "sunshine/conversations/c-own/messages.json": DiagnosticExport.messages([
                DiagnosticExport.text("m1", author: known, at: "2026-07-01T13:00:04.421Z")
            ]),
            "sunshine/conversations/c-anon/messages.json": DiagnosticExport.messages([
                DiagnosticExport.text("m2", author: anonymous, at: "2026-07-03T15:10:00.377Z"),
                DiagnosticExport.text("m3", author: known, at: "2026-07-03T15:20:09.664Z"),
            ]),
            "sunshine/webhooks/merge.json": DiagnosticExport.loginMerge(
                surviving: known, discarded: anonymous, at: "2026-07-03T15:20:00.000Z"),
        ]
    }

    @Test func activeTicketsOnBothSidesFireInMultiConversationMode() throws {
        let found = try DiagnosticExport.diagnostics(
            "possible-duplicate-tickets", in: Self.files(), settings: Settings(messagingMode: .multi))
        #expect(found.map(\.severity) == [.note])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:108 | the login merge of anonymous messaging user '6a47d0c84e6f727468000015' at 2026-07-03T15:20:00.000Z left active ticket 5011 (open, conversation 'c-anon') from before login beside active ticket 5010 (pending, conversation 'c-own')"
            ])
    }

    /// Conversation logs and no audits: each ticket is tied to the conversation of the messages its log references.
    @Test func conversationLogsWithoutAuditsFindBothSides() throws {
        var files = Self.files()
        files["zendesk/tickets/5010/audits.json"] = nil
        files["zendesk/tickets/5011/audits.json"] = nil
        files["zendesk/tickets/5010/conversation_log.json"] = DiagnosticExport.conversationLog(messages: [
            (id: "m1", author: Self.known, at: "2026-07-01T13:00:04.421Z")
        ])
        files["zendesk/tickets/5011/conversation_log.json"] = DiagnosticExport.conversationLog(messages: [
            (id: "m2", author: Self.anonymous, at: "2026-07-03T15:10:00.377Z"),
            (id: "m3", author: Self.known, at: "2026-07-03T15:20:09.664Z"),
        ])
        let export = try Fixtures.load(files)
        #expect(
            export.ticketConversations.map { "\($0.ticketID) \($0.conversationID) \($0.source)" } == [
                "5010 c-own conversationLog", "5011 c-anon conversationLog",
            ])
        let found = try DiagnosticExport.diagnostics(
            "possible-duplicate-tickets", in: files, settings: Settings(messagingMode: .multi))
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:108 | the login merge of anonymous messaging user '6a47d0c84e6f727468000015' at 2026-07-03T15:20:00.000Z left active ticket 5011 (open, conversation 'c-anon') from before login beside active ticket 5010 (pending, conversation 'c-own')"
            ])
    }

    /// Single-conversation mode joins the histories; a closed ticket on the other side is no duplicate (Sofia).
    @Test(arguments: [(Settings.MessagingMode.single, "pending"), (.multi, "closed"), (.multi, "solved")])
    func singleModeOrAnInactiveOtherSideStaysSilent(mode: Settings.MessagingMode, status: String) throws {
        let found = try DiagnosticExport.diagnostics(
            "possible-duplicate-tickets", in: Self.files(ownTicketStatus: status),
            settings: Settings(messagingMode: mode))
        #expect(found.isEmpty)
    }
}
