import AgentViewCore
import Foundation

/// A shard's `shard.json`, held open for the whole merge: read whole once to be parsed, then read again,
/// front to back, for the snapshot entries the merge copies into `snapshot.json`.
///
/// The merge keeps only the entries' places (`ShardMerge.EntryPlace`), not their bytes, so its memory does
/// not grow with the snapshot. The file is read again through the descriptor it was first read from, and
/// its size and times are checked when the merge is done with it: a file rewritten in the meantime fails
/// the merge rather than mixing two versions into one snapshot.
final class OpenShardFile {
    let path: String
    private let descriptor: Int32
    private let status: stat
    /// A window on the file, from `windowStart`: entries are asked for in the order of the file, so each
    /// byte is read about once.
    private var window: [UInt8] = []
    private var windowStart = 0
    private static let windowSize = 1 << 20

    /// Opens the file: a regular file only (`EINVAL` for a FIFO or device, which another job may have planted
    /// in a shard folder and whose read would wait forever; `EISDIR` for a folder), and one this machine can
    /// hold (`EFBIG` past a quarter of its memory, as the export loader refuses).
    init(path: String) throws(FileSystemError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError.current("open", path) }
        var status = stat()
        var failure: FileSystemError?
        if fstat(descriptor, &status) != 0 {
            failure = .current("read", path)
        } else if status.st_mode & S_IFMT != S_IFREG {
            failure = FileSystemError(
                operation: "read", path: path, code: status.st_mode & S_IFMT == S_IFDIR ? EISDIR : EINVAL)
        } else if UInt64(status.st_size) > ProcessInfo.processInfo.physicalMemory / 4 {
            failure = FileSystemError(operation: "read", path: path, code: EFBIG)
        }
        if let failure {
            close(descriptor)
            throw failure
        }
        self.status = status
    }

    deinit { close(descriptor) }

    /// Raises the soft limit on open descriptors, as far as the hard limit allows, so that `count` shard files
    /// can be held open at once beside the few the merge writes: a soft limit of 1,024 is common, and
    /// `--shard` allows 1,000 shards.
    static func allowOpen(_ count: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        let wanted = rlim_t(count + 64)
        guard limit.rlim_cur < wanted else { return }
        limit.rlim_cur = min(wanted, limit.rlim_max)
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// The whole file, as it was when it was opened.
    func contents() throws(FileSystemError) -> [UInt8] {
        try read(count: Int(status.st_size), at: 0)
    }

    /// Gives `body` the bytes of `range`, read again from the file.
    func withBytes(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        if range.lowerBound < windowStart || range.upperBound > windowStart + window.count {
            windowStart = range.lowerBound
            window = try read(
                count: min(max(range.count, Self.windowSize), Int(status.st_size) - range.lowerBound),
                at: range.lowerBound)
            guard range.upperBound <= windowStart + window.count else { throw changed() }
        }
        try window.withUnsafeBufferPointer { window in
            try body(
                UnsafeBufferPointer(
                    rebasing: window[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)]))
        }
    }

    /// Throws when the file is no longer as it was opened: another size, or written to since.
    func checkUnchanged() throws {
        var now = stat()
        guard fstat(descriptor, &now) == 0 else { throw FileSystemError.current("read", path) }
        guard now.st_size == status.st_size, now.st_mtim.tv_sec == status.st_mtim.tv_sec,
            now.st_mtim.tv_nsec == status.st_mtim.tv_nsec
        else { throw changed() }
    }

    /// A shard file that changed while the merge read it.
    struct Changed: Error, CustomStringConvertible {
        var path: String

        var description: String {
            "'\(TerminalText.safe(path))' changed while it was merged; merge again once nothing writes to it"
        }
    }

    private func changed() -> Changed { Changed(path: path) }

    /// `count` bytes from `offset`, going on after interrupted or partial reads; fewer only at the file's end.
    private func read(count: Int, at offset: Int) throws(FileSystemError) -> [UInt8] {
        guard count > 0 else { return [] }
        var failure: FileSystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let got = pread(
                    descriptor, buffer.baseAddress! + initialized, count - initialized, off_t(offset + initialized))
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = .current("read", path)
                    return
                }
                if got == 0 { return }
                initialized += got
            }
        }
        if let failure { throw failure }
        return bytes
    }
}
