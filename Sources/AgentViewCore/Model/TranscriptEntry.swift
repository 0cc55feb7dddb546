/// One line of a ticket's transcript as the agent's conversation shows it, whatever its source.
public struct TranscriptEntry: Sendable, Equatable {
    /// Who wrote it, as the Agent Workspace tells bubbles apart.
    public enum Role: String, Sendable {
        case endUser = "end-user", agent, bot, system
    }

    /// Where a transcript came from (docs/rules.md §10).
    public enum Source: String, Sendable {
        case conversationLog = "conversation-log", messages, comments, none
    }

    /// The Sunshine message id when known, else the event or comment id.
    public var id: String
    public var time: Timestamp?
    public var role: Role
    /// The author's messaging user id as written (may be a discarded id; resolve through the alias map).
    public var authorMessagingUserID: String?
    public var authorSupportUserID: String?
    public var authorName: String?
    public var content: MessageContent
    /// A comment's input HTML, shown only as text.
    public var htmlBody: String?
    public var conversationID: String?
    public var isPublic: Bool = true
    /// `author.user.authenticated` from a `conversation:message` webhook (docs/rules.md §5 rule 1).
    public var authenticatedAtSend: Bool?
    /// A messaging message, or a comment that is the Support copy of one (`TranscriptBuilder.isMessagingComment`),
    /// as opposed to a web form, email or API comment or the private "Conversation with …" note: only messaging
    /// messages can carry the end-user mark.
    public var isMessagingMessage: Bool = true
}
