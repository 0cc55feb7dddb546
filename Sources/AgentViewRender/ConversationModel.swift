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
        // Anchors are numbered over the whole transcript, so each is unique across all the ticket's parts. A part
        // of a longer ticket is given the repeats (or works them out); a whole transcript finds them once its
        // bubbles are built, from the anchors they were given.
        let anchors = context.links.messageAnchors
        let whole = shown == messages.indices
        let repeats =
            anchors ? self.repeats ?? (whole ? nil : TicketView.repeatedAnchors(messages.map(\.id))) : nil
        var firstAnchors: [String] = []
        firstAnchors.reserveCapacity(anchors && repeats == nil ? shown.count : 0)
        var bylines = BylineCache()
        var bubbles = shown.map { position in
            // A message builds its entry on each read: build it once for its byline, its anchor and its bubble.
            let message = messages[position]
            let entry = message.entry
            var model = MessageModel(
                entry: entry, decision: message.decision,
                byline: bylines.byline(of: entry, author: message.author, context: context), context: context)
            if let repeats {
                model.anchor = TicketView.messageAnchor(for: entry.id, occurrence: repeats[position] ?? 1)
            } else if anchors {
                let anchor = TicketView.messageAnchor(for: entry.id)
                model.anchor = anchor
                firstAnchors.append(anchor)
            }
            return model.value
        }
        if !firstAnchors.isEmpty {
            Self.numberRepeats(firstAnchors, of: &bubbles, ids: { messages[$0].id })
        }
        return [
            "domID": .string(domID),
            "headingLevel": .init(headingLevel),
            "namesTicket": .bool(headingLevel > 2),
            "ticketID": .string(LookalikeText.cut(ticket.ticket.id)),
            "messages": .list(bubbles),
            "hasMessages": .bool(!messages.isEmpty),
            "rows": MustacheValue(
                whole ? nil : "messages \(shown.lowerBound + 1)–\(shown.upperBound) of \(messages.count)"),
            "source": .string(Wording.transcript(ticket.transcriptSource)),
            "conversationID": MustacheValue(ticket.conversationID),
        ]
    }

    /// Renumbers the bubbles whose anchor an earlier bubble already has (`.2`, `.3`, …), as
    /// `TicketView.messageAnchors` does; `anchors` are the first-occurrence anchors by position, `ids` the ids.
    ///
    /// Sorting the anchors puts equal ones next to each other, in transcript order, so the repeats are found
    /// without cleaning every id a second time or hashing it (`TicketView.repeatedAnchors`); they are almost
    /// never there (a hostile export repeating an id), and only those bubbles are changed.
    private static func numberRepeats(_ anchors: [String], of bubbles: inout [MustacheValue], ids: (Int) -> String) {
        let order = anchors.indices.sorted { anchors[$0] < anchors[$1] || (anchors[$0] == anchors[$1] && $0 < $1) }
        var first = 0
        for place in order.indices.dropFirst() {
            let position = order[place]
            guard anchors[position] == anchors[order[first]] else {
                first = place
                continue
            }
            guard case .map(var bubble) = bubbles[position] else { continue }
            bubble["anchor"] = .string(TicketView.messageAnchor(for: ids(position), occurrence: place - first + 1))
            bubbles[position] = .map(bubble)
        }
    }
}
