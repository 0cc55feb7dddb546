/// The order of change subjects: user keys as ``UserKey`` sorts them, ids as ``IDOrder`` does.
///
/// Diagnostic subjects mix `support:`, `messaging:` and `ticket:` prefixes: those sort by prefix
/// (Support users, messaging users, then other prefixes by their text), then by id, so `ticket:9`
/// comes before `ticket:10`.
enum SubjectOrder {
    /// Whether `lhs` sorts before `rhs`.
    static func less(_ lhs: String, _ rhs: String) -> Bool {
        let (lhsPrefix, lhsID) = split(lhs)
        let (rhsPrefix, rhsID) = split(rhs)
        if lhsPrefix != rhsPrefix {
            let (lhsRank, rhsRank) = (rank(lhsPrefix), rank(rhsPrefix))
            return lhsRank != rhsRank ? lhsRank < rhsRank : lhsPrefix < rhsPrefix
        }
        if lhsID != rhsID { return IDOrder.less(lhsID, rhsID) }
        return false
    }

    private static func split(_ subject: String) -> (prefix: String, id: String) {
        guard let colon = subject.firstIndex(of: ":") else { return ("", subject) }
        return (String(subject[..<colon]), String(subject[subject.index(after: colon)...]))
    }

    /// Bare ids first, then Support and messaging users in ``UserKey`` order, then the rest.
    private static func rank(_ prefix: String) -> Int {
        switch prefix {
        case "": 0
        case UserKey.Kind.support.rawValue: 1
        case UserKey.Kind.messaging.rawValue: 2
        default: 3
        }
    }
}
