import Foundation

/// Tells a person at a terminal what a long render is doing, phase by phase, on stderr.
///
/// It writes only when stderr is a terminal (a script or a CI log sees the summary alone) and not with
/// `--quiet`. Each phase is one line, rewritten in place as its counts grow (at most a few times a
/// second), then left standing with its result. Safe to call from any thread.
final class ProgressReporter: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private var lastUpdate: ContinuousClock.Instant?
    private var lineOpen = false

    /// A reporter that writes when `enabled`; off, every call does nothing.
    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Rewrites the current phase's line, unless it was rewritten less than 0.1 s ago.
    func update(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        lock.withLock {
            let now = clock.now
            if let last = lastUpdate, now - last < .milliseconds(100) { return }
            lastUpdate = now
            emit("\r\u{1B}[K" + text())
            lineOpen = true
        }
    }

    /// Ends the current phase with its result, on a line of its own.
    func finish(_ text: String) {
        guard enabled else { return }
        lock.withLock {
            emit((lineOpen ? "\r\u{1B}[K" : "") + text + "\n")
            lineOpen = false
            lastUpdate = nil
        }
    }

    /// Erases the current phase's line, so that an error written next starts a line of its own.
    func clear() {
        guard enabled else { return }
        lock.withLock {
            if lineOpen { emit("\r\u{1B}[K") }
            lineOpen = false
            lastUpdate = nil
        }
    }

    private func emit(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Megabytes with one decimal, for byte counts.
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
