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

    /// Sofia and Ethan: the older ticket is closed; Noah: two conversations.
    @Test func aClosedTicketOrAnotherConversationStaysSilent() throws {
        #expect(try diagnostics(first: "closed", second: "pending").isEmpty)
        #expect(try diagnostics(first: "open", second: "open", secondConversation: "c-other").isEmpty)
    }
}
