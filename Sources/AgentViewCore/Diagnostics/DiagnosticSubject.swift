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

    /// Reads the string form back; anything that is not a user key or a ticket is a record.
    public init(_ text: String) {
        if let key = UserKey(text) {
            self = .user(key)
        } else if text.hasPrefix("ticket:") {
            self = .ticket(String(text.dropFirst("ticket:".count)))
        } else if let colon = text.firstIndex(of: ":") {
            self = .record(kind: String(text[..<colon]), id: String(text[text.index(after: colon)...]))
        } else {
            self = .record(kind: "", id: text)
        }
    }

    /// Subjects sort by their string form, the order `snapshot.json` has always had.
    public static func < (lhs: DiagnosticSubject, rhs: DiagnosticSubject) -> Bool {
        lhs.description < rhs.description
    }
}
