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
        try replace { staging in
            var canonical: [String] = []
            for file in files {
                // File names come from SafeFileName, but check once more that nothing escapes the folder.
                guard let path = StagingFolder.canonical(file.path) else { throw Problem.escapesFolder(path: file.path) }
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
        } catch where error.code == EEXIST {
            throw Problem.duplicatePath(path: given)
        }
    }

    /// Creates a fresh staging folder beside the target, lets `fill` write the new content into it, then
    /// swaps it in; when anything fails, the staging folder is removed and the previous output stays.
    func replace(writing fill: (StagingFolder) throws -> Void) throws {
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
            try fill(StagingFolder(root: staging.standardizedFileURL.path))
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
