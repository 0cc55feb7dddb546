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

    /// The size from which a heap block is a mapping of its own (`mapLargeBlocks`).
    static let largeBlockBytes = 256 << 10

    /// Makes every block of `largeBlockBytes` or more a mapping of its own, given back to the system the moment
    /// it is freed, for the rest of the process; idempotent. Called before an export is loaded.
    ///
    /// glibc starts mapping blocks from 128 KiB, but raises that size to the largest mapped block freed, up to
    /// 32 MiB: once the loader frees a large file's bytes, the view's tables, sets and lists (up to tens of MB
    /// each) come from the threads' arenas, and, freed, stay there beside what comes next. With the size fixed,
    /// the peak resident size at 10,000 users fell from 553–571 MB to 512–521 MB in RenderBenchmark, varying
    /// less from run to run, at no cost in time that the runs could tell.
    static func mapLargeBlocks() {
        _ = largeBlocksMapped
    }

    private static let largeBlocksMapped: Void = agentview_map_blocks_from(Int32(largeBlockBytes))
}
