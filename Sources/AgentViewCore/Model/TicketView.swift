/// One ticket as the agent's ticket view shows it.
public struct TicketView: Sendable {
    /// One transcript line with its check-mark decision.
    public struct MessageView: Sendable {
        public var entry: TranscriptEntry
        /// The end user, agent, bot or system that wrote it.
        public var author: MessageAuthor
        public var decision: MessageCheckMark.Decision
    }

    public var ticket: Ticket
    public var requester: UserKey?
    /// The requester's mark on this ticket (§6), nil when the requester is not in the export.
    public var mark: ActiveTicketCap.Mark?
    public var conversationID: String?
    public var transcriptSource: TranscriptEntry.Source
    public var messages: [MessageView]

    /// Whether the requester's name carries the mark on this ticket.
    public var checkMark: Bool { mark?.checkMark ?? false }

    /// The ticket's page, relative to the output folder.
    public var page: String { Self.page(for: ticket.id) }

    /// The page of a ticket id: `tickets/123.html`.
    public static func page(for id: String) -> String { "tickets/\(SafeFileName.stem(for: id)).html" }
}
