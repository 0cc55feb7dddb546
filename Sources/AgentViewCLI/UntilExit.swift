import Foundation

/// Values that are freed only by the end of the process, never one by one.
///
/// Freeing the view of a 1 GB export took about a second on one core at the very end of a render (a
/// million messages whose strings are each their own allocation), while the kernel takes a process's memory
/// back at once when it exits; `merge` likewise keeps the shard files it read. `main` hands one to `CLI.run`
/// and exits right after; tests, which run many commands in one process, give none, and every value is freed
/// as usual.
public final class UntilExit: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Any] = []

    public init() {}

    /// Keeps `value` alive until the process ends: an object, or a value whose storage it holds.
    func keep(_ value: Any) {
        lock.withLock { values.append(value) }
    }

    /// How many values are kept: what a test reads to see that a command handed its large values over.
    public var count: Int { lock.withLock { values.count } }
}
