import AgentViewCLI
import AgentViewCore
import Foundation
import Testing

/// The command line: exit codes, help on stdout, errors on stderr, and output written only on success.
@Suite struct CLITests {
    private func run(_ arguments: [String]) -> CLIRun { runCLI(arguments) }

    private func temporaryFolder() throws -> URL { try makeTemporaryFolder("agentview-cli") }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func helpGoesToStdoutAndExitsZero() {
        let result = run(["render", "--help"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("OVERVIEW: Render an export into pages and snapshot.json"))
        #expect(result.output.contains("--active-ticket-cap <n>"))
        #expect(result.errors.isEmpty)
    }

    @Test func misuseExits64WithASuggestion() {
        let result = run(["--otu", "x"])
        #expect(result.status == 64)
        #expect(
            result.errors.hasPrefix("Error: Unknown option '--otu'. Did you mean '--out'?\nUsage: agentview render"))
        #expect(result.output.isEmpty)
    }

    @Test func anInvalidMessagingModeIsMisuse() {
        let result = run(["render", "x", "--messaging", "both"])
        #expect(result.status == 64)
        #expect(result.errors.contains("'both'"))
    }

    /// docs/rules.md §7 rule 3: without `--messaging` the export's app decides; given, it wins, with a note
    /// when it contradicts the app. `diff` of an export folder reads the mode the same way.
    @Test(arguments: [([String](), "multi", false), (["--messaging", "single"], "single", true)])
    func theMessagingModeComesFromTheAppUnlessGiven(options: [String], mode: String, note: Bool) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(
            #"{"app": {"id": "695789104e6f727468000001", "settings": {"multiConvoEnabled": true}}}"#,
            to: root.appendingPathComponent("in/sunshine/app.json"))
        try write(
            #"{"users": [{"id": 1, "name": "Ann", "external_id": "a-1"}]}"#,
            to: root.appendingPathComponent("in/users.json"))
        let out = root.appendingPathComponent("out")
        let result = run(["render", root.appendingPathComponent("in").path, "--out", out.path] + options)
        #expect(result.status == 0, "\(result.errors)")
        let snapshot = try String(contentsOf: out.appendingPathComponent("snapshot.json"), encoding: .utf8)
        #expect(snapshot.contains(#""messaging": "\#(mode)""#))
        #expect(snapshot.contains(#""code": "messaging-mode-override""#) == note)
        // The rendered folder and the export, diffed with the same options, agree.
        let diff = run(
            ["diff", out.path, root.appendingPathComponent("in").path, "--out", root.appendingPathComponent("d").path]
                + options)
        #expect(diff.status == 0, "\(diff.output)\(diff.errors)")
    }

    @Test func renderWritesTheSnapshot() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(
            #"{"users": [{"id": 1, "name": "Ann", "external_id": "a-1"}]}"#,
            to: root.appendingPathComponent("in/users.json"))
        try write(
            #"{"user": {"id": "aaaaaaaaaaaaaaaaaaaaaaaa", "externalId": "A-1"}}"#,
            to: root.appendingPathComponent("in/sunshine/u.json"))
        let out = root.appendingPathComponent("out")
        let result = run(["render", root.appendingPathComponent("in").path, "--out", out.path])
        #expect(result.status == 0, "\(result.errors)")
        let snapshot = try String(contentsOf: out.appendingPathComponent("snapshot.json"), encoding: .utf8)
        #expect(snapshot.contains(#""key": "support:1""#))
        #expect(snapshot.contains(#""authenticatedVia": "jwt""#))
        #expect(result.errors.hasPrefix("rendered 1 user (1 authenticated) and 0 tickets"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(leftovers == ["in", "out"])
    }

    @Test func aLoadFailureListsEveryProblemExitsOneAndWritesNothing() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("{", to: root.appendingPathComponent("in/a.json"))
        try write(#"{"tickets": [{"id": "x"}]}"#, to: root.appendingPathComponent("in/b.json"))
        let out = root.appendingPathComponent("out")
        try write("previous", to: out.appendingPathComponent("snapshot.json"))
        try write("agentview output", to: out.appendingPathComponent(".agentview-output"))
        let input = root.appendingPathComponent("in").path
        let result = run(["render", input, "--out", out.path])
        #expect(result.status == 1)
        #expect(
            result.errors == """
                \(input)/a.json:1:2: error: invalid JSON: unexpected end of input inside an object
                \(input)/b.json:1:21: error: expected an integer id at 'tickets[0].id', found a string
                agentview: 2 problems in '\(input)'; nothing was written

                """)
        #expect(try String(contentsOf: out.appendingPathComponent("snapshot.json"), encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "out"])
    }

    /// The wrong folder (a project's `package.json`) is no export with no users: the run fails, whole or sharded.
    @Test func aFolderOfUnrecognisedFilesIsNoExport() throws {
        let root = try makeTemporaryFolder("agentview-unrecognised")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(#"{"name": "site", "version": "1.0.0"}"#.utf8).write(to: input.appendingPathComponent("package.json"))
        try Data(#"{"title": "notes"}"#.utf8).write(to: input.appendingPathComponent("README.json"))
        let out = root.appendingPathComponent("out").path
        for extra in [[], ["--shard", "1/2"]] {
            let result = run(["render", input.path, "--out", out] + extra)
            #expect(result.status == 1)
            #expect(
                result.errors.hasPrefix(
                    "\(input.path): error: none of its 2 .json, .ndjson and .jsonl files is in a Zendesk or Sunshine Conversations export shape"
                ))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        // One export file beside them is enough: the others are skipped with a warning, as before.
        try Data(#"{"users": [{"id": 1, "name": "Ann"}]}"#.utf8).write(to: input.appendingPathComponent("users.json"))
        #expect(run(["render", input.path, "--out", out]).status == 0)
    }

    @Test func aMissingExportFolderIsARuntimeFailure() {
        let result = run(["render", "/nonexistent/agentview-export"])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("/nonexistent/agentview-export: error: cannot read: no such folder\n"))
    }
}

/// `--fail-on` and the diagnostics summary on stderr (docs/rules.md §9, issue 6).
@Suite struct FailOnTests {
    private func render(_ extra: [String]) throws -> (status: Int32, errors: String, wrote: Bool) {
        let root = try makeTemporaryFolder("agentview-failon")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // Two Support users share an email (duplicate-email, a warning); one unauthenticated user typed a name
        // (unverified-profile, a note).
        try Data(
            #"{"users": [{"id": 1, "name": "Ann", "email": "ann@example.com"}, {"id": 2, "name": "Ann B", "email": "ann@example.com"}]}"#
                .utf8
        )
        .write(to: input.appendingPathComponent("users.json"))
        let out = root.appendingPathComponent("out")
        let result = runCLI(["render", input.path, "--out", out.path] + extra)
        return (
            result.status, result.errors,
            FileManager.default.fileExists(atPath: out.appendingPathComponent("snapshot.json").path)
        )
    }

    @Test func theSummaryCountsEachCodeBySeverity() throws {
        let result = try render([])
        #expect(result.status == 0)
        #expect(result.errors.contains("\n1 warning: duplicate-email\n"))
    }

    @Test(arguments: [("warning", Int32(2)), ("note", 2), ("error", 0)])
    func failOnExitsTwoAfterWritingTheOutput(severity: String, status: Int32) throws {
        let result = try render(["--fail-on", severity])
        #expect(result.status == status)
        #expect(result.wrote)
        if status == 2 {
            #expect(result.errors.hasSuffix("at or above '\(severity)' (--fail-on)\n"))
        }
    }

    @Test func strictFailsOnlyOnErrors() throws {
        let warningsOnly = try render(["--strict"])
        #expect(warningsOnly.status == 0)
        #expect(warningsOnly.wrote)
    }

    @Test func strictFailsOnAnErrorAfterWritingTheOutput() throws {
        let root = try makeTemporaryFolder("agentview-strict")
        defer { try? FileManager.default.removeItem(at: root) }
        // Two Support users share an external id: duplicate-external-id, an error.
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(
            #"{"users": [{"id": 1, "name": "A", "external_id": "X-1"}, {"id": 2, "name": "B", "external_id": "x-1"}]}"#
                .utf8
        )
        .write(to: input.appendingPathComponent("users.json"))
        let out = root.appendingPathComponent("out")
        let result = runCLI(["render", input.path, "--out", out.path, "--strict"])
        #expect(result.status == 2)
        #expect(result.errors.hasSuffix("agentview: 1 diagnostic at or above 'error' (--strict)\n"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    /// A CI check that gates on one user's report: the report's user's diagnostics decide, after it is written.
    @Test func withUserTheReportsDiagnosticsDecide() throws {
        let root = try makeTemporaryFolder("agentview-strict-user")
        defer { try? FileManager.default.removeItem(at: root) }
        // Users 1 and 2 share an external id (duplicate-external-id, an error, on each); user 3 raises nothing.
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(
            #"{"users": [{"id": 1, "name": "A", "external_id": "X-1"}, {"id": 2, "name": "B", "external_id": "x-1"}, {"id": 3, "name": "C"}]}"#
                .utf8
        )
        .write(to: input.appendingPathComponent("users.json"))
        let failing = root.appendingPathComponent("a.html")
        let strict = runCLI(["render", input.path, "--user", "support:1", "--out", failing.path, "--strict", "-q"])
        #expect(strict.status == 2)
        #expect(strict.errors == "agentview: 1 diagnostic at or above 'error' (--strict)\n")
        #expect(FileManager.default.fileExists(atPath: failing.path))
        let clean = runCLI([
            "render", input.path, "--user", "support:3", "--out", root.appendingPathComponent("c.html").path,
            "--fail-on", "note",
        ])
        #expect(clean.status == 0)
    }

    /// A mistyped --main-brand is said, since it turns every ticket's brand into another one.
    @Test func aMainBrandOfNoTicketIsWarnedOf() throws {
        let warning = "agentview: warning: --main-brand names the brand of no ticket in the export"
        let sample = sampleExport.path
        let root = try makeTemporaryFolder("agentview-main-brand")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        let unknown = runCLI(["render", sample, "--out", out, "--main-brand", "999"])
        #expect(unknown.status == 0)
        #expect(unknown.errors.contains(warning))
        #expect(!runCLI(["render", sample, "--out", out, "--main-brand", "999", "-q"]).errors.contains(warning))
        #expect(!runCLI(["render", sample, "--out", out, "--main-brand", "360000000002"]).errors.contains(warning))
    }

    @Test func anUnknownEssentialsFieldIsMisuse() throws {
        let result = try render(["--essentials-fields", "phone,shoe-size"])
        #expect(result.status == 64)
        #expect(result.errors.contains("'shoe-size'"))
    }
}
