import Foundation

/// Writes one file atomically: into a temporary file beside it, then renamed over it.
///
/// A reader sees the old file or the new one, never half of one; when writing fails, the old file
/// stays and the temporary file is removed.
struct AtomicFile {
    /// The file to replace.
    let path: String

    /// Writes `contents` as the file's new content.
    func write(_ contents: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let folder = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let staging = folder.appendingPathComponent(
            ".\(target.lastPathComponent).agentview-new-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(contents.utf8).write(to: staging)
            // rename(2) replaces the target in one step on the same file system, which a temporary
            // file beside the target guarantees.
            guard rename(staging.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }
}
