import AgentViewCore
import Testing

/// docs/rules.md §7: a new message joins the one non-closed ticket of its conversation and user; two is a conflict.
@Suite struct ThreadingConflictRuleTests {
    private func diagnostics(
        first: String, second: String, secondConversation: String = "c-v",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        try DiagnosticExport.diagnostics(
            "threading-conflict",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([#"{"id": 124, "name": "Victor Almeida"}"#]),
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(5021, status: first, requester: 124, created: "2026-07-20T15:00:01Z"),
                    DiagnosticExport.ticket(5022, status: second, requester: 124, created: "2026-07-22T09:30:01Z"),
                ]),
                "zendesk/tickets/5021/audits.json": DiagnosticExport.audits(ticket: 5021, conversation: "c-v"),
                "zendesk/tickets/5022/audits.json": DiagnosticExport.audits(
                    ticket: 5022, conversation: secondConversation),
            ], sourceLocation: sourceLocation)
    }

    @Test func twoUnclosedTicketsOfOneConversationFireOnTheNewer() throws {
        let found = try diagnostics(first: "pending", second: "open")
        #expect(found.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(found) == [
                "ticket:5022 | tickets 5021 (pending) and 5022 (open) share conversation 'c-v' of requester support:124 'Victor Almeida', and neither is closed"
            ])
    }

    /// A solved ticket is not closed: a new message reopens it instead of starting another ticket.
    @Test func aSolvedTicketStillCounts() throws {
        #expect(try diagnostics(first: "solved", second: "new").map(\.subject.description) == ["ticket:5022"])
    }

    /// Conversation logs and no audits: each ticket's conversation is the one of the messages its log references.
    private func logDiagnostics(
        secondConversation: String = "c-v", secondAudit: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        let user = "6a5e37f04e6f727468000021"
        var files = [
            "zendesk/users.json": DiagnosticExport.supportUsers([#"{"id": 124, "name": "Victor Almeida"}"#]),
            "zendesk/tickets.json": DiagnosticExport.tickets([
                DiagnosticExport.ticket(5021, status: "pending", requester: 124, created: "2026-07-20T15:00:01Z"),
                DiagnosticExport.ticket(5022, status: "open", requester: 124, created: "2026-07-22T09:30:01Z"),
            ]),
            "zendesk/tickets/5021/conversation_log.json": DiagnosticExport.conversationLog(messages: [
                (id: "m1", author: user, at: "2026-07-20T15:00:00.250Z")
            ]),
            "zendesk/tickets/5022/conversation_log.json": DiagnosticExport.conversationLog(messages: [
                (id: "m2", author: user, at: "2026-07-22T09:30:00.321Z")
            ]),
        ]
        let first = DiagnosticExport.text("m1", author: user, at: "2026-07-20T15:00:00.250Z")
        let second = DiagnosticExport.text("m2", author: user, at: "2026-07-22T09:30:00.321Z")
        if secondConversation == "c-v" {
            files["sunshine/conversations/c-v/messages.json"] = DiagnosticExport.messages([first, second])
        } else {
            files["sunshine/conversations/c-v/messages.json"] = DiagnosticExport.messages([first])
            files["sunshine/conversations/\(secondConversation)/messages.json"] = DiagnosticExport.messages([second])
        }
        if let secondAudit {
            files["zendesk/tickets/5022/audits.json"] = DiagnosticExport.audits(ticket: 5022, conversation: secondAudit)
        }
        return try DiagnosticExport.diagnostics("threading-conflict", in: files, sourceLocation: sourceLocation)
    }

    @Test func conversationLogsWithoutAuditsThreadTicketsToo() throws {
        #expect(
            DiagnosticExport.summaries(try logDiagnostics()) == [
                "ticket:5022 | tickets 5021 (pending) and 5022 (open) share conversation 'c-v' of requester support:124 'Victor Almeida', and neither is closed"
            ])
    }

    /// Logs that reference messages of two conversations put the tickets on two conversations; an audit's
    /// `ChatStartedEvent` wins over the log, so one naming another conversation parts them too.
    @Test func logsOfTwoConversationsOrAnAuditNamingAnotherStaySilent() throws {
        #expect(try logDiagnostics(secondConversation: "c-other").isEmpty)
        #expect(try logDiagnostics(secondAudit: "c-other").isEmpty)
        #expect(try logDiagnostics(secondAudit: "c-v").map(\.subject.description) == ["ticket:5022"])
    }

    /// Without the messages, the log's end-user author names the conversation when the export lists exactly one
    /// for that user; with two, nothing says which one.
    @Test(arguments: [(["c-v"], true), (["c-v", "c-other"], false)])
    func withoutMessagesTheAuthorsOnlyConversationTiesTheTickets(conversations: [String], fires: Bool) throws {
        let user = "6a5e37f04e6f727468000021"
        let found = try DiagnosticExport.diagnostics(
            "threading-conflict",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([#"{"id": 124, "name": "Victor Almeida"}"#]),
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(5021, status: "pending", requester: 124, created: "2026-07-20T15:00:01Z"),
                    DiagnosticExport.ticket(5022, status: "open", requester: 124, created: "2026-07-22T09:30:01Z"),
                ]),
                "zendesk/tickets/5021/conversation_log.json": DiagnosticExport.conversationLog(messages: [
                    (id: "m1", author: user, at: "2026-07-20T15:00:00.250Z")
                ]),
                "zendesk/tickets/5022/conversation_log.json": DiagnosticExport.conversationLog(messages: [
                    (id: "m2", author: user, at: "2026-07-22T09:30:00.321Z")
                ]),
                "sunshine/users/\(user)/conversations.json": DiagnosticExport.conversations(conversations),
            ])
        #expect(found.map(\.subject.description) == (fires ? ["ticket:5022"] : []))
    }

    /// A log whose messages the export lacks says nothing about the conversation: no link, no conflict.
    @Test func aLogReferencingNoExportedMessageLinksNothing() throws {
        let user = "6a5e37f04e6f727468000021"
        let log = DiagnosticExport.conversationLog(messages: [
            (id: "gone", author: user, at: "2026-07-20T15:00:00.250Z")
        ])
        let export = try Fixtures.load([
            "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(5021, requester: 124)]),
            "zendesk/tickets/5021/conversation_log.json": log,
        ])
        #expect(export.ticketConversations.isEmpty)
    }

    /// Sofia and Ethan: the older ticket is closed; Noah: two conversations.
    @Test func aClosedTicketOrAnotherConversationStaysSilent() throws {
        #expect(try diagnostics(first: "closed", second: "pending").isEmpty)
        #expect(try diagnostics(first: "open", second: "open", secondConversation: "c-other").isEmpty)
    }
}
