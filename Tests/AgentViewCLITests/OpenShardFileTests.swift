import Foundation
import Testing

@testable import AgentViewCLI

/// `merge` copies each snapshot entry from its shard file when it writes `snapshot.json`, reading the file a
/// second time: what it copies must be what it parsed, or the merge must fail before the output is replaced.
@Suite struct OpenShardFileTests {
    private func file(_ text: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("shard.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A shard file of `text`, opened and read whole, as merge does before it parses it.
    private func parsed(_ text: String, in folder: URL) throws -> (path: String, open: OpenShardFile) {
        let path = try file(text, in: folder)
        let open = try OpenShardFile(path: path)
        #expect(try open.contents() == Array(text.utf8))
        return (path, open)
    }

    private func text(of file: OpenShardFile, _ range: Range<Int>) throws -> String {
        var text = ""
        try file.withBytes(range) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    @Test func entriesAreReadAgainInAnyOrder() throws {
        let folder = try makeTemporaryFolder("open-shard")
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = String(repeating: "0123456789", count: 100_000) + "end"
        let open = try OpenShardFile(path: try file(line, in: folder))
        #expect(try open.contents() == Array(line.utf8))
        // Past the first window of a megabyte, and back to the start.
        #expect(try text(of: open, 1_000_000..<1_000_003) == "end")
        #expect(try text(of: open, 3..<7) == "3456")
        #expect(try text(of: open, 999_998..<1_000_003) == "89end")
        try open.checkUnchanged()
    }

    @Test func aFileWrittenToSinceItWasParsedFailsTheMerge() throws {
        let folder = try makeTemporaryFolder("open-shard-changed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, open) = try parsed("{\"users\": [1, 2, 3]}", in: folder)
        // The same length, written in place, at another time.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data("{\"users\": [4, 5, 6]}".utf8))
        try handle.close()
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: path)
        #expect(throws: OpenShardFile.Changed.self) { try open.checkUnchanged() }
    }

    @Test func aFileCutShortSinceItWasParsedFailsTheMerge() throws {
        let folder = try makeTemporaryFolder("open-shard-cut")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, open) = try parsed("{\"users\": [1, 2, 3]}", in: folder)
        #expect(truncate(path, 5) == 0)
        #expect(throws: OpenShardFile.Changed.self) { try open.withBytes(11..<18) { _ in } }
        #expect(throws: OpenShardFile.Changed.self) { try open.checkUnchanged() }
    }

    @Test func mergeRaisesItsLimitOfOpenFilesForItsShards() throws {
        var original = rlimit()
        #expect(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &original) == 0)
        defer { _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &original) }
        // From a soft limit of 2,048 (below what 3,000 shards need, and plenty for the tests running meanwhile).
        var lowered = original
        lowered.rlim_cur = min(2_048, original.rlim_max)
        #expect(setrlimit(Int32(RLIMIT_NOFILE.rawValue), &lowered) == 0)
        OpenShardFile.allowOpen(3_000)
        var raised = rlimit()
        #expect(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0)
        #expect(raised.rlim_cur == min(3_064, original.rlim_max))
    }
}
