/// One ticket in a user's `tickets` list of a snapshot: its mark, rank and the reason (docs/rules.md §6).
public struct SnapshotTicketMark: Sendable, Equatable {
    /// The ticket id.
    public var id: String
    /// The ticket's status: `new`, `open`, `pending`, `hold`, `solved`, `closed`, …
    public var status: String
    /// Whether the status counts against the cap.
    public var active: Bool
    /// Whether the requester's name carries the mark on this ticket.
    public var checkMark: Bool
    /// The 1-based place among the user's active non-email tickets; nil for others.
    public var rank: Int?
    /// `within-cap`, `over-cap`, `no-cap`, `inactive`, `not-authenticated`, `email-channel` or `not-messaging`
    /// (``TicketMarkReason``).
    public var reason: String

    /// Creates a ticket mark.
    public init(id: String, status: String, active: Bool, checkMark: Bool, rank: Int?, reason: String) {
        self.id = id
        self.status = status
        self.active = active
        self.checkMark = checkMark
        self.rank = rank
        self.reason = reason
    }

    /// Reads one element of a user's `tickets`.
    init(reading record: SnapshotReader) throws(SnapshotError) {
        id = try record.string("id")
        status = try record.string("status")
        active = try record.bool("active")
        checkMark = try record.bool("checkMark")
        rank = try record.optionalInt("rank")
        reason = try record.string("reason")
    }
}
