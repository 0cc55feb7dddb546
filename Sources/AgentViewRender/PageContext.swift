import AgentViewCore

/// What every view model needs to build one page: the indexed view, where links go, how times read.
struct PageContext: Sendable {
    /// The view, with the lookups every page uses.
    let view: AgentView
    let links: PageLinks
    let time: TimeDisplay

    /// The export's settings (cap, time zone, essentials fields).
    var settings: Settings { view.settings }
}
