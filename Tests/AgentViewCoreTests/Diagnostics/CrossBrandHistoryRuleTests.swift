import AgentViewCore
import Testing

/// docs/rules.md §8: conversation history is account-wide, so tickets in several brands are worth a note.
@Suite struct CrossBrandHistoryRuleTests {
    private func diagnostics(brands: [Int], sourceLocation: SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
        let tickets = brands.enumerated().map { index, brand in
            DiagnosticExport.ticket(5025 + index, requester: 126, channel: "email", brand: brand)
        }
        return try DiagnosticExport.diagnostics(
            "cross-brand-history",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([#"{"id": 126, "name": "Kenji Watanabe"}"#]),
                "zendesk/tickets.json": DiagnosticExport.tickets(tickets),
            ], sourceLocation: sourceLocation)
    }

    @Test func ticketsInTwoBrandsFire() throws {
        let found = try diagnostics(brands: [360000000001, 360000000002, 360000000001])
        #expect(found.map(\.severity) == [.note])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:126 | tickets in 2 brands: '360000000001' (5025 and 5027) and '360000000002' (5026)"
            ])
    }

    @Test func oneBrandStaysSilent() throws {
        #expect(try diagnostics(brands: [360000000002, 360000000002]).isEmpty)
    }
}
