import AgentViewCore
import AgentViewRender
import Dispatch
import Foundation

/// Renders the site's pages on every core and writes each straight into the staging folder, so memory
/// holds one page per core, never the site (house style, "Batch work at scale").
///
/// Workers claim pages in chunks, in page order. Every page's bytes depend only on the view, so the
/// output is the same on any number of cores; when pages fail, the error reported is the first failing
/// page's, since every chunk before it was claimed earlier and is finished.
struct SiteWriter {
    let renderer: PageRenderer
    let view: AgentView
    /// How many threads render at once: the cores this process may use.
    var workers = ProcessInfo.processInfo.activeProcessorCount

    /// Pages a worker claims at a time: enough to make claiming cheap, few enough to balance the cores.
    static let chunkSize = 32

    /// Writes every page into the staging folder; `progress` hears the count written so far, from any thread.
    @discardableResult
    func write(
        _ pages: [SitePage], into staging: StagingFolder, progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws -> SiteOutput.Figures {
        for page in pages where StagingFolder.canonical(page.path) != page.path {
            throw OutputFolder.Problem.escapesFolder(path: page.path)
        }
        try staging.createFolders(for: pages.lazy.map(\.path))
        let state = WriteState()
        let chunks = (pages.count + Self.chunkSize - 1) / Self.chunkSize
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, chunks))) { _ in
            let clock = ContinuousClock()
            var buffer: [UInt8] = []
            buffer.reserveCapacity(64 << 10)
            var figures = SiteOutput.Figures()
            while let chunk = state.claim(below: chunks) {
                let range = chunk * Self.chunkSize..<min(pages.count, (chunk + 1) * Self.chunkSize)
                for index in range {
                    do {
                        let started = clock.now
                        try renderer.render(pages[index], of: view, into: &buffer)
                        let rendered = clock.now
                        try OutputFolder.write(buffer, to: pages[index].path, as: pages[index].path, in: staging)
                        figures.renderSeconds += (rendered - started).seconds
                        figures.writeSeconds += (clock.now - rendered).seconds
                        figures.pages += 1
                        figures.bytes += buffer.count
                    } catch {
                        state.fail(at: index, error)
                        break
                    }
                }
                progress(state.finish(range.count))
            }
            state.add(figures)
        }
        if let error = state.firstError { throw error }
        // A text read from an export file that changed since loading is not the export's: no page is kept.
        try view.texts.checkUnchanged()
        return state.figures
    }
}

/// What the workers share: the next chunk to claim, the pages written, and the first failure.
private final class WriteState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextChunk = 0
    private var written = 0
    private var failure: (index: Int, error: any Error)?
    private var totals = SiteOutput.Figures()

    /// The next chunk to render, or nil when all are claimed or a page failed.
    func claim(below count: Int) -> Int? {
        lock.withLock {
            guard failure == nil, nextChunk < count else { return nil }
            defer { nextChunk += 1 }
            return nextChunk
        }
    }

    /// Records a failed page, keeping the one that comes first in page order.
    func fail(at index: Int, _ error: any Error) {
        lock.withLock {
            if failure.map({ index < $0.index }) ?? true { failure = (index, error) }
        }
    }

    /// Counts finished pages and returns the total so far.
    func finish(_ count: Int) -> Int {
        lock.withLock {
            written += count
            return written
        }
    }

    var firstError: (any Error)? { lock.withLock { failure?.error } }

    /// Adds one worker's figures to the totals.
    func add(_ figures: SiteOutput.Figures) {
        lock.withLock {
            totals.pages += figures.pages
            totals.bytes += figures.bytes
            totals.renderSeconds += figures.renderSeconds
            totals.writeSeconds += figures.writeSeconds
        }
    }

    var figures: SiteOutput.Figures { lock.withLock { totals } }
}
