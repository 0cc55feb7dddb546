import Foundation

/// Finds the export files under a folder, recursively, in a stable order.
///
/// Only what lies inside the export folder is read (rulebook: "Files the loader reads"). A link is
/// followed only when it resolves to a regular file inside the export; a link that leaves the export,
/// a link to nothing, a link to a folder (whose files are read at their real place, or not at all),
/// and anything that is not a regular file (a FIFO, a device, a socket) is never opened, and is
/// listed as a `SkippedFile` so that the run says what it left out instead of silently reading less.
enum ExportFileFinder {
    /// File extensions that hold export data, compared case-insensitively.
    static let extensions: Set<String> = ["json", "ndjson", "jsonl"]

    /// What was found: relative paths (with `/`) of the files to read, sorted, and what was skipped.
    struct Found {
        var files: [String] = []
        /// Each file's size in bytes when listed, by position in `files` (0 for a link, which is not followed
        /// to find one): the loader reads the largest first.
        var sizes: [Int] = []
        var skipped: [SkippedFile] = []
    }

    /// The export files under `directory`; hidden files and folders are skipped.
    static func files(in directory: String) throws(LoadFailure) -> Found {
        var status = stat()
        guard stat(directory, &status) == 0 else {
            throw LoadFailure(errors: [LoadError(path: directory, reason: .unreadable("no such folder"))])
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw LoadFailure(errors: [LoadError(path: directory, reason: .unreadable("not a folder"))])
        }
        let root =
            realpath(directory, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? directory
        var found = Found()
        var pending = [""]
        // A walk with our own stack: links to folders are not followed, so no cycle is possible.
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? directory : directory + "/" + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: absolute)
            } catch {
                throw LoadFailure(errors: [
                    LoadError(path: absolute, reason: .unreadable("the folder cannot be listed"))
                ])
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                var entry = stat()
                guard lstat(directory + "/" + child, &entry) == 0 else { continue }
                switch entry.st_mode & S_IFMT {
                case S_IFDIR:
                    if isAgentViewOutput(directory + "/" + child) {
                        found.skipped.append(SkippedFile(path: child, reason: .agentViewOutput))
                    } else {
                        pending.append(child)
                    }
                case S_IFREG:
                    if hasExportExtension(name) {
                        found.files.append(child)
                        found.sizes.append(Int(entry.st_size))
                    }
                case S_IFLNK:
                    if let reason = linkProblem(
                        directory + "/" + child, root: root, isExportFile: hasExportExtension(name))
                    {
                        found.skipped.append(SkippedFile(path: child, reason: reason))
                    } else if hasExportExtension(name) {
                        found.files.append(child)
                        found.sizes.append(0)
                    }
                default:
                    if hasExportExtension(name) {
                        found.skipped.append(SkippedFile(path: child, reason: .notARegularFile))
                    }
                }
            }
        }
        guard !found.files.isEmpty else {
            throw LoadFailure(errors: [LoadError(path: directory, reason: .noExportFiles)])
        }
        let order = found.files.indices.sorted { found.files[$0] < found.files[$1] }
        found.files = order.map { found.files[$0] }
        found.sizes = order.map { found.sizes[$0] }
        found.skipped.sort { $0.path < $1.path }
        return found
    }

    /// Why a link is not read, or nil when it leads to a regular file inside the export.
    private static func linkProblem(_ path: String, root: String, isExportFile: Bool) -> SkippedFile.Reason? {
        guard let resolved = realpath(path, nil) else { return isExportFile ? .danglingLink : nil }
        let target = String(cString: resolved)
        free(resolved)
        var status = stat()
        guard target.hasPrefix(root + "/") else {
            // Only links the loader would have read, or folders it would have walked, are worth a word.
            let isFolder = stat(target, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            return isExportFile || isFolder ? .linkLeavesExport : nil
        }
        guard stat(target, &status) == 0 else { return .danglingLink }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .linkToFolder
        default: return isExportFile ? .notARegularFile : nil
        }
    }

    /// Whether a folder holds the marker AgentView writes into every output folder.
    private static func isAgentViewOutput(_ folder: String) -> Bool {
        var status = stat()
        return lstat(folder + "/.agentview-output", &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    private static func hasExportExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}

/// A file or folder in the export folder that was not read, and why.
public struct SkippedFile: Sendable, Equatable {
    public enum Reason: String, Sendable {
        case linkLeavesExport = "it is a link that leads outside the export folder"
        case linkToFolder = "it is a link to a folder; its files are read where they really are, if inside the export"
        case danglingLink = "it is a link to nothing"
        case notARegularFile = "it is not a regular file (a FIFO, device or socket), which is never opened"
        case unrecognised = "its content is in no known export shape (a README.json, a package.json, a snapshot.json?)"
        case agentViewOutput = "it is a folder AgentView wrote (it holds .agentview-output), not part of the export"
    }

    /// The path relative to the export folder.
    public var path: String
    public var reason: Reason
}
