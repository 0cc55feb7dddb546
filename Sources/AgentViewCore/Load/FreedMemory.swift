import CSystem

/// The heap memory a process has freed but the C library still holds.
enum FreedMemory {
    /// Gives the free pages back to the system (glibc's `malloc_trim`), so that the next stage's allocations
    /// do not come on top of them in the peak resident size.
    ///
    /// glibc keeps what a thread frees in that thread's arena, for that thread to reuse: the trees and
    /// per-file record lists freed by the loader's worker threads are not reused by the main thread's work
    /// that follows. Call it after a stage has dropped large structures, not in a loop: it walks every arena.
    static func release() {
        agentview_release_free_memory()
    }
}
