import AgentViewCore
import Mustache

/// A user's tickets with their mark, rank and reason (docs/rules.md §6), in the order agents look at them
/// (`agentOrder`).
struct TicketListModel {
    let user: UserView
    let context: PageContext
    /// The marks to list instead of all the user's, in their order (a part of a long tickets table).
    var only: [ActiveTicketCap.Mark]? = nil

    /// `[{id, href, subject, status, statusLabel, channel, checkMark, rank, explanation}]`.
    var value: MustacheValue {
        let ranked = user.ticketSummary.ranked
        return .list((only ?? Self.agentOrder(of: user)).map { row($0, context.view.ticket($0.ticketID), ranked) })
    }

    /// The rows of tickets already looked up, as `value` shows them: the interactions list finds the user's
    /// other tickets by their views, and looking each up again by id would hash its id once more.
    func rows(of views: [TicketView]) -> MustacheValue {
        let ranked = user.ticketSummary.ranked
        return .list(views.compactMap { view in view.mark.map { row($0, view, ranked) } })
    }

    /// One row: the ticket with its mark; `view` is nil when the export lacks the ticket, `ranked` counts the
    /// user's ranked tickets.
    private func row(_ mark: ActiveTicketCap.Mark, _ view: TicketView?, _ ranked: Int) -> MustacheValue {
        // The view, not its `Ticket`: reading two fields through the class copies no record.
        [
            "id": .string(LookalikeText.cut(mark.ticketID)),
            "href": MustacheValue(context.links.ticket(mark.ticketID)),
            // Cut like names, so a part of a user's tickets table stays bounded (docs/rules.md §11).
            "subject": .string(LookalikeText.cut(view?.ticket.subject ?? "(no subject)")),
            "status": .string(mark.status),
            "statusLabel": .string(Wording.status(mark.status)),
            "channel": .string(Wording.channel(view?.ticket.channel)),
            "checkMark": .bool(mark.checkMark),
            "rank": mark.rank.map { MustacheValue($0) } ?? .null,
            "explanation": .string(
                MarkExplanation.ticket(
                    mark, channel: view?.ticket.channel, ranked: ranked, cap: context.settings.activeTicketCap)),
        ]
    }

    /// A user's tickets in the order agents look at them (`UserView.TicketSummary.agentOrder`, sorted once).
    static func agentOrder(of user: UserView) -> [ActiveTicketCap.Mark] {
        user.ticketSummary.agentOrder.map { user.tickets[$0] }
    }
}
