import AgentViewCore
import Mustache

/// `tickets/<id>.html`: the agent's ticket view: header, conversation, and the context panel with the
/// requester's essentials card and other tickets (interactions).
///
/// A long conversation is cut into parts of `PagePart.messagesPerPart` messages (`tickets/<id>.page-2.html`,
/// …), each the whole ticket view around its messages, with links to the other parts (docs/rules.md §11).
struct TicketPage: PageModel {
    let ticket: TicketView
    let context: PageContext
    /// The part, from 0.
    var part = 0
    /// The ticket's `TicketView.repeatedAnchors`, when the renderer worked them out for all the parts; nil
    /// works them out here.
    var repeats: [Int: Int]? = nil

    /// How many of the requester's other tickets the interactions list shows, most recent first.
    static let interactionLimit = 10

    /// The page's title.
    var title: String {
        partCount > 1
            ? "Ticket #\(LookalikeText.cut(ticket.ticket.id)), part \(part + 1) of \(partCount)"
            : "Ticket #\(LookalikeText.cut(ticket.ticket.id))"
    }

    /// How many parts the ticket's page takes.
    var partCount: Int { PagePart.count(ticket.messages.count, perPart: PagePart.messagesPerPart) }

    /// Everything `ticket.mustache` shows; `pager` links the parts of the conversation.
    var values: MustacheMap {
        let perPart = PagePart.messagesPerPart
        let messages = min(ticket.messages.count, part * perPart)..<min(ticket.messages.count, (part + 1) * perPart)
        let header = TicketHeaderModel(ticket: ticket, context: context)
        let diagnostics = context.view.diagnostics(ofTicket: ticket.ticket.id)
        let diagnosticValues = DiagnosticModel.list(diagnostics, context, limit: PagePart.listLimit)
        var card = MustacheValue.null
        var shown: [TicketView] = []
        var others = 0
        if let requester = header.requester {
            card =
                EssentialsCardModel(user: requester, ticket: ticket, explanation: header.explanation, context: context)
                .value
            // The requester's tickets are ordered once for all their pages: take the first few that are not this one.
            others = requester.tickets.count - (ticket.mark == nil ? 0 : 1)
            for id in requester.ticketSummary.idsByRecency where id != ticket.ticket.id {
                guard shown.count < Self.interactionLimit else { break }
                if let other = context.view.ticket(id), other.mark != nil { shown.append(other) }
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
            "conversation": ConversationModel(
                ticket: ticket, context: context, domID: "conversation", headingLevel: 2, shown: messages,
                repeats: repeats
            ).value,
            "pager": ListPaging.pager(
                label: "Parts of the conversation", current: part, count: partCount,
                path: { context.links.prefix + PagePart.path(ticket.page, part: $0) },
                first: { "message \($0 * perPart + 1)" }),
            "card": card,
            "interactions": header.requester.map { TicketListModel(user: $0, context: context).rows(of: shown) }
                ?? .list([]),
            "hasInteractions": .bool(!shown.isEmpty),
            "moreInteractions": more,
            "diagnostics": diagnosticValues.list,
            "moreDiagnostics": diagnosticValues.more,
            "hasDiagnostics": .bool(!diagnostics.isEmpty),
        ]
    }
}
