import AgentViewCore
import AgentViewRender

/// The last step of `agentview render`: the site and `snapshot.json` of a view, written into a fresh
/// folder that replaces the output folder whole (`OutputFolder`), pages rendered on every core.
///
/// Public so that the render benchmark measures exactly what the command does.
public enum SiteOutput {
    /// What writing took: pages written, their bytes, and thread-seconds by activity.
    public struct Figures: Sendable {
        public var pages = 0
        public var bytes = 0
        /// Thread-seconds spent building page models and rendering templates.
        public var renderSeconds = 0.0
        /// Thread-seconds spent in `open`/`write`/`close` of pages.
        public var writeSeconds = 0.0
    }

    /// Writes the site of `view` to the folder at `path`, once `OutputGuard` allows it given the command's
    /// `inputs`; `progress` hears pages written and the total,
    /// from any thread.
    @discardableResult
    public static func write(
        _ view: AgentView, with renderer: PageRenderer, to path: String, inputs: [String] = [],
        progress: @escaping @Sendable (_ written: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> Figures {
        let pages = renderer.pages(of: view)
        var figures = Figures()
        try OutputFolder(path: path, inputs: inputs).replace { staging in
            try staging.stream(to: "snapshot.json") { write in try Snapshot.write(view, to: write) }
            figures = try SiteWriter(renderer: renderer, view: view).write(pages, into: staging) { written in
                progress(written, pages.count)
            }
        }
        return figures
    }
}
