import AgentViewCore
import Mustache

/// The top of the agent's ticket view: subject, status, channel, brand, and the requester's name
/// with the mark when this ticket carries it, or the reason it does not (docs/rules.md §6).
struct TicketHeaderModel {
    let ticket: TicketView
    let context: PageContext
    /// The requester, when the export holds them: looked up once, since the header, its explanation and the
    /// ticket page's card all ask.
    let requester: UserView?
    /// Why the ticket carries the mark or not: built once, since the header and the card both show it.
    let explanation: String

    /// The header of a ticket, on a page with `context`.
    init(ticket: TicketView, context: PageContext) {
        self.ticket = ticket
        self.context = context
        let requester = ticket.requester.flatMap { context.view.user($0) }
        self.requester = requester
        explanation = MarkExplanation.ticket(
            ticket.mark, channel: ticket.ticket.channel, ranked: requester?.ticketSummary.ranked ?? 0,
            cap: context.settings.activeTicketCap)
    }

    /// `{id, anchor, subject, status, statusLabel, channel, brand, created, updated, requester, explanation}`.
    var value: MustacheValue {
        let record = ticket.ticket
        let name =
            requester.map { $0.shown(.name, on: .conversationHistory) ?? "(no name)" }
            ?? "Requester \(record.requesterID.map { LookalikeText.cut($0) } ?? "unknown") (not in the export)"
        return [
            "id": .string(LookalikeText.cut(record.id)),
            "anchor": .string(PageLinks.ticketAnchor(record.id)),
            "subject": .string(LookalikeText.cut(record.subject ?? "(no subject)")),
            "status": .string(record.status),
            "statusLabel": .string(Wording.status(record.status)),
            "channel": .string(Wording.channel(record.channel)),
            "brand": MustacheValue(record.brandID.map { LookalikeText.cut($0) }),
            "created": context.time.value(record.createdAt),
            "updated": context.time.value(record.updatedAt),
            "requester": [
                "name": .string(LookalikeText.shown(name)),
                "initials": .string(Avatar.initials(requester == nil ? nil : name)),
                "checkMark": .bool(ticket.checkMark),
                "href": MustacheValue(ticket.requester.flatMap { requester == nil ? nil : context.links.user($0) }),
                "key": MustacheValue(ticket.requester?.description),
            ],
            "explanation": .string(explanation),
        ]
    }
}
