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
        /// A page of the user list, from 0, in the site's one plan of it.
        case index(page: Int, plan: IndexPlan)
        /// A page of the diagnostics, from 0, in the site's one plan of them.
        case diagnostics(page: Int, plan: DiagnosticsPlan)
        /// The user at this position of `AgentView.users`.
        case user(Int)
        /// The ticket at this position of `AgentView.tickets`.
        case ticket(Int)
    }

    /// The file's path relative to the output folder, such as `tickets/5001.html`.
    public let path: String
    public let content: Content
}
