/// Why a ticket of a user carries the check mark or not (docs/rules.md §6).
public enum TicketMarkReason: String, Sendable, CaseIterable {
    /// Active, ranked within the cap.
    case withinCap = "within-cap"
    /// Active, ranked past the cap.
    case overCap = "over-cap"
    /// Solved or closed (or deleted, archived): no cap applies.
    case inactive
    /// The requester is not authenticated.
    case notAuthenticated = "not-authenticated"
    /// An email ticket: the mark is not carried onto email.
    case emailChannel = "email-channel"
}
