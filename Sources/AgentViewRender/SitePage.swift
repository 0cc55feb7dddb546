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
        /// A part (from 0) of the page of the user at this position of `AgentView.users` (`PagePart`).
        case user(Int, part: Int)
        /// A part (from 0) of the page of the ticket at this position of `AgentView.tickets` (`PagePart`), with
        /// the ticket's repeated message anchors when it has several parts, worked out once for all of them.
        case ticket(Int, part: Int, repeats: RepeatedAnchors?)
    }

    /// The file's path relative to the output folder, such as `tickets/5001.html`.
    public let path: String
    public let content: Content
}

/// `TicketView.repeatedAnchors` of a ticket of several parts, shared by the descriptions of its parts so that
/// no part scans the whole transcript again: writing a ticket of n messages costs O(n), not O(n²/50).
public final class RepeatedAnchors: Sendable, Equatable {
    /// Position in the transcript → occurrence (2, 3, …) of its anchor; empty unless ids repeat.
    let occurrences: [Int: Int]

    init(_ ticket: TicketView) { occurrences = TicketView.repeatedAnchors(ticket.messages.map(\.id)) }

    public static func == (lhs: RepeatedAnchors, rhs: RepeatedAnchors) -> Bool { lhs === rhs }
}
