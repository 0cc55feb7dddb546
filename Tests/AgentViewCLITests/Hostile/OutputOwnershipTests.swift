import AgentViewCore
import Foundation
import Testing

@testable import AgentViewCLI

/// AgentView replaces only a folder it wrote, refuses folders whose loss would hurt, and never leaves
/// `--out` missing or litter behind, even when killed (rulebook: "Output ownership").
@Suite("Output ownership: what --out may replace, and interruption")
struct OutputOwnershipTests {
    /// A tiny export: one authenticated messaging user.
    static let export = [
        "messaging/users.json": #"{"users": [{"id": "u1", "externalId": "e1", "authenticated": true}]}"#
    ]

    @Test("An empty --out is refused by render, the report and diff, and nothing is touched")
    func emptyOutIsRefused() throws {
        try withScratchFolder("agentview-own-empty") { root throws in
            try writeFiles(Self.export, under: root.appendingPathComponent("in"))
            let input = root.appendingPathComponent("in").path
            for arguments in [
                ["render", input, "--out", ""], ["render", input, "--user", "messaging:u1", "--out", ""],
                ["diff", input, input, "--out", ""],
            ] {
                let result = runCLI(arguments)
                #expect(result.status != 0, "\(arguments)")
                // The report's --out is a file: the advice names one.
                let wanted = arguments.contains("--user") ? "the report's file name" : "a folder"
                #expect(
                    result.errors.contains("refusing to write to an empty path: give --out \(wanted)"),
                    "\(result.errors)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["in"])
        }
    }

    @Test("A folder holding an index.html but no marker is refused and left as it was")
    func aWebsiteIsNotReplaced() throws {
        try withScratchFolder("agentview-own-site") { root throws in
            try writeFiles(Self.export, under: root.appendingPathComponent("in"))
            let site = root.appendingPathComponent("site")
            try writeFiles(["index.html": "my site", ".git/HEAD": "ref: main", "notes.txt": "keep"], under: site)
            let before = FolderSnapshot(site)
            let result = runCLI(["render", root.appendingPathComponent("in").path, "--out", site.path])
            #expect(result.status == 1)
            #expect(result.errors.contains("has no .agentview-output file, so AgentView did not write it"))
            #expect(FolderSnapshot(site) == before)
        }
    }

    @Test("A folder that holds the export, or lies inside it, is refused")
    func inputsAreNeverReplaced() throws {
        try withScratchFolder("agentview-own-input") { root throws in
            let input = root.appendingPathComponent("work/export")
            try writeFiles(Self.export, under: input)
            let holding = runCLI(["render", input.path, "--out", root.appendingPathComponent("work").path])
            #expect(holding.errors.contains("it holds the input"), "\(holding.errors)")
            let inside = runCLI(["render", input.path, "--out", input.appendingPathComponent("site").path])
            #expect(inside.errors.contains("it is inside the input"), "\(inside.errors)")
            #expect(holding.status == 1 && inside.status == 1)
            #expect(FolderSnapshot(input).paths == ["messaging", "messaging/users.json"])
        }
    }

    @Test("A key file or templates folder inside --out is an input: refused, and left as it was")
    func keyFilesAndTemplatesAreInputs() throws {
        try withScratchFolder("agentview-own-key") { root throws in
            try writeFiles(Self.export, under: root.appendingPathComponent("in"))
            let input = root.appendingPathComponent("in").path
            let site = root.appendingPathComponent("site")
            #expect(runCLI(["render", input, "--out", site.path, "-q"]).status == 0)
            // The key kept where the pages are, and templates copied there to edit: a render would delete both.
            try writeFiles(["key": String(repeating: "k", count: 32)], under: site)
            try FileManager.default.copyItem(at: HostilePaths.templates, to: site.appendingPathComponent("mine"))
            let before = FolderSnapshot(site)
            let withKey = runCLI([
                "render", input, "--redact", "--redact-key-file", site.appendingPathComponent("key").path, "--out",
                site.path,
            ])
            let withTemplates = runCLI([
                "render", input, "--templates", site.appendingPathComponent("mine").path, "--out", site.path,
            ])
            let diffing = runCLI([
                "diff", input, input, "--redact", "--redact-key-file", site.appendingPathComponent("key").path,
                "--out", site.path,
            ])
            for result in [withKey, withTemplates, diffing] {
                #expect(result.status != 0)
                #expect(result.errors.contains("it holds the input"), "\(result.errors)")
            }
            #expect(FolderSnapshot(site) == before)
            // Output inside the templates folder is fine: only the templates' own files are read there.
            let mine = site.appendingPathComponent("mine")
            let inside = runCLI([
                "render", input, "--templates", mine.path, "--out", mine.appendingPathComponent("build").path, "-q",
            ])
            #expect(inside.status == 0, "\(inside.errors)")
            // A report written over a template would destroy it (a template carries the pages' generator mark);
            // a new file beside the templates is fine.
            let templates = root.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: HostilePaths.templates, to: templates)
            let templatesBefore = FolderSnapshot(templates)
            let overTemplate = runCLI([
                "render", input, "--templates", templates.path, "--user", "messaging:u1", "--out",
                templates.appendingPathComponent("layout.mustache").path,
            ])
            #expect(overTemplate.status == 1)
            #expect(overTemplate.errors.contains("it is a file of the input"), "\(overTemplate.errors)")
            #expect(FolderSnapshot(templates) == templatesBefore)
            // A new report beside the templates is written, and so is the next run's over it.
            for _ in 0..<2 {
                let beside = runCLI([
                    "render", input, "--templates", templates.path, "--user", "messaging:u1", "--out",
                    templates.appendingPathComponent("report.html").path, "-q",
                ])
                #expect(beside.status == 0, "\(beside.errors)")
            }
        }
    }

    @Test("The report replaces only an earlier report: never an export file, nor a file AgentView did not write")
    func theReportReplacesOnlyAReport() throws {
        try withScratchFolder("agentview-own-report") { root throws in
            let input = root.appendingPathComponent("in")
            try writeFiles(Self.export, under: input)
            try writeFiles(["notes.txt": "my notes", "index.html": "<!DOCTYPE html><p>my page</p>"], under: root)
            let before = FolderSnapshot(root)
            for target in ["in/messaging/users.json", "in/report.html", "notes.txt", "index.html"] {
                let result = runCLI([
                    "render", input.path, "--user", "messaging:u1", "--out", root.appendingPathComponent(target).path,
                ])
                #expect(result.status == 1, "\(target)")
                #expect(
                    result.errors.contains(
                        target.hasPrefix("in/") ? "it is inside the input" : "AgentView did not write it"),
                    "\(result.errors)")
            }
            #expect(FolderSnapshot(root) == before)
            // An empty file (as `mktemp` makes) holds nothing to lose, and an earlier report is ours: both replaced.
            try writeFiles(["empty.html": ""], under: root)
            let empty = runCLI([
                "render", input.path, "--user", "messaging:u1", "--out", root.appendingPathComponent("empty.html").path,
                "-q",
            ])
            #expect(empty.status == 0, "\(empty.errors)")
            let report = root.appendingPathComponent("report.html").path
            for _ in 0..<2 {
                let result = runCLI(["render", input.path, "--user", "messaging:u1", "--out", report, "-q"])
                #expect(result.status == 0, "\(result.errors)")
            }
            // Again by relative paths whose folder is one character long (the check once crashed on them).
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("r"), withIntermediateDirectories: true)
            for relative in ["./again.html", "r/again.html"] {
                for _ in 0..<2 {
                    let result = try runBinary(
                        ["render", input.path, "--user", "messaging:u1", "--out", relative, "-q"], in: root)
                    #expect(result.status == 0, "\(relative): \(result.errors)")
                }
            }
            // Inside a folder AgentView wrote, a report would break a page or go with the folder's next run: refused,
            // however the path is spelt (relative, through `./`), a page or a new file.
            let site = root.appendingPathComponent("site")
            #expect(runCLI(["render", input.path, "--out", site.path, "-q"]).status == 0)
            let siteBefore = FolderSnapshot(site)
            for page in ["site/index.html", "site/users/./messaging-u1.html", "site/users/new.html", "site/r.html"] {
                let result = try runBinary(["render", input.path, "--user", "messaging:u1", "--out", page], in: root)
                #expect(result.status == 1, "\(page)")
                #expect(
                    result.errors.contains("a folder AgentView wrote, whose pages it could break"), "\(result.errors)")
            }
            // The default name, from inside the site's users folder, is refused alike.
            let inside = try runBinary(
                ["render", input.path, "--user", "messaging:u1"], in: site.appendingPathComponent("users"))
            #expect(inside.status == 1, "\(inside.errors)")
            #expect(FolderSnapshot(site) == siteBefore)
        }
    }

    @Test("diff refuses to write into the rendered folder it reads")
    func diffNeverReplacesItsNewSide() throws {
        try withScratchFolder("agentview-own-diff") { root throws in
            try writeFiles(Self.export, under: root.appendingPathComponent("in"))
            let site = root.appendingPathComponent("site")
            #expect(runCLI(["render", root.appendingPathComponent("in").path, "--out", site.path, "-q"]).status == 0)
            let before = FolderSnapshot(site)
            let result = runCLI(["diff", site.path, site.path, "--out", site.path])
            #expect(result.status == 2)
            #expect(result.errors.contains("it holds the input"))
            #expect(FolderSnapshot(site) == before)
        }
    }

    @Test("Our own output is replaced, and carries a marker that says what wrote it")
    func ourOutputIsReplaced() throws {
        try withScratchFolder("agentview-own-ours") { root throws in
            try writeFiles(Self.export, under: root.appendingPathComponent("in"))
            let site = root.appendingPathComponent("site")
            for _ in 0..<2 {
                let result = runCLI(["render", root.appendingPathComponent("in").path, "--out", site.path, "-q"])
                #expect(result.status == 0, "\(result.errors)")
            }
            let marker = try String(contentsOf: site.appendingPathComponent(".agentview-output"), encoding: .utf8)
            #expect(marker.hasPrefix("This folder was written by agentview "))
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "site"])
        }
    }

    @Test("--out naming the current folder or a parent of it is refused")
    func currentFolderIsRefused() throws {
        try #require(AgentViewBinary.url != nil)
        try withScratchFolder("agentview-own-cwd") { root throws in
            try writeFiles(Self.export, under: root.appendingPathComponent("in"))
            try writeFiles(
                ["index.html": "x", "snapshot.json": "{}", ".agentview-output": "x"],
                under: root.appendingPathComponent("in/deep"))
            let before = FolderSnapshot(root)
            for out in [".", "..", "", "./"] {
                let run = try runBinary(
                    ["render", root.appendingPathComponent("in").path, "--out", out],
                    in: root.appendingPathComponent("in/deep"))
                #expect(run.status == 1, "\(out)")
            }
            #expect(FolderSnapshot(root) == before)
        }
    }

    @Test("A plain agentview outside the repository says what it looked for and how to name an export")
    func plainAgentviewOutsideTheRepository() throws {
        try #require(AgentViewBinary.url != nil)
        try withScratchFolder("agentview-own-plain") { root throws in
            let run = try runBinary([], in: root)
            #expect(run.status == 1)
            #expect(run.errors.contains("no export folder given, and no 'Samples' folder here"))
            #expect(run.errors.contains("agentview render PATH/TO/EXPORT --out SITE"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
        }
    }

    @Test("--version prints the version that the output marker records")
    func versionIsPrinted() {
        let result = runCLI(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "agentview \(ToolVersion.current)\n")
        #expect(
            String(decoding: OutputGuard.marker(kind: "site"), as: UTF8.self).contains(
                "agentview \(ToolVersion.current) (site)"))
    }

    // MARK: - Leftovers of killed runs

    @Test("Leftovers of dead runs are removed, a retired output is put back, live runs are left alone")
    func leftoversAreCleaned() throws {
        try withScratchFolder("agentview-own-leftovers") { root throws in
            let marker = String(decoding: OutputGuard.marker(kind: "site"), as: UTF8.self)
            // Process ids above the kernel's limit (4194304) never run.
            try writeFiles(
                ["index.html": "half", OutputMarker.name: marker],
                under: root.appendingPathComponent(".out.agentview-new-4999999"))
            try writeFiles(
                ["index.html": "previous", OutputMarker.name: marker],
                under: root.appendingPathComponent(".out.agentview-old-4999998"))
            // Killed before it wrote its marker.
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(".out.agentview-new-4999997"), withIntermediateDirectories: true)
            let live = ".out.agentview-new-\(getppid())"
            try writeFiles(["index.html": "busy", OutputMarker.name: marker], under: root.appendingPathComponent(live))
            try writeFiles(["mine.txt": "keep"], under: root.appendingPathComponent(".out.agentview-newish-1"))
            // Named like leftovers, but a user's folders: no marker, something in them. Neither removed nor moved.
            try writeFiles(["mine.txt": "keep"], under: root.appendingPathComponent(".out.agentview-new-4999996"))
            try writeFiles(["mine.txt": "keep"], under: root.appendingPathComponent(".out.agentview-old-4999995"))
            Leftovers.clean(name: "out", in: root.path)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
                    == [
                        ".out.agentview-newish-1", ".out.agentview-new-4999996", ".out.agentview-old-4999995", live,
                        "out",
                    ].sorted())
            #expect(FolderSnapshot(root.appendingPathComponent("out")).entries["index.html"] == "file:previous")
        }
    }

    @Test(
        "A render killed at any moment leaves --out complete, and no temporary folder survives the next run",
        arguments: [
            (SIGTERM, ""), (SIGTERM, "/tickets"), (SIGINT, "/users"), (SIGHUP, "/tickets"), (SIGKILL, ""),
            (SIGKILL, "/tickets"),
        ])
    func aKilledRenderLeavesNoLitter(signal: Int32, moment: String) throws {
        let binary = try #require(AgentViewBinary.url)
        try withScratchFolder("agentview-own-signal") { root throws in
            let input = root.appendingPathComponent("in")
            try writeFiles(Self.largeExport(users: 400), under: input)
            let out = root.appendingPathComponent("out")
            #expect(try runBinary(["render", input.path, "--out", out.path, "-q"], in: root).status == 0)
            let before = FolderSnapshot(out)
            let process = Process()
            process.executableURL = binary
            process.arguments = ["render", input.path, "--out", out.path, "-q"]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            // Wait for the moment (the staging folder, or one of its page folders), then send the signal.
            let staging = root.appendingPathComponent(".out.agentview-new-\(process.processIdentifier)\(moment)")
            while process.isRunning && !FileManager.default.fileExists(atPath: staging.path) { usleep(1_000) }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
            #expect(FolderSnapshot(out) == before, "--out changed or went missing")
            if signal != SIGKILL {
                #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "out"])
                // Said even under -q, so a CI log tells why the job ended and that nothing half-written is left.
                let name = signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "SIGHUP"
                #expect(
                    String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                        == "agentview: stopped by \(name); nothing was written, and any earlier output is as it was\n")
            }
            // The next run tidies whatever a SIGKILL left, and writes a complete output again.
            #expect(try runBinary(["render", input.path, "--out", out.path, "-q"], in: root).status == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "out"])
            #expect(FolderSnapshot(out) == before)
        }
    }

    /// An export large enough that writing its pages takes a while: `users` users with 10 tickets each.
    static func largeExport(users: Int) -> [String: String] {
        var users = (1...users).map { #"{"id": \#($0), "name": "User \#($0)", "role": "end-user"}"# }
        let tickets = (1...users.count * 10).map {
            #"{"id": \#($0), "requester_id": \#(($0 - 1) / 10 + 1), "status": "open", "subject": "Ticket \#($0)", "created_at": "2026-01-01T00:00:00Z"}"#
        }
        users.append(#"{"id": 999999, "name": "Agent", "role": "agent"}"#)
        return [
            "support/users.json": #"{"users": [\#(users.joined(separator: ","))]}"#,
            "support/tickets.json": #"{"tickets": [\#(tickets.joined(separator: ","))]}"#,
        ]
    }
}
