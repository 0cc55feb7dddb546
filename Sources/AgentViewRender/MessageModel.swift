import AgentViewCore
import Mustache

/// One bubble of the conversation: who wrote it, when, what it says, and for end-user messages
/// whether it carries the mark and which rule of docs/rules.md §5 decided.
struct MessageModel {
    let message: TicketView.MessageView
    let context: PageContext

    /// `{id, role, isEndUser, name, initials, checkMark, rule, ruleShort, time, isPrivate, content}`.
    var value: MustacheValue {
        let entry = message.entry
        let isEndUser = entry.role == .endUser
        return [
            "id": .string(entry.id),
            "role": .string(entry.role.rawValue),
            "isEndUser": .bool(isEndUser),
            "name": .string(LookalikeText.shown(authorName)),
            "initials": .string(Avatar.initials(authorName)),
            "checkMark": .bool(isEndUser && message.decision.checkMark),
            "rule": .string(MarkExplanation.message(message.decision, isMessagingMessage: entry.isMessagingMessage)),
            "ruleShort": .string(
                MarkExplanation.shortMessage(message.decision, isMessagingMessage: entry.isMessagingMessage)),
            "time": context.time.value(entry.time),
            "isPrivate": .bool(!entry.isPublic),
            "content": MessageContentModel(entry: entry, links: context.links).value,
        ]
    }

    /// The name the Agent Workspace puts on the bubble: for end users the Support name (§4, shown in
    /// the conversation), for agents their Support name, else the name the export gives.
    private var authorName: String {
        let entry = message.entry
        switch entry.role {
        case .endUser:
            if case .endUser(let key) = message.author, let user = context.view.user(key), user.isVisibleToAgents {
                return user.shown(.name, on: .conversationHistory) ?? entry.authorName ?? "End user"
            }
            return entry.authorName ?? "End user"
        case .agent:
            return entry.authorSupportUserID.flatMap { context.view.staff[$0]?.name } ?? entry.authorName
                ?? "Agent"
        case .bot:
            return entry.authorName ?? "Bot"
        case .system:
            return entry.authorName ?? "Zendesk"
        }
    }
}
