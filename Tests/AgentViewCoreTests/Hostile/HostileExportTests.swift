import AgentViewCore
import Foundation
import Testing

/// `Tests/Fixtures/hostile-export` read from disk: it loads, its data problems become diagnostics that
/// quote the hostile values as they are, and the snapshot keeps every value byte for byte.
@Suite("Hostile export: loading, diagnostics and snapshot")
struct HostileExportTests {
    /// The fixture's view, built once.
    static let view = Result { () throws -> AgentView in
        let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/hostile-export")
        return AgentView(export: try ExportLoader().load(directory: folder.path))
    }

    /// Rendering goes on: each problem of the fixture is one diagnostic.
    @Test func everyDataProblemIsADiagnostic() throws {
        let found = try Self.view.get().diagnostics.map { "\($0.severity) \($0.code) \($0.subject)" }
        #expect(
            found == [
                "note auth-time-unknown support:1001",
                "warning dangling-reference messaging:../../etc/passwd",
                "warning dangling-reference ticket:2003",
                "warning duplicate-record support:1004",
                "warning duplicate-record ticket:2001",
                "warning link-target-missing ticket:2004",
                "warning link-target-missing ticket:2005",
                "warning lookalike-name messaging:../../etc/passwd",
                "warning lookalike-name support:1001",
                "warning lookalike-name support:1001",
                "warning lookalike-name support:1002",
                "warning lookalike-name support:1004",
                "warning placeholder-name support:1002",
                "warning shared-device messaging:6b0000000000000000000004",
                "warning sync-drift-email support:1001",
                "warning sync-drift-name support:1001",
                "note unknown-channel ticket:2005",
            ])
    }

    @Test func staleCopiesLoseToTheLaterFileAndSaySo() throws {
        let view = try Self.view.get()
        #expect(
            view.diagnostics.filter { $0.code == "duplicate-record" }.map(\.message) == [
                "support user '1004' appears in 'zendesk/users-stale.json' and 'zendesk/users.json'; the copy in 'zendesk/users.json' is used",
                "ticket '2001' appears in 'zendesk/tickets-stale.ndjson' and 'zendesk/tickets.json'; the copy in 'zendesk/tickets.json' is used",
            ])
        #expect(view.tickets.first { $0.ticket.id == "2001" }?.ticket.subject?.contains("alert(22)") == true)
        #expect(
            view.users.first { $0.key == UserKey(.support, "1004") }?.supportUser?.name?.contains("alert(11)") == true)
    }

    /// Diagnostics quote values as they are; escaping is the pages' job, where they are shown.
    @Test func diagnosticsQuoteHostileValuesAsTheyAre() throws {
        let drift = try #require(try Self.view.get().diagnostics.first { $0.code == "sync-drift-name" })
        #expect(
            drift.message.hasPrefix(
                "Support name '<script>alert(1)</script>\"><img src=x onerror=alert(1)>'</title><!--{{mustache}}\u{202E}' differs"
            ))
    }

    /// Every id and value survives the snapshot: NUL, newline, quotes, overrides and 300-character ids.
    @Test func theSnapshotReadsBackEqual() throws {
        let view = try Self.view.get()
        let read = try SnapshotDocument(bytes: Array(Snapshot.json(of: view).utf8), path: "snapshot.json")
        #expect(read == SnapshotDocument(view: view))
        #expect(
            read.users.contains { $0.key.id == "nul\u{0}byte" } && read.users.contains { $0.key.id == "line\nbreak" })
    }

    /// No two users or tickets share a page, however their ids are spelled.
    @Test func everyPageIsDistinct() throws {
        let view = try Self.view.get()
        let pages = view.users.map(\.key.page) + view.tickets.map(\.page)
        #expect(Set(pages.map { $0.lowercased() }).count == pages.count)
        #expect(view.users.count == 22)
    }
}
