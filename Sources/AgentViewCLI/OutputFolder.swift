import AgentViewCore
import Foundation

/// Writes a rendered folder atomically: into a temporary folder beside the target, then swapped in.
///
/// When anything fails, the previous output stays untouched and the temporary folder is removed, so a
/// reader never sees half-written output.
///
/// Nothing is written through a symbolic link: the temporary folder is created fresh, and when the
/// target itself is a link (to a folder or to nothing), the link is what gets replaced, never the folder
/// it points to. Removing the previous output removes links inside it, not what they point to.
struct OutputFolder {
    /// Why a folder cannot be written, worded to follow `cannot write the output: `.
    enum Problem: LocalizedError, Equatable {
        /// The target exists and is a file, which replacing would delete.
        case notAFolder
        /// A page's relative path leads outside the folder.
        case escapesFolder(path: String)
        /// Two pages would be written to one file, so one would silently replace the other.
        case duplicatePath(path: String)

        var errorDescription: String? {
            switch self {
            case .notAFolder: "it is a file, not a folder, and replacing it would delete it"
            // Paths may come from a shard file another job wrote: escaped like every value we print.
            case .escapesFolder(let path): "the page path '\(TerminalText.safe(path))' leads outside the output folder"
            case .duplicatePath(let path): "two pages would both be written to '\(TerminalText.safe(path))'"
            }
        }
    }

    /// The folder to replace.
    let path: String
    /// The command's inputs, when `OutputGuard` must allow the replacement (checked under the lock);
    /// nil to skip that check.
    var inputs: [String]? = nil
    /// Files the command reads that the folder may hold neither (a key file, a templates folder).
    var keep: [String] = []

    /// Writes `files` (relative path → contents) as the new content of the folder.
    func replace(with files: [(path: String, contents: String)], kind: String = "site") throws {
        try replace(kind: kind) { staging in
            var canonical: [String] = []
            for file in files {
                // File names come from SafeFileName, but check once more that nothing escapes the folder.
                guard let path = StagingFolder.canonical(file.path) else {
                    throw Problem.escapesFolder(path: file.path)
                }
                canonical.append(path)
            }
            try staging.createFolders(for: canonical)
            for (file, path) in zip(files, canonical) {
                try Self.write(Array(file.contents.utf8), to: path, as: file.path, in: staging)
            }
        }
    }

    /// Writes one file into the staging folder, saying which page two pages collided on.
    static func write(_ bytes: [UInt8], to path: String, as given: String, in staging: StagingFolder) throws {
        do {
            try staging.write(bytes, to: path)
        } catch  where error.code == EEXIST {
            throw Problem.duplicatePath(path: given)
        }
    }

    /// Creates a fresh staging folder beside the target, lets `fill` write the new content into it, then
    /// swaps it in; when anything fails, the staging folder is removed and the previous output stays.
    ///
    /// - Runs into one folder are serialised: a run waits for the lock on the folder's parent.
    /// - Leftovers of earlier runs that were killed are removed first (only folders holding our marker),
    ///   and an output that a kill left only in its retired folder is put back.
    /// - The staging folder holds the marker (`kind`) before anything else, and SIGINT, SIGTERM and
    ///   SIGHUP remove it before the process ends.
    /// - The swap exchanges the two folders in one step where the kernel offers it, so `--out` is never
    ///   missing; elsewhere it falls back to two renames.
    func replace(kind: String = "site", writing fill: (StagingFolder) throws -> Void) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError(
                operation: "create the folder", path: parent.path, code: (error as NSError).posixCode ?? EACCES)
        }
        let lock = try FolderLock(parent.path)
        defer { lock.release() }
        let name = target.lastPathComponent
        Leftovers.clean(name: name, in: parent.path)
        // Not following links: a link at the target is replaced, whatever it points to.
        let existing = (try? manager.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
        guard existing == nil || existing == .typeDirectory || existing == .typeSymbolicLink else {
            throw Problem.notAFolder
        }
        if let inputs { try OutputGuard.check(path, inputs: inputs, keep: keep) }
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(Leftovers.stagingName(of: name, pid: pid))
        let retired = parent.appendingPathComponent(Leftovers.retiredName(of: name, pid: pid))
        try? manager.removeItem(at: staging)
        Interruption.shared.removeOnSignal(staging.path)
        defer { Interruption.shared.removeOnSignal(nil) }
        do {
            guard mkdir(staging.path, 0o755) == 0 else {
                throw FileSystemError.current("create the folder", staging.path)
            }
            let folder = StagingFolder(root: staging.standardizedFileURL.path)
            try folder.write(OutputGuard.marker(kind: kind), to: OutputMarker.name)
            try fill(folder)
            let exchanged = try Interruption.shared.commit { () throws(FileSystemError) -> Bool in
                if existing == nil {
                    guard rename(staging.path, target.path) == 0 else { throw .current("move into place", target.path) }
                    return false
                }
                if FolderSwap.exchange(staging.path, target.path) { return true }
                try? manager.removeItem(at: retired)
                guard rename(target.path, retired.path) == 0 else { throw .current("move aside", target.path) }
                guard rename(staging.path, target.path) == 0 else {
                    let failure = FileSystemError.current("move into place", target.path)
                    _ = rename(retired.path, target.path)
                    throw failure
                }
                return false
            }
            // The previous output is now at the staging path (exchanged) or the retired one.
            try? manager.removeItem(at: exchanged ? staging : retired)
        } catch {
            Interruption.shared.haltIfInterrupted()
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}

extension NSError {
    /// The POSIX error code behind a Foundation file error, if there is one.
    var posixCode: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        return (userInfo[NSUnderlyingErrorKey] as? NSError)?.posixCode
    }
}
