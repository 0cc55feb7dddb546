import AgentViewCore
import Foundation

/// Writes one file atomically: into a temporary file beside it, then renamed over it.
///
/// A reader sees the old file or the new one, never half of one; when writing fails, the old file
/// stays and the temporary file is removed. Failures are said in words with the path
/// (`FileSystemError`), never as an `NSError` dump.
struct AtomicFile {
    /// The file to replace.
    let path: String

    /// Writes `contents` as the file's new content.
    func write(_ contents: String) throws(FileSystemError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError(
                operation: "create the folder", path: folder.path, code: (error as NSError).posixCode ?? EACCES)
        }
        let staging = folder.appendingPathComponent(
            Leftovers.stagingName(of: target.lastPathComponent, pid: ProcessInfo.processInfo.processIdentifier))
        _ = unlink(staging.path)
        do throws(FileSystemError) {
            try StagingFolder(root: folder.path).write(Array(contents.utf8), to: staging.lastPathComponent)
            // rename(2) replaces the target in one step on the same file system, which a temporary
            // file beside the target guarantees.
            guard rename(staging.path, target.path) == 0 else { throw FileSystemError.current("write", target.path) }
        } catch {
            _ = unlink(staging.path)
            throw error
        }
    }
}
