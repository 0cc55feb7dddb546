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
            case .escapesFolder(let path): "the page path '\(path)' leads outside the output folder"
            case .duplicatePath(let path): "two pages would both be written to '\(path)'"
            }
        }
    }

    /// The folder to replace.
    let path: String

    /// Writes `files` (relative path → contents) as the new content of the folder.
    func replace(with files: [(path: String, contents: String)]) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        // Not following links: a link at the target is replaced, whatever it points to.
        let existing = (try? manager.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
        guard existing == nil || existing == .typeDirectory || existing == .typeSymbolicLink else {
            throw Problem.notAFolder
        }
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(
            ".\(target.lastPathComponent).agentview-new-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(
            ".\(target.lastPathComponent).agentview-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            let root = staging.standardizedFileURL.path + "/"
            var written: Set<String> = []
            for file in files {
                let destination = staging.appendingPathComponent(file.path).standardizedFileURL
                // File names come from SafeFileName, but check once more that nothing escapes the folder.
                guard destination.path.hasPrefix(root) else { throw Problem.escapesFolder(path: file.path) }
                guard written.insert(destination.path).inserted else { throw Problem.duplicatePath(path: file.path) }
                try manager.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: destination)
            }
            if existing != nil {
                try? manager.removeItem(at: retired)
                try manager.moveItem(at: target, to: retired)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: retired, to: target)
                    throw error
                }
                try? manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}
