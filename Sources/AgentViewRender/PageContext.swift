import AgentViewCore

/// What every view model needs to build one page: the indexed view, where links go, how times read.
struct PageContext: Sendable {
    let index: ViewIndex
    let links: PageLinks
    let time: TimeDisplay

    /// The export's settings (cap, time zone, essentials fields).
    var settings: Settings { index.view.settings }
}
