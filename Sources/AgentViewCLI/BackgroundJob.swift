import Dispatch
import Foundation

/// Work run on a thread of its own while the caller goes on; `wait()` joins it and rethrows its error.
///
/// The caller must always wait before it lets go of what the work uses (a staging folder that is removed
/// on failure, for one): nothing stops the thread early.
final class BackgroundJob: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the job before it signals `done`, read only after `wait()` saw the signal.
    private var failure: (any Error)?

    /// Starts `work` at once.
    init(named name: String, _ work: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            do {
                try work()
            } catch {
                failure = error
            }
            done.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Waits for the work to end and throws what it threw.
    func wait() throws {
        done.wait()
        if let failure { throw failure }
    }
}
