/// One ticket of a snapshot: its requester's mark and each message's mark (docs/rules.md §5, §6).
public struct SnapshotTicket: Sendable, Equatable {
    /// One transcript line and the rule that decided its mark.
    public struct Message: Sendable, Equatable {
        /// The message's (or Support comment's) id.
        public var id: String
        /// `support:<id>` / `messaging:<id>` for end users, `agent:<id>`, `bot` or `system` for the rest.
        public var author: String
        /// Whether the message carries the end-user mark.
        public var checkMark: Bool
        /// The ``MessageMarkRule`` that decided: `webhook`, `auth-time`, `not-authenticated`, …
        public var rule: String

        /// Creates a message.
        public init(id: String, author: String, checkMark: Bool, rule: String) {
            self.id = id
            self.author = author
            self.checkMark = checkMark
            self.rule = rule
        }
    }

    /// The ticket id.
    public var id: String
    /// The ticket's page, relative to the output folder.
    public var page: String
    /// The requester's key, which may name a user missing from the export.
    public var requester: UserKey?
    /// The ticket's status: `new`, `open`, `pending`, `hold`, `solved`, `closed`, …
    public var status: String
    /// Whether the requester's name carries the mark on this ticket.
    public var checkMark: Bool
    /// The ``TicketMarkReason``; nil when the requester is not in the export.
    public var reason: String?
    /// The transcript, in the order agents read it.
    public var messages: [Message]

    /// Reads one element of `tickets`.
    init(reading record: SnapshotReader) throws(SnapshotError) {
        id = try record.string("id")
        page = try record.pagePath("page")
        requester = try record.optionalUserKey("requester")
        status = try record.string("status")
        checkMark = try record.bool("checkMark")
        // §11's minimum shape has no ticket `reason`: a snapshot without it still compares.
        reason = try record.optionalString("reason")
        messages = []
        for message in try record.objects("messages") {
            messages.append(
                Message(
                    id: try message.string("id"), author: try message.string("author"),
                    checkMark: try message.bool("checkMark"), rule: try message.string("rule")))
        }
    }
}
