import CSystem
import Foundation

/// A new folder being filled before it replaces the output (see `OutputFolder`).
///
/// Files are written with plain `open`/`write`/`close`: no `fsync` per file, since durability comes
/// from the folder swap, and `O_EXCL | O_NOFOLLOW`, so a file is never written twice or through a link.
/// Writing is safe from several threads at once once the folders exist.
struct StagingFolder: Sendable {
    /// The folder's absolute path, without a trailing slash.
    let root: String
    /// The folder held open: files and folders are made relative to it, so each `open` walks only the page's
    /// own path, not the folder's too (walking paths was 3% of a render's CPU at 10,000 users). Nil when the
    /// folder cannot be opened, and then full paths are used.
    private let handle: FolderHandle?

    init(root: String) {
        self.root = root
        handle = FolderHandle(path: root)
    }

    /// An open descriptor of a folder, closed with the last copy of the staging folder that holds it.
    private final class FolderHandle: Sendable {
        let descriptor: Int32

        init?(path: String) {
            descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
        }

        deinit { close(descriptor) }
    }

    /// Creates a file at a canonical path, relative to the held folder when there is one.
    private func create(_ path: String, full: String) -> Int32 {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        guard let handle else { return open(full, flags, 0o644) }
        return openat(handle.descriptor, path, flags, 0o644)
    }

    /// A page path made canonical: `.` and empty parts dropped, `..` applied; nil when it leaves the folder.
    static func canonical(_ relativePath: String) -> String? {
        guard !relativePath.hasPrefix("/") else { return nil }
        var parts: [Substring] = []
        for part in relativePath.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Creates every folder that the files at these canonical paths need, each once, parents first.
    func createFolders(for paths: some Sequence<String>) throws(FileSystemError) {
        var created: Set<Substring> = []
        for path in paths {
            var end = path.startIndex
            while let slash = path[end...].firstIndex(of: "/") {
                let folder = path[..<slash]
                if created.insert(folder).inserted {
                    let full = root + "/" + folder
                    let made = handle.map { mkdirat($0.descriptor, String(folder), 0o755) } ?? mkdir(full, 0o755)
                    guard made == 0 || errno == EEXIST else {
                        throw .current("create the folder", full)
                    }
                }
                end = path.index(after: slash)
            }
        }
    }

    /// Writes a new file at a canonical path whose folder exists; a file already there is an error.
    func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let full = root + "/" + path
        let descriptor = create(path, full: full)
        guard descriptor >= 0 else { throw .current("create", full) }
        var failure: FileSystemError?
        do {
            try Self.write(bytes, to: descriptor, path: full)
        } catch {
            failure = error
        }
        if close(descriptor) != 0, failure == nil { failure = .current("write", full) }
        if let failure { throw failure }
    }

    /// Writes a new file at a canonical path piece by piece: `fill` hands each piece to the writer it
    /// is given, so a large file is never held whole.
    ///
    /// A failed `close` is an error, as in `write(_:to:)`: some file systems (NFS, a full quota) report a
    /// failed write only then, and `snapshot.json` or `shard.json` cut short must not be swapped in.
    func stream(
        to path: String, _ fill: (_ write: ([UInt8]) throws(FileSystemError) -> Void) throws -> Void
    ) throws {
        let full = root + "/" + path
        let descriptor = create(path, full: full)
        guard descriptor >= 0 else { throw FileSystemError.current("create", full) }
        do {
            try fill { bytes throws(FileSystemError) in try Self.write(bytes, to: descriptor, path: full) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw FileSystemError.current("write", full) }
    }

    /// Copies an open regular file, from its start to its end, into a new file at a canonical path whose folder
    /// exists; a file already there is an error (`EEXIST`). The kernel copies where it can (`copy_file_range`),
    /// else the bytes pass through a buffer.
    func copy(from source: Int32, source sourcePath: String, to path: String) throws(FileSystemError) {
        let full = root + "/" + path
        let descriptor = create(path, full: full)
        guard descriptor >= 0 else { throw .current("create", full) }
        var failure: FileSystemError?
        var inKernel = true
        var buffer: [UInt8] = []
        while failure == nil {
            if inKernel {
                let copied = agentview_copy_file_range(source, descriptor, 1 << 30)
                if copied > 0 { continue }
                if copied == 0 { break }
                if errno == EINTR { continue }
                guard [EXDEV, EINVAL, ENOSYS, EOPNOTSUPP, EBADF].contains(errno) else {
                    failure = .current("copy", sourcePath)
                    break
                }
                inKernel = false
                buffer = Array(repeating: 0, count: 1 << 16)
            }
            let count = buffer.withUnsafeMutableBytes { Foundation.read(source, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                failure = .current("read", sourcePath)
                break
            }
            do {
                try Self.write(Array(buffer[..<count]), to: descriptor, path: full)
            } catch {
                failure = error
            }
        }
        if close(descriptor) != 0, failure == nil { failure = .current("write", full) }
        if let failure { throw failure }
    }

    /// Writes all of `bytes` to an open file, going on after interrupted or partial writes.
    private static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
        let failure: FileSystemError? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return .current("write", path)
                }
                offset += written
            }
            return nil
        }
        if let failure { throw failure }
    }
}
