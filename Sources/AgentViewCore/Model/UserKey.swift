/// The stable key of a user in the output: `support:<id>`, or `messaging:<id>` for a messaging user
/// with no Support user (docs/rules.md §11).
public struct UserKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Which record the key names.
    public enum Kind: String, Sendable {
        case support, messaging
    }

    public var kind: Kind
    public var id: String

    /// Creates a key.
    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    /// Parses `support:123` or `messaging:abc`; nil for anything else.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":"), let kind = Kind(rawValue: String(text[..<colon])) else {
            return nil
        }
        let id = String(text[text.index(after: colon)...])
        guard !id.isEmpty else { return nil }
        self.init(kind, id)
    }

    public var description: String { "\(kind.rawValue):\(id)" }

    /// The user's page, relative to the output folder: `users/support-123.html`.
    public var page: String { "users/\(kind.rawValue)-\(SafeFileName.stem(for: id)).html" }

    public static func < (lhs: UserKey, rhs: UserKey) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind == .support }
        return IDOrder.less(lhs.id, rhs.id)
    }
}
