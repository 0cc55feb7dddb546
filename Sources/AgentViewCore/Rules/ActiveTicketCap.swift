/// Ranks a user's active tickets and gives the mark to the first `cap` (docs/rules.md §6).
///
/// "With multi-conversation messaging, an authenticated user can be marked as authenticated on at most
/// 100 active tickets at once. Active = any status other than `solved` and `closed` (`deleted` and
/// `archived` are not active). With single-conversation messaging no cap applies (reason `no-cap`).
/// When a user has more, the mark goes to the first 100 in this order: 1. most recent activity involving
/// the end user and an agent, descending; 2. then most recently created or updated ticket
/// (`max(created_at, updated_at)`), descending; 3. then ticket id, descending."
///
/// Only messaging and chat tickets are ranked: email and non-messaging tickets never carry the mark, so
/// they take no place (§4 rules 3–6). Sorting makes the cost O(n log n) in the user's tickets.
public enum ActiveTicketCap {
    /// One ticket as the cap sees it.
    public struct Candidate: Sendable {
        public var id: String
        public var status: String
        /// Latest public end-user or agent message, or metric time, on the ticket (§6 rule 1).
        public var lastActivity: Timestamp?
        /// `max(created_at, updated_at)`.
        public var lastChange: Timestamp?
        /// What the ticket's `via.channel` means for the mark (§4).
        public var channel: ViaChannel.Kind
        /// For inactive tickets: whether the user was authenticated on it.
        public var authenticatedOnTicket: Bool

        /// Creates a candidate.
        public init(
            id: String, status: String, lastActivity: Timestamp?, lastChange: Timestamp?,
            channel: ViaChannel.Kind = .messaging, authenticatedOnTicket: Bool = true
        ) {
            self.id = id
            self.status = status
            self.lastActivity = lastActivity
            self.lastChange = lastChange
            self.channel = channel
            self.authenticatedOnTicket = authenticatedOnTicket
        }
    }

    /// The mark of one ticket.
    public struct Mark: Sendable, Equatable {
        public var ticketID: String
        public var status: String
        public var isActive: Bool
        public var checkMark: Bool
        /// 1-based place among the user's active messaging tickets; nil for others.
        public var rank: Int?
        public var reason: TicketMarkReason
    }

    /// Statuses that are not active.
    public static let inactiveStatuses: Set<String> = ["solved", "closed", "deleted", "archived", "scrubbed"]

    /// Whether a status counts against the cap.
    public static func isActive(_ status: String) -> Bool { !inactiveStatuses.contains(status) }

    /// Marks every ticket of one user, returned in ticket-id order. With `capApplies` false
    /// (single-conversation messaging) the tickets are still ranked, and every ranked one is marked `no-cap`.
    public static func marks(
        for candidates: [Candidate], userIsAuthenticated: Bool, cap: Int, capApplies: Bool = true
    ) -> [Mark] {
        var marks: [String: Mark] = [:]
        var ranked: [Candidate] = []
        for candidate in candidates {
            let active = isActive(candidate.status)
            if !userIsAuthenticated {
                marks[candidate.id] = Mark(
                    ticketID: candidate.id, status: candidate.status, isActive: active, checkMark: false, rank: nil,
                    reason: .notAuthenticated)
            } else if candidate.channel != .messaging {
                marks[candidate.id] = Mark(
                    ticketID: candidate.id, status: candidate.status, isActive: active, checkMark: false, rank: nil,
                    reason: candidate.channel == .email ? .emailChannel : .notMessaging)
            } else if !active {
                marks[candidate.id] = Mark(
                    ticketID: candidate.id, status: candidate.status, isActive: false,
                    checkMark: candidate.authenticatedOnTicket, rank: nil, reason: .inactive)
            } else {
                ranked.append(candidate)
            }
        }
        ranked.sort(by: precedes)
        for (index, candidate) in ranked.enumerated() {
            let rank = index + 1
            let reason: TicketMarkReason = !capApplies ? .noCap : rank <= cap ? .withinCap : .overCap
            marks[candidate.id] = Mark(
                ticketID: candidate.id, status: candidate.status, isActive: true, checkMark: reason != .overCap,
                rank: rank, reason: reason)
        }
        return marks.keys.sorted(by: IDOrder.less).map { marks[$0]! }
    }

    /// The §6 order: activity, then last change, then id, each descending; missing times sort last.
    static func precedes(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        let lhsActivity = lhs.lastActivity ?? .distantPast
        let rhsActivity = rhs.lastActivity ?? .distantPast
        if lhsActivity != rhsActivity { return lhsActivity > rhsActivity }
        let lhsChange = lhs.lastChange ?? .distantPast
        let rhsChange = rhs.lastChange ?? .distantPast
        if lhsChange != rhsChange { return lhsChange > rhsChange }
        return IDOrder.less(rhs.id, lhs.id)
    }
}
