import AgentViewCore
import Testing

@testable import AgentViewRender

/// The k-way merge behind `agentview merge` (docs/rules.md §11 rule 10): lists each in view order come out
/// in view order, and elements that tie keep their own list's order, as one sorted render has them.
@Suite struct ShardMergeOrderTests {
    @Test func mergesSortedListsIntoOneSortedList() {
        let merged = ShardMerge.merge([[1, 4, 9], [], [2, 3, 10], [5]], by: <)
        #expect(merged == [1, 2, 3, 4, 5, 9, 10])
        #expect(ShardMerge.merge([[Int]](), by: <).isEmpty)
    }

    @Test func tiesKeepTheirListsOrder() {
        // Pairs compared by their first element only: the second says where each came from.
        let merged = ShardMerge.merge([[(1, "a1"), (1, "a2"), (3, "a3")], [(2, "b1"), (3, "b2")]]) { $0.0 < $1.0 }
        #expect(merged.map(\.1) == ["a1", "a2", "b1", "a3", "b2"])
    }

    /// Diagnostics sort by code, subject and message; two that tie there (same subject) come from one shard.
    @Test func diagnosticsComeOutInViewOrder() {
        func diagnostic(_ code: String, _ key: String, _ message: String) -> Diagnostic {
            Diagnostic(
                code: code, severity: .warning, subject: .user(UserKey(key)!), message: message, advice: "advice")
        }
        let all = [
            diagnostic("duplicate-email", "support:1", "m"), diagnostic("duplicate-email", "support:2", "m"),
            diagnostic("lookalike-name", "support:1", "a"), diagnostic("lookalike-name", "support:1", "b"),
            diagnostic("shared-device", "messaging:x", "m"),
        ].sorted()
        let first = all.filter { $0.subject.description == "support:1" }
        let second = all.filter { $0.subject.description != "support:1" }
        #expect(ShardMerge.merge([second, first], by: <) == all)
    }
}
