/// A ticket's messaging conversation, from an audit's `ChatStartedEvent` (Zendesk's ticket audits API; docs/rules.md
/// §7) or from its conversation log (docs/rules.md §7 rule 6).
public struct TicketConversationLink: Sendable, Equatable {
    /// Which record tied the ticket to its conversation.
    public enum Source: String, Sendable, Equatable {
        /// An audit's `ChatStartedEvent` names `value.conversation_id`.
        case chatStartedEvent
        /// The ticket's conversation log references (`zen:sunco:conversation_message:<id>`) a message the export
        /// holds, and the conversation is that message's; or its end-user author has exactly one conversation in
        /// the export. A log event names no conversation itself.
        case conversationLog
    }

    public var ticketID: String
    public var conversationID: String
    /// The `value.channel` of the event, e.g. `native_messaging`.
    public var channel: String?
    public var source: Source

    /// Creates a link.
    public init(ticketID: String, conversationID: String, channel: String? = nil, source: Source = .chatStartedEvent) {
        self.ticketID = ticketID
        self.conversationID = conversationID
        self.channel = channel
        self.source = source
    }
}

extension TicketConversationLink: DeduplicatedRecord {
    static let duplicateKind = "ticket conversation"
    var deduplicationID: String { "\(ticketID)/\(conversationID)" }
}
