import Foundation
import SyntheticExport

/// The messages files of a small export in the real shapes, generated into a scratch folder that is removed
/// afterwards: what the messages readers (the shard's scan, the tree-less decoder) are checked on file by file.
enum GeneratedMessagesFiles {
    /// Calls `body` with each `messages.json` of a generated export (its path in the export, its text), or each
    /// file whose path ends with `suffix`.
    static func each(
        users: Int, ticketsPerUser: Int, messagesPerTicket: Int, endingWith suffix: String = "messages.json",
        _ body: (String, String) throws -> Void
    ) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("messages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try SyntheticExport(users: users, ticketsPerUser: ticketsPerUser, messagesPerTicket: messagesPerTicket)
            .write(to: folder.path)
        let files = FileManager.default.enumerator(atPath: folder.path)
        while let path = files?.nextObject() as? String {
            guard path.hasSuffix(suffix) else { continue }
            try body(path, try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8))
        }
    }
}
