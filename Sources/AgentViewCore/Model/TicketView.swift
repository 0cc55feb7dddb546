/// One ticket as the agent's ticket view shows it.
///
/// Read-only and shared by reference, like `UserView`.
public final class TicketView: Sendable {
    /// One transcript line with its check-mark decision.
    public struct MessageView: Sendable {
        /// Where the line is read from: a message the view shares with the export, or an entry of its own.
        let line: TranscriptLine
        /// The end user, agent, bot or system that wrote it.
        public var author: MessageAuthor
        public var decision: MessageCheckMark.Decision

        /// The line as the transcript shows it, made from its message when it is one.
        public var entry: TranscriptEntry { line.entry }

        /// `entry.id`, without making the entry.
        public var id: String { line.id }

        /// `id` as a `MessageID`, without making its text.
        var packedID: MessageID { line.packedID }

        /// `entry.authorMessagingUserID`, without making the entry.
        public var authorMessagingUserID: String? { line.authorMessagingUserID }

        /// A line of its own entry.
        public init(entry: TranscriptEntry, author: MessageAuthor, decision: MessageCheckMark.Decision) {
            self.init(line: TranscriptLine(TranscriptLine.Entries([entry]), 0), author: author, decision: decision)
        }

        init(line: TranscriptLine, author: MessageAuthor, decision: MessageCheckMark.Decision) {
            self.line = line
            self.author = author
            self.decision = decision
        }
    }

    public let ticket: Ticket
    public let requester: UserKey?
    /// The requester's mark on this ticket (§6), nil when the requester is not in the export.
    public let mark: ActiveTicketCap.Mark?
    public let conversationID: String?
    public let transcriptSource: TranscriptEntry.Source
    public let messages: [MessageView]

    init(
        ticket: Ticket, requester: UserKey?, mark: ActiveTicketCap.Mark?, conversationID: String?,
        transcriptSource: TranscriptEntry.Source, messages: [MessageView]
    ) {
        self.ticket = ticket
        self.requester = requester
        self.mark = mark
        self.conversationID = conversationID
        self.transcriptSource = transcriptSource
        self.messages = messages
    }

    /// Whether the requester's name carries the mark on this ticket.
    public var checkMark: Bool { mark?.checkMark ?? false }

    /// The ticket's page, relative to the output folder.
    public var page: String { Self.page(for: ticket.id) }

    /// The page of a ticket id: `tickets/123.html`.
    public static func page(for id: String) -> String { "tickets/\(SafeFileName.stem(for: id)).html" }

    /// The HTML id of a message on its ticket's page: `message-` and the id made safe as file names are
    /// (letters, digits, `_` and `-` only, a hash when cleaning changed it), since ids are hostile input.
    public static func messageAnchor(for id: String) -> String { "message-" + SafeFileName.stem(for: id) }
}
