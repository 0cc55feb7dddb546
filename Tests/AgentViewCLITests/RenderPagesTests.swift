import AgentViewCLI
import Foundation
import Testing

/// `agentview render` writes the pages, renders a one-user report with `--user`, shows times in
/// `--time-zone`, and renders with an edited copy of the templates given by `--templates`.
@Suite struct RenderPagesTests {
    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A temporary folder holding a one-user export in `in/`, removed by the caller.
    private func exportFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agentview-pages-\(UUID().uuidString)")
        try write(
            #"{"users": [{"id": 1, "name": "Ann Lee", "email": "ann@example.com", "external_id": "a-1"}]}"#,
            to: root.appendingPathComponent("in/users.json"))
        try write(
            #"{"user": {"id": "aaaaaaaaaaaaaaaaaaaaaaaa", "externalId": "A-1", "authenticated": true}}"#,
            to: root.appendingPathComponent("in/sunshine/u.json"))
        try write(
            #"{"tickets": [{"id": 7, "subject": "Hello", "status": "open", "requester_id": 1, "created_at": "2026-01-15T12:00:00Z", "via": {"channel": "native_messaging"}}]}"#,
            to: root.appendingPathComponent("in/tickets.json"))
        return root
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func run(_ arguments: [String]) -> (status: Int32, errors: String) {
        var errors = ""
        let status = CLI.run(arguments: arguments, output: { _ in }, errors: { errors += $0 })
        return (status, errors)
    }

    private func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func renderWritesEveryPageBesideTheSnapshot() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let result = run(["render", root.appendingPathComponent("in").path, "--out", out.path])
        #expect(result.status == 0, "\(result.errors)")
        for page in ["index.html", "diagnostics.html", "users/support-1.html", "tickets/7.html", "snapshot.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "\(page)")
        }
        #expect(try read(out.appendingPathComponent("users/support-1.html")).contains(#"class="auth-check""#))
    }

    /// `main` passes an `UntilExit`, so the view of a large export (and a merge's shard files) is left for the
    /// process's end to free; the pages are written all the same, and a run without one (every test) frees it.
    @Test func aRunThatEndsTheProcessKeepsTheViewUntilExit() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let untilExit = UntilExit()
        let out = root.appendingPathComponent("out")
        let status = CLI.run(
            arguments: ["render", root.appendingPathComponent("in").path, "--out", out.path, "--quiet"],
            output: { _ in }, errors: { _ in }, untilExit: untilExit)
        #expect(status == 0)
        #expect(untilExit.count == 1)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("tickets/7.html").path))
        let report = root.appendingPathComponent("report.html")
        let reportStatus = CLI.run(
            arguments: ["render", root.appendingPathComponent("in").path, "--user", "support:1", "--out", report.path],
            output: { _ in }, errors: { _ in }, untilExit: untilExit)
        #expect(reportStatus == 0)
        #expect(untilExit.count == 2)
        let shard = root.appendingPathComponent("shard")
        let merged = root.appendingPathComponent("merged")
        for arguments in [
            ["render", root.appendingPathComponent("in").path, "--shard", "1/1", "--out", shard.path, "--quiet"],
            ["merge", shard.path, "--out", merged.path, "--quiet"],
        ] {
            #expect(CLI.run(arguments: arguments, output: { _ in }, errors: { _ in }, untilExit: untilExit) == 0)
        }
        #expect(untilExit.count == 4)
        #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("tickets/7.html").path))
    }

    @Test func timesShowInTheChosenZoneAndAnUnknownZoneIsMisuse() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let out = root.appendingPathComponent("out")
        #expect(run(["render", input, "--out", out.path, "--time-zone", "Asia/Tokyo"]).status == 0)
        #expect(try read(out.appendingPathComponent("tickets/7.html")).contains("2026-01-15 21:00:00+09:00"))
        #expect(try read(out.appendingPathComponent("snapshot.json")).contains(#""timeZone": "Asia/Tokyo""#))
        let misuse = run([
            "render", input, "--out", root.appendingPathComponent("other").path, "--time-zone", "Mars/Olympus",
        ])
        #expect(misuse.status == 64)
        #expect(misuse.errors.hasPrefix("Error: The value 'Mars/Olympus' is invalid for '--time-zone <zone>'"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("other").path))
    }

    @Test func userWritesOneSelfContainedFileAndNothingElse() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = root.appendingPathComponent("report.html")
        // An earlier report, which is replaced (a file AgentView did not write is refused: OutputOwnershipTests).
        try write(#"<!DOCTYPE html><meta name="generator" content="AgentView"><p>previous</p>"#, to: report)
        let result = run([
            "render", root.appendingPathComponent("in").path, "--user", "support:1", "--out", report.path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors == "wrote the report of 'support:1' (1 ticket) to '\(report.path)'\n")
        let html = try read(report)
        #expect(html.contains("Ann Lee") && html.contains(#"id="conversation-7""#) && !html.contains("<script"))
        #expect(html.components(separatedBy: #"href=""#).dropFirst().allSatisfy { $0.hasPrefix("#") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "report.html"])
    }

    @Test func anUnknownUserFailsSayingHowKeysLook() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let report = root.appendingPathComponent("report.html").path
        let unknown = run(["render", input, "--user", "support:2", "--out", report])
        #expect(unknown.status == 1)
        #expect(
            unknown.errors == """
                error: no user 'support:2' in the export; keys look like 'support:<Support user id>' for end users agents see, \
                or 'messaging:<messaging user id>' for messaging users with no Support user, such as 'support:1'

                """)
        let linked = run(["render", input, "--user", "messaging:aaaaaaaaaaaaaaaaaaaaaaaa", "--out", report])
        #expect(linked.status == 1)
        #expect(
            linked.errors == """
                error: 'messaging:aaaaaaaaaaaaaaaaaaaaaaaa' has no page of its own: the Support user it links to, \
                'support:1', shows it; use that key

                """)
        #expect(!FileManager.default.fileExists(atPath: report))
        // An agent is in the export, but no end user: saying "no user" would send the reader looking for a typo.
        let agent = run(["render", sampleExport.path, "--user", "support:1840000000011", "--out", report])
        #expect(agent.status == 1)
        #expect(
            agent.errors.hasPrefix("error: 'support:1840000000011' is an agent, not an end user"), "\(agent.errors)")
        #expect(!FileManager.default.fileExists(atPath: report))
    }

    @Test func aKeyWithoutItsKindIsAnsweredWithTheKeyItNames() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let report = root.appendingPathComponent("report.html").path
        for given in ["1", "support-1.html", "users/support-1.html"] {
            let result = run(["render", input, "--user", given, "--out", report])
            // No key at all is misuse; a well-formed key the export lacks (above) is a failure.
            #expect(result.status == 64)
            #expect(
                result.errors.hasPrefix(
                    "Error: '\(given)' is not a user key, which names its kind: did you mean 'support:1'?\nUsage: agentview render"
                ), "\(result.errors)")
        }
        // A messaging page's name is not turned into a Support key.
        let other = run(["render", input, "--user", "messaging-1.html", "--out", report])
        #expect(other.status == 64)
        #expect(other.errors.hasPrefix("Error: 'messaging-1.html' is not a user key: keys look like"))
        #expect(!FileManager.default.fileExists(atPath: report))
    }

    @Test func theExampleKeyIsAnEndUsersNotAStaffMembers() {
        // The sample's first key, support:1840000000013, is an agent linked as an end user.
        let result = run([
            "render", sampleExport.path, "--user", "nope", "--out",
            FileManager.default.temporaryDirectory.appendingPathComponent("never-written.html").path,
        ])
        #expect(result.status == 64)
        #expect(result.errors.contains("such as 'support:1840000000101'\nUsage: agentview render"))
    }

    @Test func templatesRendersWithAnEditedCopyAndReportsItsMistakes() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let copy = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Templates"), to: copy)
        let index = copy.appendingPathComponent("index.mustache")
        let source = try read(index)
        try write(source.replacingOccurrences(of: "What agents see: users", with: "Our reviewed users"), to: index)
        let out = root.appendingPathComponent("out")
        let input = root.appendingPathComponent("in").path
        #expect(run(["render", input, "--out", out.path, "--templates", copy.path]).status == 0)
        #expect(try read(out.appendingPathComponent("index.html")).contains("<h1>Our reviewed users</h1>"))

        try write(source.replacingOccurrences(of: "<dd>{{count}}</dd>", with: "<dd>{{cuont}}</dd>"), to: index)
        let broken = run(["render", input, "--out", out.path, "--templates", copy.path])
        let lines = source.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("<dd>{{count}}</dd>") })
        let column = try #require(lines[line].range(of: "{{count}}")).lowerBound.utf16Offset(in: lines[line]) + 1
        #expect(broken.status == 1)
        #expect(
            broken.errors.hasPrefix("\(copy.path)/index.mustache:\(line + 1):\(column): error: unknown name 'cuont'\n"))
        #expect(
            try read(out.appendingPathComponent("index.html")).contains("<h1>Our reviewed users</h1>"),
            "the previous output stays")
    }

    /// A path that is no templates folder is said in one line naming the option and the path as given.
    @Test func templatesThatAreNoFolderAreNamedAsGiven() throws {
        let root = try exportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let file = root.appendingPathComponent("in/users.json").path
        for (given, said) in [
            ("no-such-templates", "--templates 'no-such-templates': no such folder"),
            (file, "--templates '\(file)' is a file, not a folder"),
            (empty.path, "--templates '\(empty.path)' holds no style.css"),
        ] {
            for command in [["render", input], ["merge", root.appendingPathComponent("shard").path]] {
                let out = root.appendingPathComponent("out").path
                let result = run(command + ["--templates", given, "--out", out])
                #expect(result.status == 1)
                #expect(result.errors.hasPrefix("agentview: \(said)"), "\(result.errors)")
                #expect(!FileManager.default.fileExists(atPath: out))
            }
        }
    }

    @Test func helpListsThePageOptions() {
        var output = ""
        #expect(CLI.run(arguments: ["render", "--help"], output: { output += $0 }, errors: { _ in }) == 0)
        for option in ["--time-zone <zone>", "--templates <dir>", "--user <key>", "(default: UTC)"] {
            #expect(output.contains(option), "\(option)")
        }
    }
}
