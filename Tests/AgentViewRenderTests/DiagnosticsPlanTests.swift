import AgentViewCore
import Testing

@testable import AgentViewRender

/// The diagnostics pages list each code's diagnostics by their advice in first-seen order, so that each
/// advice is written once above the diagnostics that share it.
@Suite struct DiagnosticsPlanTests {
    private func lists(_ diagnostics: [(code: String, advice: String)]) -> SiteLists {
        let rows = diagnostics.enumerated().map { index, item in
            DiagnosticRow(
                diagnostic: Diagnostic(
                    code: item.code, severity: .warning, subject: .ticket("\(index)"), message: "m\(index)",
                    advice: item.advice),
                label: "Ticket #\(index)", target: nil)
        }
        return SiteLists(
            users: [], orphanTickets: [], diagnostics: rows,
            summary: .init(counts: ViewCounts(), messagingMode: "", capApplies: false, cap: 100, redactionNotice: nil))
    }

    @Test("Diagnostics sharing advice sit together, advice in the order first seen, codes apart")
    func groupsAdviceInFirstSeenOrder() {
        let plan = DiagnosticsPlan(
            lists: lists([
                ("b-code", "X"), ("a-code", "Q"), ("b-code", "Y"), ("b-code", "X"), ("b-code", "Z"),
                ("a-code", "Q"), ("b-code", "Y"),
            ]),
            rowsPerPage: 500)
        #expect(plan.order == [1, 5, 0, 3, 2, 6, 4])
        #expect(plan.groups.map(\.code) == ["a-code", "b-code"])
        #expect(plan.groups.map(\.count) == [2, 5])
    }

    @Test("Every diagnostic with its own advice keeps its place: 20,000 of one code")
    func keepsDistinctAdviceInOrder() {
        let count = 20_000
        let plan = DiagnosticsPlan(
            lists: lists((0..<count).map { ("dangling-reference", "conversation c\(count - $0) is missing") }),
            rowsPerPage: 500)
        #expect(plan.order == Array(0..<count))
        #expect(plan.groups.count == 1)
    }
}
