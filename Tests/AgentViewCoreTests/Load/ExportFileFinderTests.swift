import Foundation
import Testing

@testable import AgentViewCore

/// The finder lists each export file with its size, which the loader uses to read the largest first.
@Suite struct ExportFileFinderTests {
    @Test("Files come sorted by path, each with its own size, and a link with none")
    func sizesFollowTheirFiles() throws {
        let root = try temporaryFolder("agentview-finder")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(repeating: 0x20, count: 300).write(to: root.appendingPathComponent("c.json"))
        try Data(repeating: 0x20, count: 10).write(to: folder.appendingPathComponent("a.ndjson"))
        try Data(repeating: 0x20, count: 2000).write(to: root.appendingPathComponent("a.json"))
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("d.json").path, withDestinationPath: "a.json")

        let found = try ExportFileFinder.files(in: root.path)
        #expect(found.files == ["a.json", "b/a.ndjson", "c.json", "d.json"])
        #expect(found.sizes == [2000, 10, 300, 0])
    }

    @Test("A folder AgentView wrote is skipped whole, at any depth; a folder named like its marker is no marker")
    func outputFoldersAreSkippedWhole() throws {
        let root = try temporaryFolder("agentview-finder-output")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        for folder in ["a/site/users/u1", "b/.agentview-output", "b/c"] {
            try manager.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in [
            "a/site/.agentview-output", "a/site/snapshot.json", "a/site/users/u1/x.json", "a/k.json", "b/c/m.json",
        ] {
            try Data("{}".utf8).write(to: root.appendingPathComponent(file))
        }

        let found = try ExportFileFinder.files(in: root.path)
        #expect(found.files == ["a/k.json", "b/c/m.json"])
        #expect(found.skipped == [SkippedFile(path: "a/site", reason: .agentViewOutput)])
    }

    /// `agentview render Output`: one line saying what the folder is, not an error for every id of its snapshot.
    @Test(
        "A folder AgentView wrote given as the export is refused whole, saying what it is",
        arguments: [
            ("site", "this is a folder AgentView wrote, not an export: render the export it was made from"),
            (
                "shard 2/4",
                "this is a shard's folder AgentView wrote ('render --shard'), not an export: join the shards"
            ),
            ("diff", "this is a diff AgentView wrote, not an export"),
        ])
    func aRenderedFolderIsNoExport(kind: String, said: String) throws {
        let root = try temporaryFolder("agentview-finder-site")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("This folder was written by agentview 0.3.0 (\(kind)); snapshot schema s.\n".utf8).write(
            to: root.appendingPathComponent(".agentview-output"))
        try Data(#"{"tickets": [{"id": "5001"}]}"#.utf8).write(to: root.appendingPathComponent("shard.json"))

        #expect {
            try ExportFileFinder.files(in: root.path)
        } throws: { error in
            (error as? LoadFailure)?.errors.map(\.description).first?.hasPrefix("\(root.path): error: \(said)") == true
        }
    }
}
