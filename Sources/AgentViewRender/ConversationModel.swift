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
        let anchors = context.links.messageAnchors ? messageAnchors(shown) : nil
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
                    model.anchor = anchors?[position - shown.lowerBound]
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

    /// The anchors (`TicketView.messageAnchors`) of the messages at `shown`, in order.
    ///
    /// Anchors are numbered over the whole transcript, so each is unique across all the ticket's parts. Without
    /// `repeats` (a ticket of one part) each message's first-occurrence anchor is built once, and sorting them
    /// finds the repeats: working out `TicketView.repeatedAnchors` first would clean every id twice and hash it.
    private func messageAnchors(_ shown: Range<Int>) -> [String] {
        let messages = ticket.messages
        if let repeats {
            return shown.map { TicketView.messageAnchor(for: messages[$0].id, occurrence: repeats[$0] ?? 1) }
        }
        var anchors = messages.map { TicketView.messageAnchor(for: $0.id) }
        // Equal anchors end up next to each other, in transcript order: the first keeps its anchor, the next
        // ones get theirs with the occurrence (almost never: only a hostile export repeats an id).
        let order = anchors.indices.sorted { anchors[$0] < anchors[$1] || (anchors[$0] == anchors[$1] && $0 < $1) }
        var first = 0
        for place in order.indices.dropFirst() {
            let position = order[place]
            if anchors[position] == anchors[order[first]] {
                anchors[position] = TicketView.messageAnchor(
                    for: messages[position].id, occurrence: place - first + 1)
            } else {
                first = place
            }
        }
        return shown == messages.indices ? anchors : Array(anchors[shown])
    }
}
