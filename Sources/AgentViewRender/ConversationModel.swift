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

    /// `{domID, headingLevel, namesTicket, ticketID, messages, hasMessages, source, conversationID}`; each
    /// end-user message's caption says whether it is marked and why. Nested under a ticket heading (a
    /// report's tickets) the heading names its ticket, so no two regions of a page share a name.
    var value: MustacheValue {
        [
            "domID": .string(domID),
            "headingLevel": .init(headingLevel),
            "namesTicket": .bool(headingLevel > 2),
            "ticketID": .string(ticket.ticket.id),
            "messages": .list(ticket.messages.map { MessageModel(message: $0, context: context).value }),
            "hasMessages": .bool(!ticket.messages.isEmpty),
            "source": .string(Wording.transcript(ticket.transcriptSource)),
            "conversationID": MustacheValue(ticket.conversationID),
        ]
    }
}
