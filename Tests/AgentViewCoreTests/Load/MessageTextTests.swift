import Foundation
import Testing

@testable import AgentViewCore

/// A message text written without escapes is left in its export file and read from there when a page shows
/// it: it reads as the text the file holds, byte for byte, and a file changed since loading is named, never
/// shown as if it were the export's.
@Suite struct MessageTextTests {
    private static let messages =
        #"{"messages": [{"id": "m1", "received": "2026-01-01T00:00:00Z", "author": {"type": "user", "userId": "u1"}, "#
        + #""content": {"type": "text", "text": "plain text, é 😀 <b>as written</b>"}}, "#
        + #"{"id": "m2", "received": "2026-01-01T00:01:00Z", "author": {"type": "business"}, "#
        + #""content": {"type": "text", "text": "line\nnext \"quoted\""}}, "#
        + #"{"id": "m3", "received": "2026-01-01T00:02:00Z", "content": {"type": "text", "text": ""}}, "#
        + #"{"id": "m4", "received": "2026-01-01T00:03:00Z", "content": {"text": "first", "text": "last"}}]}"#
    private static let path = "conversations/c1/messages.json"

    /// An export folder holding the messages file, and its in-memory load for comparison.
    private func export() throws -> (folder: URL, fromDisk: Export, inMemory: Export) {
        let folder = try temporaryFolder("message-text")
        let file = folder.appendingPathComponent(Self.path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.messages.utf8).write(to: file)
        let fromDisk = try ExportLoader().load(directory: folder.path)
        let inMemory = try ExportLoader().load(files: [(Self.path, Array(Self.messages.utf8))])
        return (folder, fromDisk, inMemory)
    }

    @Test("Texts without escapes stay in the file and read as written; the rest are held")
    func readsTextsLeftInTheFile() throws {
        let (folder, fromDisk, inMemory) = try export()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(fromDisk.messages.map(\.content.isTextInFile) == [true, false, false, true])
        #expect(inMemory.messages.allSatisfy { !$0.content.isTextInFile })
        let texts = fromDisk.messages.map { $0.content.text.map { Array($0.utf8) } }
        #expect(texts == inMemory.messages.map { $0.content.text.map { Array($0.utf8) } })
        #expect(fromDisk.messages[0].content.text == "plain text, é 😀 <b>as written</b>")
        #expect(fromDisk.messages[3].content.text == "last")
        #expect(fromDisk.messages == inMemory.messages)
        #expect(fromDisk.texts.changedFiles.isEmpty)
    }

    @Test("A file changed after loading gives no text of its new version, and is named")
    func namesAFileChangedAfterLoading() throws {
        let (folder, fromDisk, _) = try export()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The same size, another text: only the file's identity (its time of change) tells them apart.
        let changed = Self.messages.replacingOccurrences(of: "plain text", with: "PLAIN TEXT")
        try Data(changed.utf8).write(to: folder.appendingPathComponent(Self.path))
        #expect(fromDisk.messages[0].content.text == "")
        #expect(fromDisk.messages[1].content.text == "line\nnext \"quoted\"")
        let changedFiles = fromDisk.texts.changedFiles
        #expect(changedFiles.count == 1)
        #expect(changedFiles.first?.hasSuffix(Self.path) == true)
        let error = #expect(throws: ExportChanged.self) { try fromDisk.texts.checkUnchanged() }
        #expect(error?.description.contains(Self.path) == true)
    }

    @Test("A file removed after loading is named too")
    func namesAFileRemovedAfterLoading() throws {
        let (folder, fromDisk, _) = try export()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent(Self.path))
        #expect(fromDisk.messages[3].content.text == "")
        #expect(fromDisk.texts.changedFiles.count == 1)
    }

    @Test("Redaction describes texts read from their files, and leaves them there when texts are not redacted")
    func redactionReadsTextsInPlace() throws {
        let (folder, fromDisk, _) = try export()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = Array(repeating: UInt8(7), count: 32)
        let messages = ExportRedactor.redact(
            fromDisk, Redaction(scope: .messages, key: key, keySource: .file), placeholderPatterns: []
        ).messages
        #expect(
            messages.map(\.content.text) == [
                "[message, 33 characters]", "[message, 18 characters]", "[message, 0 characters]",
                "[message, 4 characters]",
            ])
        let identitiesOnly = ExportRedactor.redact(
            fromDisk, Redaction(scope: .identities, key: key, keySource: .file), placeholderPatterns: []
        ).messages
        #expect(identitiesOnly.map(\.content.isTextInFile) == [true, false, false, true])
        #expect(fromDisk.texts.changedFiles.isEmpty)
    }
}
