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
}
