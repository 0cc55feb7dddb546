import AgentViewCore
import Mustache

/// One bubble of the conversation: who wrote it, when, what it says, and for end-user messages
/// whether it carries the mark and which rule of docs/rules.md §5 decided.
struct MessageModel {
    let entry: TranscriptEntry
    let author: MessageAuthor
    /// The §5 decision; nil for a message no ticket shows (a conversation agents never see), which
    /// makes no claim about the mark.
    let decision: MessageCheckMark.Decision?
    let context: PageContext
    /// The message's `id` on a ticket page (`TicketView.messageAnchors`); nil elsewhere.
    var anchor: String? = nil

    /// Any transcript line; `decision` nil shows it with no mark and no rule.
    init(entry: TranscriptEntry, author: MessageAuthor, decision: MessageCheckMark.Decision?, context: PageContext) {
        self.entry = entry
        self.author = author
        self.decision = decision
        self.context = context
    }

    /// `{id, anchor, role, isEndUser, showsRule, name, initials, checkMark, caption, time, isPrivate, content}`;
    /// the caption says in words whether the message is marked and why.
    var value: MustacheValue {
        let isEndUser = entry.role == .endUser
        let authorName = authorName
        return [
            // Cut like names: the attribute is for tools, and a hostile id must not weigh on the page.
            "id": .string(LookalikeText.cut(entry.id)),
            // A ticket page's anchor for diff links (docs/rules.md §11 rule 8).
            "anchor": MustacheValue(context.links.messageAnchors ? anchor : nil),
            "role": .string(entry.role.rawValue),
            "isEndUser": .bool(isEndUser),
            "showsRule": .bool(isEndUser && decision != nil),
            "name": .string(LookalikeText.shown(authorName)),
            "initials": .string(Avatar.initials(authorName)),
            "checkMark": .bool(isEndUser && decision?.checkMark == true),
            "caption": .string(
                decision.map { MarkExplanation.caption($0, isMessagingMessage: entry.isMessagingMessage) } ?? ""),
            "time": context.time.value(entry.time),
            "isPrivate": .bool(!entry.isPublic),
            "content": MessageContentModel(entry: entry, links: context.links).value,
        ]
    }

    /// The name the Agent Workspace puts on the bubble: for end users the Support name (§4, shown in
    /// the conversation), for agents their Support name, else the name the export gives.
    private var authorName: String {
        switch entry.role {
        case .endUser:
            if case .endUser(let key) = author, let user = context.view.user(key), user.isVisibleToAgents {
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
