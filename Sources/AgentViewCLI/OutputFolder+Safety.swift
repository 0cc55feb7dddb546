import AgentViewCore
import Dispatch
import Foundation

/// An exclusive lock on a folder, held while a run replaces something in it, so two runs into one
/// `--out` take turns instead of tearing each other's folders apart (`flock(2)` on the folder itself,
/// so no lock file is left behind).
struct FolderLock {
    private let descriptor: Int32

    /// Waits for and takes the lock on the folder at `path`.
    init(_ path: String) throws(FileSystemError) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current("open the folder", path) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let failure = FileSystemError.current("lock the folder", path)
                close(descriptor)
                throw failure
            }
        }
    }

    /// Releases the lock.
    func release() {
        close(descriptor)
    }
}

/// The folders a run leaves beside `--out` while it works, and how a later run tidies after one that
/// was killed (SIGKILL, a power cut): `.NAME.agentview-new-PID` (being written) and
/// `.NAME.agentview-old-PID` (the previous output, during a swap without an atomic exchange).
enum Leftovers {
    static func stagingName(of name: String, pid: Int32) -> String { ".\(name).agentview-new-\(pid)" }
    static func retiredName(of name: String, pid: Int32) -> String { ".\(name).agentview-old-\(pid)" }

    /// Removes the leftovers of runs into `name` whose process is gone; puts a retired output back
    /// when the kill left `name` missing. Runs still alive are left alone, and so is anything named like a
    /// leftover that is not one (`isOurs`): a user's folder is never removed or moved for its name.
    static func clean(name: String, in parent: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        let ownPID = ProcessInfo.processInfo.processIdentifier
        let target = parent + "/" + name
        for entry in names.sorted() {
            guard let (kind, pid) = parse(entry, name: name), pid == ownPID || !isAlive(pid) else { continue }
            let path = parent + "/" + entry
            guard isOurs(path) else { continue }
            var status = stat()
            if kind == "old", lstat(target, &status) != 0, errno == ENOENT, rename(path, target) == 0 { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The kind (`new` or `old`) and process id of a leftover's name, nil for any other name.
    static func parse(_ entry: String, name: String) -> (kind: String, pid: Int32)? {
        for kind in ["new", "old"] {
            let prefix = ".\(name).agentview-\(kind)-"
            guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 else { continue }
            return (kind, pid)
        }
        return nil
    }

    /// Whether a leftover is ours to remove or put back: a folder holding our marker (written first into every
    /// staging folder, and held by every output a swap retires), an empty folder (a run killed before it wrote
    /// the marker), or a link (an output that was a link, which a swap retires as it is, never what it points
    /// to).
    static func isOurs(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return true
        case S_IFDIR:
            return OutputMarker.isPresent(in: path)
                || (try? FileManager.default.contentsOfDirectory(atPath: path))?
                    .isEmpty == true
        default: return false
        }
    }

    /// Whether a process with this id exists (one owned by another user counts).
    private static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

/// Removes the staging folder when the run is interrupted (SIGINT from Ctrl-C, SIGTERM from a CI
/// runner's timeout, SIGHUP from a closed terminal), then ends the process by the same signal.
///
/// `install()` blocks the three signals in the calling thread, which every thread started after it
/// inherits, and one thread waits for them with `sigwait(3)`: the cleanup runs as ordinary code, not
/// in a signal handler. Call it first thing in the process, before any other thread exists.
final class Interruption: @unchecked Sendable {
    static let shared = Interruption()
    private static let handled = [SIGINT, SIGTERM, SIGHUP]

    private let lock = NSLock()
    private var path: String?
    private var signalled = false
    private var installed = false
    /// Whether a swap put new output in place: a signal after it stops the process with the output written.
    private var committed = false

    /// Starts listening for the signals; later calls do nothing.
    func install() {
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        var set = Self.signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let thread = Thread { [self] in
            var set = Self.signalSet()
            var received: Int32 = 0
            while sigwait(&set, &received) != 0 {}
            interrupted(by: received)
        }
        thread.name = "agentview.interruption"
        thread.start()
    }

    /// Names the folder to remove on a signal; nil when there is none any more.
    func removeOnSignal(_ path: String?) {
        lock.withLock { self.path = path }
    }

    /// Never returns once a signal arrived: the listener is removing the staging folder and will end
    /// the process by that signal, so a writer that failed because its folder went must not report it.
    func haltIfInterrupted() {
        guard lock.withLock({ signalled }) else { return }
        while true { sleep(60) }
    }

    /// Runs the swap that puts new output in place, unless a signal came first (then never returns).
    /// A signal arriving during the swap waits for it, so a half-removed staging folder is never
    /// swapped in, and what the swap leaves at the staging path is no longer removed on a signal.
    func commit<Result>(_ swap: () throws -> Result) rethrows -> Result {
        lock.lock()
        if signalled {
            lock.unlock()
            haltIfInterrupted()
        }
        defer { lock.unlock() }
        path = nil
        let result = try swap()
        committed = true
        return result
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signalNumber in handled { sigaddset(&set, signalNumber) }
        return set
    }

    private func interrupted(by signalNumber: Int32) {
        let (path, committed) = lock.withLock {
            signalled = true
            return (self.path, self.committed)
        }
        if let path {
            // Writers may still be adding files while it goes: try until nothing is left.
            for _ in 0..<50 where FileManager.default.fileExists(atPath: path) {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        // Even under --quiet: a CI log must say why the job ended, and that no half-written output is left.
        let name = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP"][signalNumber] ?? "signal \(signalNumber)"
        let line =
            committed
            ? "agentview: stopped by \(name) after the output was in place\n"
            : "agentview: stopped by \(name); nothing was written, and any earlier output is as it was\n"
        FileHandle.standardError.write(Data(line.utf8))
        signal(signalNumber, SIG_DFL)
        // Only this signal: another one pending (SIGHUP after SIGINT) would end the process by a signal the line
        // above did not name.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        kill(getpid(), signalNumber)
        // Another thread may still have the signal blocked; make sure the process ends by it.
        raise(signalNumber)
        exit(128 + signalNumber)
    }
}

/// Swaps two folders in one step, with `renameat2(RENAME_EXCHANGE)` where the C library and the
/// file system offer it.
enum FolderSwap {
    private typealias RenameAt2 =
        @convention(c) (
            Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32
    private static let renameExchange: UInt32 = 1 << 1

    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Exchanges the entries at `first` and `second`; false when that is not possible here, with nothing changed.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
    }
}
