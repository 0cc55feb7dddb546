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
    var values: MustacheMap {
        let header = TicketHeaderModel(ticket: ticket, context: context)
        let diagnostics = context.view.diagnostics(ofTicket: ticket.ticket.id)
        var card = MustacheValue.null
        var shown: [ActiveTicketCap.Mark] = []
        var others = 0
        if let requester = header.requester {
            card =
                EssentialsCardModel(user: requester, ticket: ticket, explanation: header.explanation, context: context)
                .value
            // The requester's tickets are ordered once for all their pages: take the first few that are not this one.
            others = requester.tickets.count - (ticket.mark == nil ? 0 : 1)
            for id in requester.ticketSummary.idsByRecency where id != ticket.ticket.id {
                guard shown.count < Self.interactionLimit else { break }
                if let mark = context.view.ticket(id)?.mark { shown.append(mark) }
            }
        }
        let more: MustacheValue =
            others > shown.count
            ? [
                "count": .init(others - shown.count),
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
}
