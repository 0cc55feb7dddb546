import AgentViewCore

/// One file of the site: where it goes in the output folder and what it shows.
///
/// A page is only a description: `PageRenderer.render(_:of:into:)` builds its model and bytes when a
/// writer asks for it, so a site of any size is rendered one page at a time and never held whole.
public struct SitePage: Sendable, Equatable {
    /// What a page shows.
    public enum Content: Sendable, Equatable {
        /// `assets/agentview.css`, the stylesheet every site page links.
        case stylesheet
        case index
        case diagnostics
        /// The user at this position of `AgentView.users`.
        case user(Int)
        /// The ticket at this position of `AgentView.tickets`.
        case ticket(Int)
    }

    /// The file's path relative to the output folder, such as `tickets/5001.html`.
    public let path: String
    public let content: Content
}
