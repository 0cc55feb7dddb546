import AgentViewCore
import Mustache

/// A user's tickets with their mark, rank and reason (docs/rules.md §6), in the order agents look at them
/// (`agentOrder`).
struct TicketListModel {
    let user: UserView
    let context: PageContext
    /// The marks to list instead of all the user's, in their order (the interactions list).
    var only: [ActiveTicketCap.Mark]? = nil

    /// `[{id, href, subject, status, statusLabel, channel, checkMark, rank, explanation}]`.
    var value: MustacheValue {
        let ranked = user.ticketSummary.ranked
        return .list(
            (only ?? Self.agentOrder(user.tickets, byRecency: user.ticketSummary.idsByRecency)).map { mark in
                // The view, not its `Ticket`: reading two fields through the class copies no record.
                let view = context.view.ticket(mark.ticketID)
                return [
                    "id": .string(mark.ticketID),
                    "href": MustacheValue(context.links.ticket(mark.ticketID)),
                    "subject": MustacheValue(view?.ticket.subject ?? "(no subject)"),
                    "status": .string(mark.status),
                    "statusLabel": .string(Wording.status(mark.status)),
                    "channel": .string(Wording.channel(view?.ticket.channel)),
                    "checkMark": .bool(mark.checkMark),
                    "rank": mark.rank.map { MustacheValue($0) } ?? .null,
                    "explanation": .string(
                        MarkExplanation.ticket(
                            mark, channel: view?.ticket.channel, ranked: ranked, cap: context.settings.activeTicketCap)),
                ]
            })
    }

    /// Active tickets first, in their §6 rank (so the marked ones lead and those over the cap follow), then
    /// active tickets with no rank (email, channels that are not messaging), most recently updated first,
    /// then the solved and closed ones, most recently updated first.
    static func agentOrder(_ marks: [ActiveTicketCap.Mark], byRecency: [String]) -> [ActiveTicketCap.Mark] {
        var recency: [String: Int] = [:]
        for (place, id) in byRecency.enumerated() where recency[id] == nil { recency[id] = place }
        func key(_ mark: ActiveTicketCap.Mark) -> (Int, Int, Int) {
            let recent = recency[mark.ticketID] ?? Int.max
            if mark.isActive, let rank = mark.rank { return (0, rank, recent) }
            return (mark.isActive ? 1 : 2, 0, recent)
        }
        // Stable: ties keep the ticket-id order the marks come in.
        return marks.enumerated().sorted { lhs, rhs in
            let (l, r) = (key(lhs.element), key(rhs.element))
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
