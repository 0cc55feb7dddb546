/// A ticket's messaging conversation, from an audit's `ChatStartedEvent` (research/schemas.md §2.6).
public struct TicketConversationLink: Sendable, Equatable {
    public var ticketID: String
    public var conversationID: String
    /// The `value.channel` of the event, e.g. `native_messaging`.
    public var channel: String?

    /// Creates a link.
    public init(ticketID: String, conversationID: String, channel: String? = nil) {
        self.ticketID = ticketID
        self.conversationID = conversationID
        self.channel = channel
    }
}
