import AgentViewCore
import Mustache

/// A ticket's conversation as bubbles, end user, agent, bot and system told apart (docs/rules.md §10).
struct ConversationModel {
    let ticket: TicketView
    let context: PageContext
    /// The section's id: `conversation` on a ticket page, one per ticket in a report.
    let domID: String
    /// The level of the section's heading, so it nests under the page's headings.
    let headingLevel: Int
    /// The positions of the transcript this part of a ticket page shows; nil for all of it (a report).
    var shown: Range<Int>? = nil
    /// The transcript's `TicketView.repeatedAnchors` when known; nil works them out from the transcript.
    var repeats: [Int: Int]? = nil

    /// `{domID, headingLevel, namesTicket, ticketID, messages, hasMessages, rows, source, conversationID}`; each
    /// end-user message's caption says whether it is marked and why. Nested under a ticket heading (a
    /// report's tickets) the heading names its ticket, so no two regions of a page share a name.
    var value: MustacheValue {
        let messages = ticket.messages
        let shown = self.shown ?? messages.indices
        // Anchors are numbered over the whole transcript, so each is unique across all the ticket's parts.
        let anchors = context.links.messageAnchors
        let repeats = anchors ? self.repeats ?? TicketView.repeatedAnchors(messages.map(\.id)) : [:]
        var bylines = BylineCache()
        return [
            "domID": .string(domID),
            "headingLevel": .init(headingLevel),
            "namesTicket": .bool(headingLevel > 2),
            "ticketID": .string(LookalikeText.cut(ticket.ticket.id)),
            "messages": .list(
                shown.map { position in
                    // A message builds its entry on each read: build it once for its anchor and its bubble.
                    let message = messages[position]
                    let entry = message.entry
                    var model = MessageModel(
                        entry: entry, decision: message.decision,
                        byline: bylines.byline(of: entry, author: message.author, context: context), context: context)
                    if anchors {
                        model.anchor = TicketView.messageAnchor(for: entry.id, occurrence: repeats[position] ?? 1)
                    }
                    return model.value
                }),
            "hasMessages": .bool(!messages.isEmpty),
            "rows": MustacheValue(
                shown.count == messages.count
                    ? nil : "messages \(shown.lowerBound + 1)–\(shown.upperBound) of \(messages.count)"),
            "source": .string(Wording.transcript(ticket.transcriptSource)),
            "conversationID": MustacheValue(ticket.conversationID),
        ]
    }
}
