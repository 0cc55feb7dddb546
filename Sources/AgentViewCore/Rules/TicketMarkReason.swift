/// Why a ticket of a user carries the check mark or not (docs/rules.md §6 rule 7).
public enum TicketMarkReason: String, Sendable, CaseIterable {
    /// Active, ranked within the cap (multi-conversation messaging).
    case withinCap = "within-cap"
    /// Active, ranked past the cap (multi-conversation messaging).
    case overCap = "over-cap"
    /// Active and ranked, with single-conversation messaging, where no cap applies: marked.
    case noCap = "no-cap"
    /// Solved or closed (or deleted, archived): no cap applies.
    case inactive
    /// The requester is not authenticated.
    case notAuthenticated = "not-authenticated"
    /// An email ticket: the mark is not carried onto email.
    case emailChannel = "email-channel"
    /// A ticket from a channel that is no conversation (web form, help center, API, voice, …) or from an
    /// unknown channel: the mark is a messaging feature (§4 rules 5 and 6).
    case notMessaging = "not-messaging"

    /// Whether a ticket with this reason shows no mark on any of its messages (§5 rule 6): every reason of a
    /// ticket without the mark. An inactive ticket shows the mark exactly when one of its messages is marked.
    public var withholdsMessageMarks: Bool {
        switch self {
        case .overCap, .notAuthenticated, .emailChannel, .notMessaging: true
        case .withinCap, .noCap, .inactive: false
        }
    }
}
