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
        // A signal while it is written removes the temporary file, and one after the rename says the report is in
        // place, as for a folder (`Interruption`).
        let interruption = Interruption.shared
        interruption.removeOnSignal(staging.path)
        defer { interruption.removeOnSignal(nil) }
        do throws(FileSystemError) {
            try StagingFolder(root: folder.path).write(Array(contents.utf8), to: staging.lastPathComponent)
            // rename(2) replaces the target in one step on the same file system, which a temporary
            // file beside the target guarantees.
            let failure = interruption.commit { rename(staging.path, target.path) == 0 ? 0 : errno }
            guard failure == 0 else { throw FileSystemError(operation: "write", path: target.path, code: failure) }
        } catch {
            _ = unlink(staging.path)
            throw error
        }
    }
}
