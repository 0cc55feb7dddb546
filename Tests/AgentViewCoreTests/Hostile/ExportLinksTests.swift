import Foundation
import Testing

@testable import AgentViewCore

/// The loader reads only what lies inside the export folder, never opens a FIFO or a device, and says
/// what it left out as `skipped-file` (rulebook: "Files the loader reads").
@Suite("Export folder: links and special files")
struct ExportLinksTests {
    @Test("Links leaving the export, links to nothing and FIFOs are not read, and each is a skipped-file warning")
    func linksAndSpecialFilesAreSkipped() throws {
        let root = try temporaryFolder("agentview-links")
        defer { try? FileManager.default.removeItem(at: root) }
        let export = root.appendingPathComponent("export")
        let elsewhere = root.appendingPathComponent("elsewhere")
        for folder in [export.appendingPathComponent("support"), elsewhere] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Data(#"{"users": [{"id": 1, "name": "Inside"}]}"#.utf8).write(
            to: export.appendingPathComponent("support/users.json"))
        try Data(#"{"users": [{"id": 2, "name": "Outside"}]}"#.utf8).write(
            to: elsewhere.appendingPathComponent("users.json"))
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: export.appendingPathComponent("outside.json").path, withDestinationPath: "../elsewhere/users.json")
        try manager.createSymbolicLink(
            atPath: export.appendingPathComponent("folder").path, withDestinationPath: "../elsewhere")
        try manager.createSymbolicLink(
            atPath: export.appendingPathComponent("inside.json").path, withDestinationPath: "support/users.json")
        try manager.createSymbolicLink(
            atPath: export.appendingPathComponent("nothing.json").path, withDestinationPath: "missing.json")
        try manager.createSymbolicLink(
            atPath: export.appendingPathComponent("kernel.json").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(export.appendingPathComponent("pipe.json").path, 0o600) == 0)

        let loaded = try ExportLoader().load(directory: export.path)
        #expect(loaded.supportUsers.map(\.name) == ["Inside"])
        #expect(
            loaded.skippedFiles == [
                SkippedFile(path: "folder", reason: .linkLeavesExport),
                SkippedFile(path: "kernel.json", reason: .linkLeavesExport),
                SkippedFile(path: "nothing.json", reason: .danglingLink),
                SkippedFile(path: "outside.json", reason: .linkLeavesExport),
                SkippedFile(path: "pipe.json", reason: .notARegularFile),
            ])
        let view = AgentView(export: loaded, settings: Settings())
        let skipped = view.diagnostics.filter { $0.code == "skipped-file" }
        #expect(
            skipped.map(\.subject.description) == [
                "file:folder", "file:kernel.json", "file:nothing.json", "file:outside.json", "file:pipe.json",
            ])
        #expect(skipped.allSatisfy { $0.severity == .warning })
    }

    @Test("A FIFO is never opened, even when it is named directly")
    func aFIFOIsNotRead() throws {
        let root = try temporaryFolder("agentview-fifo")
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = root.appendingPathComponent("pipe.json").path
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(throws: ExportLoader.ReadFailure.self) { try ExportLoader.readRegularFile(pipe) }
    }

    @Test("A JSON file in no export shape, and a folder AgentView wrote, are skipped with a warning, not fatal")
    func strayFilesAreSkipped() throws {
        let root = try temporaryFolder("agentview-stray")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "support/users.json": #"{"users": [{"id": 1, "name": "Inside"}]}"#,
            "README.json": #"{"foo": 1}"#,
            "package.json": #"{"name": "x", "version": "1.0.0"}"#,
            "site/.agentview-output": "marker",
            "site/snapshot.json": #"{"schema": "agentview.snapshot/1", "users": [{"key": "support:9"}]}"#,
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let loaded = try ExportLoader().load(directory: root.path)
        #expect(loaded.supportUsers.map(\.name) == ["Inside"])
        #expect(
            loaded.skippedFiles == [
                SkippedFile(path: "README.json", reason: .unrecognised),
                SkippedFile(path: "package.json", reason: .unrecognised),
                SkippedFile(path: "site", reason: .agentViewOutput),
            ])
        let diagnostics = AgentView(export: loaded, settings: Settings()).diagnostics
        let codes = diagnostics.map { "\($0.code) \($0.subject)" }
        #expect(codes.filter { !$0.hasPrefix("unverified") }.contains("unrecognised-file file:README.json"))
        #expect(codes.contains("skipped-file file:site"))
        // Each reason has its own remedy: no link is involved in either file.
        let advice = diagnostics.filter { $0.code.hasSuffix("-file") }.map(\.advice)
        #expect(advice.count == 3 && !advice.contains { $0.contains("link") })
        #expect(diagnostics.first { $0.code == "skipped-file" }?.advice.contains("--out") == true)
    }

    @Test("Malformed JSON stays an error with its position")
    func malformedJSONIsStillAnError() throws {
        let root = try temporaryFolder("agentview-malformed")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(#"{"foo": "#.utf8).write(to: root.appendingPathComponent("README.json"))
        #expect(throws: LoadFailure.self) { try ExportLoader().load(directory: root.path) }
    }

    @Test("A file too large to parse is refused with its size, before a byte of it is read")
    func aTooLargeFileSaysSo() throws {
        let root = try temporaryFolder("agentview-large")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("big.json").path
        // A sparse file: its size is past the limit, its blocks take no disk.
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o600)
        #expect(ftruncate(descriptor, off_t(ProcessInfo.processInfo.physicalMemory / 4 + 1)) == 0)
        close(descriptor)
        #expect {
            _ = try ExportLoader.readRegularFile(path)
        } throws: { error in
            (error as? ExportLoader.ReadFailure)?.reason.hasPrefix("too large: ") == true
        }
    }
}
