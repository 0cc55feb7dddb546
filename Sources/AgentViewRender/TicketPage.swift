import AgentViewCore
import Mustache

/// `tickets/<id>.html`: the agent's ticket view: header, conversation, and the context panel with the
/// requester's essentials card and other tickets (interactions).
struct TicketPage: PageModel {
    let ticket: TicketView
    let context: PageContext

    /// How many of the requester's other tickets the interactions list shows, most recent first.
    static let interactionLimit = 10

    /// The page's title.
    var title: String { "Ticket #\(ticket.ticket.id)" }

    /// Everything `ticket.mustache` shows.
    var values: [String: MustacheValue] {
        let header = TicketHeaderModel(ticket: ticket, context: context)
        let diagnostics = context.index.diagnostics(ofTicket: ticket.ticket.id)
        var card = MustacheValue.null
        var interactions: [ActiveTicketCap.Mark] = []
        if let requester = header.requester {
            card =
                EssentialsCardModel(user: requester, ticket: ticket, explanation: header.explanation, context: context)
                .value
            interactions = recentFirst(requester.tickets.filter { $0.ticketID != ticket.ticket.id })
        }
        let shown = Array(interactions.prefix(Self.interactionLimit))
        let more: MustacheValue =
            interactions.count > shown.count
            ? [
                "count": .init(interactions.count - shown.count),
                "href": MustacheValue(ticket.requester.flatMap(context.links.user).map { $0 + "#tickets" }),
            ]
            : .null
        return [
            "header": header.value,
            "conversation": ConversationModel(ticket: ticket, context: context, domID: "conversation", headingLevel: 2)
                .value,
            "card": card,
            "interactions": header.requester.map { TicketListModel(user: $0, context: context, only: shown).value }
                ?? .list([]),
            "hasInteractions": .bool(!shown.isEmpty),
            "moreInteractions": more,
            "diagnostics": DiagnosticModel.list(diagnostics, context),
            "hasDiagnostics": .bool(!diagnostics.isEmpty),
        ]
    }

    /// Tickets most recently updated first, then by id descending, as the interactions list orders them.
    private func recentFirst(_ marks: [ActiveTicketCap.Mark]) -> [ActiveTicketCap.Mark] {
        func updated(_ mark: ActiveTicketCap.Mark) -> Timestamp {
            let ticket = context.index.ticketsByID[mark.ticketID]?.ticket
            return ticket?.updatedAt ?? ticket?.createdAt ?? .distantPast
        }
        return marks.sorted { lhs, rhs in
            let (left, right) = (updated(lhs), updated(rhs))
            return left != right ? left > right : IDOrder.less(rhs.ticketID, lhs.ticketID)
        }
    }
}
