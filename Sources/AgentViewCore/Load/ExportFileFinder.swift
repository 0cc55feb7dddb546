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
        // A folder AgentView wrote given as the export: a site's snapshot.json or a shard's shard.json would be read
        // as export files, each of their ids a wrong type. One line says what the folder is instead.
        if OutputMarker.isPresent(in: directory) {
            throw LoadFailure(
                errors: [LoadError(path: directory, reason: .renderedFolder(kind: OutputMarker.kind(in: directory)))])
        }
        let root =
            realpath(directory, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? directory
        var found = Found()
        // Folder by folder, a level at a time, each level's folders listed on sixteen threads: one after the
        // other, the 110,000 folders of a 10,000-user export (a conversation is a folder) took a core 1.2 s while
        // the other waited, and folders not in memory wait on the disk (`Concurrently.mapWaiting`). Links to
        // folders are not followed, so no cycle is possible.
        var level = [""]
        // Every folder that cannot be listed is reported, in path order, once the walk is done.
        var unreadable: [(path: String, problem: LoadError)] = []
        while !level.isEmpty {
            let folders = level
            let listed = Concurrently.mapWaiting(folders.count) { index in
                folderContents(folders[index], in: directory, root: root)
            }
            var next: [String] = []
            for (relative, folder) in zip(folders, listed) {
                if let problem = folder.unreadable {
                    unreadable.append((relative, problem))
                    continue
                }
                if !relative.isEmpty && folder.isAgentViewOutput {
                    found.skipped.append(SkippedFile(path: relative, reason: .agentViewOutput))
                    continue
                }
                found.files += folder.found.files
                found.sizes += folder.found.sizes
                found.skipped += folder.found.skipped
                next += folder.subfolders
            }
            level = next
        }
        guard unreadable.isEmpty else {
            throw LoadFailure(errors: unreadable.sorted { $0.path < $1.path }.map(\.problem))
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

    /// What one folder holds, before the walk knows whether AgentView wrote it.
    private struct Listing: Sendable {
        var found = Found()
        var subfolders: [String] = []
        var isAgentViewOutput = false
        /// Why the folder could not be listed; nil when it was.
        var unreadable: LoadError?
    }

    /// Lists the folder `relative` of the export at `directory`, from any thread.
    private static func folderContents(_ relative: String, in directory: String, root: String) -> Listing {
        let absolute = relative.isEmpty ? directory : directory + "/" + relative
        guard let listing = opendir(absolute) else {
            // A folder AgentView wrote is skipped even when it cannot be listed, since its marker can be
            // looked up by path without listing it.
            if !relative.isEmpty && OutputMarker.isPresent(in: absolute) { return Listing(isAgentViewOutput: true) }
            return Listing(unreadable: LoadError(path: absolute, reason: .unreadable("the folder cannot be listed")))
        }
        defer { closedir(listing) }
        return list(listing, at: relative, path: absolute, root: root)
    }

    /// Lists the folder `relative` of the export (open as `listing`, found at `path`).
    ///
    /// The type `readdir` gives is trusted where it settles the question, so that only export files (for their
    /// size), links and entries of unknown type cost a `stat`: a `stat` of every entry, and a look for the marker
    /// in every folder, were most of the time the walk took at 10,000 users, whose conversations are a folder each.
    private static func list(_ listing: OpaquePointer, at relative: String, path folderPath: String, root: String)
        -> Listing
    {
        var folder = Listing()
        // `readdir` ends a listing and reports an error alike, with nil: only `errno` tells them apart, and a
        // folder read short must fail the load rather than leave files out unsaid.
        while true {
            errno = 0
            guard let entry = readdir(listing) else {
                if errno != 0 {
                    folder.unreadable = LoadError(path: folderPath, reason: .unreadable("the folder cannot be listed"))
                }
                break
            }
            guard entry.pointee.d_ino != 0 else { continue }
            let rawName = withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
                String(validatingCString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            // A name that is not UTF-8 is repaired, as FileManager listed it; the repaired name names no file,
            // so its `lstat` fails and the entry is passed over, as before.
            let name =
                rawName
                ?? withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
                    String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
            var type = rawName == nil ? UInt8(DT_UNKNOWN) : entry.pointee.d_type
            let path = folderPath + "/" + name
            if name == OutputMarker.name {
                var status = stat()
                folder.isAgentViewOutput =
                    type == DT_REG
                    || (type == DT_UNKNOWN && lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG)
                continue
            }
            guard !name.hasPrefix(".") else { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            let isExportFile = hasExportExtension(name)
            var size = 0
            if type == DT_UNKNOWN || (type == DT_REG && isExportFile) {
                var status = stat()
                let statted =
                    rawName == nil
                    ? lstat(path, &status)
                    : fstatat(dirfd(listing), name, &status, AT_SYMLINK_NOFOLLOW)
                guard statted == 0 else { continue }
                type = fileType(of: status.st_mode)
                size = Int(status.st_size)
            }
            switch Int32(type) {
            case Int32(DT_DIR):
                folder.subfolders.append(child)
            case Int32(DT_REG):
                if isExportFile {
                    folder.found.files.append(child)
                    folder.found.sizes.append(size)
                }
            case Int32(DT_LNK):
                if let reason = linkProblem(path, root: root, isExportFile: isExportFile) {
                    folder.found.skipped.append(SkippedFile(path: child, reason: reason))
                } else if isExportFile {
                    folder.found.files.append(child)
                    folder.found.sizes.append(0)
                }
            default:
                if isExportFile {
                    folder.found.skipped.append(SkippedFile(path: child, reason: .notARegularFile))
                }
            }
        }
        return folder
    }

    /// The `readdir` type of a `stat` mode: a folder, a regular file, a link, or something else.
    private static func fileType(of mode: mode_t) -> UInt8 {
        switch mode & S_IFMT {
        case S_IFDIR: UInt8(DT_DIR)
        case S_IFREG: UInt8(DT_REG)
        case S_IFLNK: UInt8(DT_LNK)
        default: UInt8(DT_FIFO)
        }
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

        /// What to do about a file skipped for this reason: each reason has its own remedy.
        public var advice: String {
            switch self {
            case .linkLeavesExport, .linkToFolder, .danglingLink:
                "copy the file itself into the export folder if it belongs to this export; links are read only when they stay inside it"
            case .notARegularFile:
                "write the data to a regular file in the export folder if it belongs to this export; a FIFO, device or socket could block the run or change while it reads"
            case .unrecognised:
                "move the file out of the export folder if it is not part of the export; if it is an export file, AgentView does not read its shape yet, so its records are missing from the pages"
            case .agentViewOutput:
                "render into a folder outside the export folder (--out), or move this one out"
            }
        }
    }

    /// The path relative to the export folder.
    public var path: String
    public var reason: Reason
}
