import Foundation
import Testing

/// `agentview render` on the hostile export: every file lands inside the output folder under a safe
/// name, nothing is written anywhere else, and a render that fails half-way writes nothing.
@Suite("Hostile export through the command line")
struct HostileRenderCLITests {
    /// Copies the hostile export to `folder/in`, adding a file whose name is an attack.
    private func prepareInput(in folder: URL) throws -> URL {
        let input = folder.appendingPathComponent("in")
        try FileManager.default.copyItem(at: HostilePaths.hostileExport, to: input)
        try writeFiles(
            [
                HostilePaths.hostileFileName:
                    #"{"users": [{"id": 1002, "name": "Web User stale copy", "role": "end-user"}]}"#
            ],
            under: input)
        return input
    }

    @Test("Every file lands inside the output folder under a safe name, and nothing else is written")
    func everyFileLandsInside() throws {
        try withScratchFolder("agentview-hostile") { root throws in
            let input = try prepareInput(in: root)
            let out = root.appendingPathComponent("out")
            let result = runCLI(["render", input.path, "--out", out.path])
            #expect(result.status == 0, "\(result.errors)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "out"])
            let written = FolderSnapshot(out)
            let pages = written.paths.filter { written.entries[$0]!.hasPrefix("file:") }
            #expect(written.entries.values.allSatisfy { $0 == "folder" || $0.hasPrefix("file:") })
            #expect(written.paths.filter { written.entries[$0] == "folder" } == ["assets", "tickets", "users"])
            // marker, snapshot, stylesheet, index, diagnostics, 22 users, 5 tickets
            #expect(pages.count == 1 + 1 + 1 + 2 + 22 + 5)
            for path in pages where path != ".agentview-output" {
                let resolved = out.appendingPathComponent(path).resolvingSymlinksInPath().path
                #expect(resolved.hasPrefix(out.resolvingSymlinksInPath().path + "/"), "\(path)")
                #expect(Self.isSafe(path), "\(path)")
                // snapshot.json holds the values as they are: JSON, not markup.
                #expect(!path.hasSuffix(".html") || !written.entries[path]!.lowercased().contains("<script"), "\(path)")
            }
            #expect(pages.contains("users/messaging-______etc_passwd-2bef2c0bbbdefdfa.html"))
            #expect(!result.errors.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
    }

    @Test("A one-user report of a traversal id is written where --out says, and only there")
    func reportOfAHostileKey() throws {
        try withScratchFolder("agentview-hostile-report") { root throws in
            let input = try prepareInput(in: root)
            let report = root.appendingPathComponent("report.html")
            let result = runCLI(["render", input.path, "--user", "messaging:../../etc/passwd", "--out", report.path])
            #expect(result.status == 0, "\(result.errors)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "report.html"])
            let html = try String(contentsOf: report, encoding: .utf8)
            #expect(html.contains("alert(17)") && !html.lowercased().contains("<script"))
        }
    }

    @Test("A file at --out is left alone, with an error that says why")
    func aFileAtOutIsNotDeleted() throws {
        try withScratchFolder("agentview-hostile-file") { root throws in
            let input = try prepareInput(in: root)
            try writeFiles(["notes.html": "my notes"], under: root)
            let notes = root.appendingPathComponent("notes.html")
            let result = runCLI(["render", input.path, "--out", notes.path])
            #expect(result.status == 1)
            #expect(
                result.errors
                    == "agentview: refusing to replace '\(notes.path)': it is a file, not a folder, and replacing it would delete it\n"
            )
            #expect(try String(contentsOf: notes, encoding: .utf8) == "my notes")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "notes.html"])
        }
    }

    /// Strict templates fail on the first ticket page, after the index, the diagnostics and every user
    /// page were rendered: the previous output must survive whole, with no temporary folder beside it.
    @Test("Rendering that fails half-way leaves the previous output and no temporary folder")
    func failingHalfWayWritesNothing() throws {
        try withScratchFolder("agentview-hostile-halfway") { root throws in
            let input = try prepareInput(in: root)
            let out = root.appendingPathComponent("out")
            #expect(runCLI(["render", input.path, "--out", out.path]).status == 0)
            let before = FolderSnapshot(out)
            let templates = root.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: HostilePaths.templates, to: templates)
            let ticket = templates.appendingPathComponent("ticket.mustache")
            try Data((try String(contentsOf: ticket, encoding: .utf8) + "{{noSuchName}}\n").utf8).write(to: ticket)
            let result = runCLI(["render", input.path, "--out", out.path, "--templates", templates.path])
            #expect(result.status == 1)
            #expect(result.errors.contains("unknown name 'noSuchName'"), "\(result.errors)")
            #expect(result.errors.hasSuffix("nothing was written\n"), "\(result.errors)")
            #expect(FolderSnapshot(out) == before)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "out", "templates"])
        }
    }

    /// `index.html`, `diagnostics.html`, `snapshot.json`, or `users/` or `tickets/` and a name of `[a-z0-9_-]`.
    private static func isSafe(_ path: String) -> Bool {
        if path == "assets/agentview.css" { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last, parts.count == 1 || (parts.count == 2 && ["users", "tickets"].contains(parts[0]))
        else {
            return false
        }
        guard parts.count == 2 else { return ["index.html", "diagnostics.html", "snapshot.json"].contains(name) }
        return name.hasSuffix(".html") && name.count <= 100
            && name.dropLast(5).allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
