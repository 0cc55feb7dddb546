import AgentViewCore
import Mustache

/// One bubble of the conversation: who wrote it, when, what it says, and for end-user messages
/// whether it carries the mark and which rule of docs/rules.md §5 decided.
struct MessageModel {
    let entry: TranscriptEntry
    /// The §5 decision; nil for a message no ticket shows (a conversation agents never see), which
    /// makes no claim about the mark.
    let decision: MessageCheckMark.Decision?
    let context: PageContext
    /// The message's `id` on a ticket page (`TicketView.messageAnchors`); nil elsewhere.
    var anchor: String? = nil
    /// The author's name and initials, from the conversation's `BylineCache`.
    let byline: Byline

    /// The name and initials a bubble shows for its author.
    struct Byline {
        let name: String
        let initials: String
    }

    /// Any transcript line; `decision` nil shows it with no mark and no rule.
    init(entry: TranscriptEntry, decision: MessageCheckMark.Decision?, byline: Byline, context: PageContext) {
        self.entry = entry
        self.decision = decision
        self.byline = byline
        self.context = context
    }

    /// `{id, anchor, role, isEndUser, showsRule, name, initials, checkMark, caption, time, isPrivate, content}`;
    /// the caption says in words whether the message is marked and why.
    var value: MustacheValue {
        let isEndUser = entry.role == .endUser
        return [
            // Cut like names: the attribute is for tools, and a hostile id must not weigh on the page.
            "id": .string(LookalikeText.cut(entry.id)),
            // A ticket page's anchor for diff links (docs/rules.md §11 rule 8).
            "anchor": MustacheValue(context.links.messageAnchors ? anchor : nil),
            "role": .string(entry.role.rawValue),
            "isEndUser": .bool(isEndUser),
            "showsRule": .bool(isEndUser && decision != nil),
            "name": .string(byline.name),
            "initials": .string(byline.initials),
            "checkMark": .bool(isEndUser && decision?.checkMark == true),
            "caption": .string(
                decision.map { MarkExplanation.caption($0, isMessagingMessage: entry.isMessagingMessage) } ?? ""),
            "time": context.time.value(entry.time),
            "isPrivate": .bool(!entry.isPublic),
            "content": MessageContentModel(entry: entry, links: context.links).value,
        ]
    }

    /// The bubble's name, as shown, and initials for a line by `author`.
    static func byline(of entry: TranscriptEntry, author: MessageAuthor, context: PageContext) -> Byline {
        let name = authorName(of: entry, author: author, context: context)
        return Byline(name: LookalikeText.shown(name), initials: Avatar.initials(name))
    }

    /// The name the Agent Workspace puts on the bubble: for end users the Support name (§4, shown in
    /// the conversation), for agents their Support name, else the name the export gives.
    private static func authorName(of entry: TranscriptEntry, author: MessageAuthor, context: PageContext) -> String {
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
