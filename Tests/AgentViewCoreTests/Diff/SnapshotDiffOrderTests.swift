import AgentViewCore
import Testing

/// Changes sort the same way whatever order the snapshots list things in, and a status change says so.
@Suite struct SnapshotDiffOrderTests {
    @Test func subjectsSortByKindOfKeyThenByIDAsNumbers() throws {
        let old = try SnapshotText.read(SnapshotText.document())
        let new = try SnapshotText.read(
            SnapshotText.document(
                users: [
                    SnapshotText.user("messaging:ab"), SnapshotText.user("support:10"), SnapshotText.user("support:9"),
                ],
                diagnostics: [
                    SnapshotText.diagnostic("b-code", subject: "ticket:10"),
                    SnapshotText.diagnostic("b-code", subject: "ticket:9"),
                    SnapshotText.diagnostic("a-code", subject: "support:2"),
                    SnapshotText.diagnostic("a-code", subject: "messaging:ab"),
                ]))
        let diff = SnapshotDiff(old: old, new: new)
        #expect(
            diff.changes.filter { $0.kind == .userAdded }.map(\.subject) == ["support:9", "support:10", "messaging:ab"])
        #expect(
            diff.changes.filter { $0.kind == .diagnosticAdded }.map(\.subject) == [
                "support:2", "messaging:ab", "ticket:9", "ticket:10",
            ])
        #expect(SnapshotDiff(old: old, new: new) == diff)
    }

    @Test func aTicketThatTurnedInactiveNamesTheStatus() throws {
        func document(status: String, reason: String, checkMark: Bool) throws -> SnapshotDocument {
            let mark =
                #"{"id": "5", "status": "\#(status)", "active": \#(status == "open"), "checkMark": \#(checkMark), "rank": \#(status == "open" ? "1" : "null"), "reason": "\#(reason)"}"#
            let ticket = SnapshotText.ticket("5", checkMark: checkMark).replacingOccurrences(
                of: #""status": "open""#, with: #""status": "\#(status)""#)
            return try SnapshotText.read(
                SnapshotText.document(
                    users: [SnapshotText.user("support:1", fields: #", "tickets": [\#(mark)]"#)], tickets: [ticket]))
        }
        let diff = SnapshotDiff(
            old: try document(status: "open", reason: "within-cap", checkMark: true),
            new: try document(status: "solved", reason: "inactive", checkMark: false))
        #expect(
            diff.changes.map(\.description) == [
                "ticket 5 of 'Ann Lee' (support:1) lost the mark: 'Ann Lee' ✓ → 'Ann Lee'; status open → solved (within-cap → inactive, rank 1 → none)"
            ])
    }

    @Test func aMessageRuleChangeWithoutAMarkChangeIsCounted() throws {
        func document(rule: String) throws -> SnapshotDocument {
            let message = #"{"id": "m1", "author": "support:1", "checkMark": true, "rule": "\#(rule)"}"#
            return try SnapshotText.read(SnapshotText.document(tickets: [SnapshotText.ticket("5", messages: message)]))
        }
        let diff = SnapshotDiff(old: try document(rule: "auth-time-unknown"), new: try document(rule: "auth-time"))
        #expect(diff.isEmpty && diff.quietMessageChanges == 1)
    }
}
