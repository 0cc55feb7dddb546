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

    /// `{domID, headingLevel, messages, hasMessages, rules, hasRules, source, conversationID}`.
    var value: MustacheValue {
        let rules = ruleLegend
        return [
            "domID": .string(domID),
            "headingLevel": .init(headingLevel),
            "messages": .list(ticket.messages.map { MessageModel(message: $0, context: context).value }),
            "hasMessages": .bool(!ticket.messages.isEmpty),
            "rules": .list(rules),
            "hasRules": .bool(!rules.isEmpty),
            "source": .string(Wording.transcript(ticket.transcriptSource)),
            "conversationID": MustacheValue(ticket.conversationID),
        ]
    }

    /// Each rule that decided an end-user message of this conversation, explained once, in the order
    /// the messages first use it: the bubbles name the rule in a few words, the legend says what it means.
    private var ruleLegend: [MustacheValue] {
        var seen: Set<String> = []
        var legend: [MustacheValue] = []
        for message in ticket.messages where message.entry.role == .endUser {
            let isMessaging = message.entry.isMessagingMessage
            let rule = MarkExplanation.message(message.decision, isMessagingMessage: isMessaging)
            guard seen.insert(rule).inserted else { continue }
            let short = MarkExplanation.shortMessage(message.decision, isMessagingMessage: isMessaging)
            legend.append(["ruleShort": .string(short), "rule": .string(rule)])
        }
        return legend
    }
}
