import AgentViewCore

/// What every view model needs to build one page: the indexed view, where links go, how times read.
///
/// A class, made once per page: every model of a page (and every bubble of a conversation) keeps it, and copying
/// a reference to an object of this page alone is one retain, where copying the fields would retain the view and
/// the time zone, objects that every page rendering on another thread retains and releases too.
final class PageContext: Sendable {
    /// The view, with the lookups every page uses.
    let view: AgentView
    let links: PageLinks
    let time: TimeDisplay

    init(view: AgentView, links: PageLinks, time: TimeDisplay) {
        self.view = view
        self.links = links
        self.time = time
    }

    /// The export's settings (cap, time zone, essentials fields).
    var settings: Settings { view.settings }
}
