/// What a diagnostic is about: an end user, a ticket, or a record that has no page of its own.
///
/// Subjects are typed so that pages find their diagnostics by lookup; the string form
/// (`support:1`, `messaging:abc`, `ticket:5`, `conversation:c1`) exists only for `snapshot.json`, sorting
/// and messages.
public enum DiagnosticSubject: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// An end user, by key; a `messaging:` key may name a messaging user linked to another end user,
    /// which `AgentView.owner(ofMessagingUser:)` resolves.
    case user(UserKey)
    /// A ticket by id, which the export may not hold.
    case ticket(String)
    /// A record with no page: an identity, comment, conversation or message whose owner is unknown.
    case record(kind: String, id: String)

    /// `support:1`, `messaging:abc`, `ticket:5` or `<kind>:<id>`.
    public var description: String {
        switch self {
        case .user(let key): key.description
        case .ticket(let id): "ticket:\(id)"
        case .record(let kind, let id): "\(kind):\(id)"
        }
    }

    /// Subjects sort by their string form, the order `snapshot.json` has always had.
    public static func < (lhs: DiagnosticSubject, rhs: DiagnosticSubject) -> Bool {
        lhs.description < rhs.description
    }
}
