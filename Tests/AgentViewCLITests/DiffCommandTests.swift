import AgentViewCLI
import Foundation
import Testing

/// `agentview diff`: exit codes as diff(1), what it writes, links into NEW, and trouble (issue 7).
@Suite struct DiffCommandTests {
    static let samples = sampleExport.path

    private func run(_ arguments: [String]) -> CLIRun { runCLI(arguments) }

    private func temporaryFolder() throws -> URL { try makeTemporaryFolder("agentview-diff") }

    /// Renders the sample twice into `root`: `old` by default, and NEW (named `newName`) with a cap of 99, so
    /// that one ticket loses the mark.
    private func renderSides(in root: URL, newName: String = "new") -> (old: String, new: String) {
        let old = root.appendingPathComponent("old").path
        let new = root.appendingPathComponent(newName).path
        #expect(run(["render", Self.samples, "--out", old]).status == 0)
        #expect(run(["render", Self.samples, "--out", new, "--active-ticket-cap", "99"]).status == 0)
        return (old, new)
    }

    @Test func anExportAgainstItselfExitsZeroAndSaysSo() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = run(["diff", Self.samples, Self.samples, "--out", root.appendingPathComponent("d").path])
        #expect(result.status == 0)
        #expect(result.output.contains("No change in what agents see"))
        let html = try String(contentsOf: root.appendingPathComponent("d/diff.html"), encoding: .utf8)
        #expect(html.contains("No change in what agents see"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("d/diff.md").path))
        #expect(result.errors.hasPrefix("wrote diff.html and diff.md to "))
        // --quiet, as render and merge take it: the summary still on stdout, nothing on stderr.
        let quiet = run(["diff", Self.samples, Self.samples, "--out", root.appendingPathComponent("d").path, "-q"])
        #expect(quiet.status == 0)
        #expect(quiet.output == result.output)
        #expect(quiet.errors.isEmpty)
    }

    @Test func aLowerCapOnTheNewRenderIsReportedWithExitOneAndLinksIntoNewPages() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (old, new) = renderSides(in: root)
        let result = run(["diff", old, new, "--out", root.appendingPathComponent("d").path])
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "- ticket 7005 of `Tessa Morgan` (support:1840000000110) lost the mark: `Tessa Morgan` ✓ → `Tessa Morgan`; crossed the cap (within-cap → over-cap, rank 100)"
            ))
        let html = try String(contentsOf: root.appendingPathComponent("d/diff.html"), encoding: .utf8)
        #expect(html.contains(#"<a href="../new/tickets/7005.html">view the page</a>"#))
        // The requester is named as agents see them, the key beside; before → after draws the mark, then not.
        let name = #"<bdi class="name">Tessa Morgan</bdi>"#
        let mark = #"<svg class="auth-check" role="img" width="16" height="16"><title>Authenticated</title>"#
        #expect(
            html.contains(
                #"<bdi>ticket </bdi><bdi>7005</bdi><bdi> of </bdi>\#(name)<bdi> (</bdi><bdi>support:1840000000110</bdi><bdi>)</bdi><bdi> lost the mark: </bdi>\#(name) \#(mark)"#
            ))
        #expect(html.contains(#"</svg><bdi> → </bdi>\#(name)<bdi>; </bdi><bdi>crossed the cap</bdi>"#))
        // A summary of the groups comes first, each linking to its section.
        #expect(
            html.contains(
                ##"<tr><th scope="row"><a href="#diff-ticket-mark-lost">Tickets that lost the mark</a></th><td class="number">1</td></tr>"##
            ))
    }

    /// Links into NEW are made between the folders as a browser finds them: through a linked folder above
    /// `--out`, and with a folder name that would read as a fragment, a query or a scheme encoded.
    @Test func linksIntoNewHoldThroughLinkedFoldersAndOddNames() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (old, new) = renderSides(in: root, newName: "new#1?x:y")
        let elsewhere = root.appendingPathComponent("deep/er")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("short"), withDestinationURL: elsewhere)
        #expect(run(["diff", old, new, "--out", root.appendingPathComponent("short/d").path]).status == 1)
        let html = try String(contentsOf: elsewhere.appendingPathComponent("d/diff.html"), encoding: .utf8)
        // diff.html is in deep/er/d: three folders up to the root, then NEW, its name encoded.
        #expect(html.contains(#"<a href="../../../new%231%3Fx%3Ay/tickets/7005.html">view the page</a>"#))
    }

    @Test func aRequestersTicketsPastALowerCapAreOneItemLinkingEachTicket() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let old = root.appendingPathComponent("old").path
        let new = root.appendingPathComponent("new").path
        #expect(run(["render", Self.samples, "--out", old]).status == 0)
        #expect(run(["render", Self.samples, "--out", new, "--active-ticket-cap", "97"]).status == 0)
        let result = run(["diff", old, new, "--out", root.appendingPathComponent("d").path])
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "### Tickets that lost the mark (3)\n\n- 3 tickets of `Tessa Morgan` (support:1840000000110) lost the mark: `Tessa Morgan` ✓ → `Tessa Morgan`; crossed the cap (within-cap → over-cap); tickets 7005 (rank 100), 7006 (rank 99) and 7007 (rank 98)\n"
            ))
        let html = try String(contentsOf: root.appendingPathComponent("d/diff.html"), encoding: .utf8)
        // Each ticket of the item links to its own page.
        #expect(
            html.contains(
                #"<bdi>; tickets </bdi><a href="../new/tickets/7005.html"><bdi>7005</bdi><bdi> (rank 100)</bdi></a><bdi>, </bdi><a href="../new/tickets/7006.html"><bdi>7006</bdi><bdi> (rank 99)</bdi></a><bdi> and </bdi><a href="../new/tickets/7007.html"><bdi>7007</bdi><bdi> (rank 98)</bdi></a></span></li>"#
            ))
        // The summary table counts tickets, not items.
        #expect(html.contains(#"Tickets that lost the mark</a></th><td class="number">3</td>"#))
    }

    /// Every setting away from its default: diff takes render's option set, so the same options give the same snapshot.
    static let nonDefaultSettings = [
        "--active-ticket-cap", "99", "--messaging", "multi", "--time-zone", "Europe/Berlin", "--essentials-fields",
        "language,phone", "--placeholder-pattern", "Guest *", "--placeholder-pattern", "Web User *", "--main-brand",
        "360000000002",
    ]

    @Test func anExportAgainstItsRenderWithTheSameNonDefaultOptionsIsNoChange() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let rendered = root.appendingPathComponent("rendered").path
        #expect(run(["render", Self.samples, "--out", rendered, "--quiet"] + Self.nonDefaultSettings).status == 0)
        let same = run(
            ["diff", Self.samples, rendered, "--out", root.appendingPathComponent("d").path] + Self.nonDefaultSettings)
        #expect(same.status == 0, "\(same.output)")
        #expect(same.output.contains("No change in what agents see"))
        // Without the options the export side takes the defaults: every setting is a change, so the check can fail.
        let defaults = run(["diff", Self.samples, rendered, "--out", root.appendingPathComponent("e").path])
        #expect(defaults.status == 1)
        for name in [
            "activeTicketCap", "messaging", "timeZone", "essentialsFields", "placeholderNamePatterns", "mainBrandId",
        ] {
            #expect(defaults.output.contains(name), "the settings change lacks \(name)")
        }
    }

    /// The settings are checked as render checks them: misuse, exit 64, before anything is read or written.
    @Test(arguments: [
        (["--active-ticket-cap", "-1"], "'--active-ticket-cap <n>': it must not be negative"),
        (["--time-zone", "Mars/Olympus"], "'--time-zone <zone>': it must be an IANA time zone"),
        (["--essentials-fields", "phone,shoe-size"], "'--essentials-fields <list>': use phone, organization"),
        // An unset variable: it would replace the default patterns with none.
        (["--placeholder-pattern", ""], "invalid for '--placeholder-pattern <pattern>': give a name"),
    ])
    func invalidSettingsAreMisuseInBothCommands(arguments: [String], message: String) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("d").path
        for command in [["diff", Self.samples, Self.samples], ["render", Self.samples]] {
            let result = run(command + ["--out", out] + arguments)
            #expect(result.status == 64, "\(command[0])")
            #expect(result.errors.contains(message), "\(command[0]): \(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    /// Two rendered sides were made with their own settings: a cap given to diff would change nothing, and the
    /// diff would say "no change" of a cap the reviewer believes they previewed. One export side takes it.
    @Test func exportSettingsWithTwoRenderedSidesAreMisuse() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let rendered = root.appendingPathComponent("rendered").path
        #expect(run(["render", Self.samples, "--out", rendered, "--quiet"]).status == 0)
        let out = root.appendingPathComponent("d").path
        for (old, new) in [(rendered, rendered), (rendered + "/snapshot.json", rendered)] {
            let result = run(["diff", old, new, "--out", out, "--active-ticket-cap", "2"])
            #expect(result.status == 64)
            #expect(
                result.errors.hasPrefix(
                    "Error: '--active-ticket-cap' applies to an export side only, and both sides are rendered"))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        // The time zone shapes how the diff shows times, whatever the sides: still taken.
        #expect(run(["diff", rendered, rendered, "--out", out, "--time-zone", "Europe/Berlin"]).status == 0)
        #expect(run(["diff", Self.samples, rendered, "--out", out, "--active-ticket-cap", "2"]).status == 1)
    }

    /// A snapshot file given by a one-character relative name: finding its folder once trapped (NSString).
    @Test func aSnapshotFileWithAOneCharacterNameIsASide() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(
            at: sampleExport.deletingLastPathComponent().appendingPathComponent("Output/snapshot.json"),
            to: root.appendingPathComponent("s"))
        let result = try runBinary(["diff", "s", "s", "--out", "d", "-q"], in: root)
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func maxItemsCapsListsAndSaysHowManyWereLeftOut() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = run([
            "diff", Self.samples, Self.samples, "--active-ticket-cap", "90", "--out",
            root.appendingPathComponent("d").path,
        ])
        #expect(result.status == 0)
        let old = root.appendingPathComponent("old").path
        #expect(run(["render", Self.samples, "--out", old]).status == 0)
        let capped = run([
            "diff", old, Self.samples, "--active-ticket-cap", "90", "--max-items", "0", "--out",
            root.appendingPathComponent("e").path,
        ])
        #expect(capped.status == 1)
        // Tessa's ten tickets past the new cap are one item; left out, all ten are counted.
        #expect(capped.output.contains("### Tickets that lost the mark (10)\n\n- … and 10 more\n"))
        // A negative count is misuse, as a negative cap is, not a silent 0.
        let negative = run([
            "diff", old, Self.samples, "--max-items", "-1", "--out", root.appendingPathComponent("f").path,
        ])
        #expect(negative.status == 64 && negative.errors.contains("'--max-items <n>': it must not be negative"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("f").path))
    }

    @Test func aCorruptSnapshotExitsTwoWithAClearError() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let broken = root.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data(#"{"schema": "agentview.snapshot/1", "users": ["#.utf8).write(
            to: broken.appendingPathComponent("snapshot.json"))
        let result = run(["diff", broken.path, Self.samples, "--out", root.appendingPathComponent("d").path])
        #expect(result.status == 2)
        #expect(
            result.errors.hasPrefix(
                "\(broken.path)/snapshot.json:1:46: error: invalid JSON: unexpected end of input inside an array\n"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("d").path))
    }

    @Test func aFolderThatIsNotOurOutputIsNeverReplaced() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let precious = root.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: precious.appendingPathComponent("notes.txt"))
        let result = run(["diff", Self.samples, Self.samples, "--out", precious.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("refusing to replace"))
        #expect(try String(contentsOf: precious.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        #expect(run(["render", Self.samples, "--out", precious.path]).status == 1)
    }
}
