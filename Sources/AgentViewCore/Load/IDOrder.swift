/// The one ordering of ids used everywhere output is sorted: numeric ids by value, others by their text.
///
/// Support ids are integers, so `"9" < "10"`; Sunshine ids are hex strings compared as text. The order
/// is the same on every machine and locale (Swift compares strings by Unicode scalar values here).
public enum IDOrder {
    /// Whether `lhs` sorts before `rhs`.
    public static func less(_ lhs: String, _ rhs: String) -> Bool {
        let lhsNumeric = isNumeric(lhs)
        let rhsNumeric = isNumeric(rhs)
        if lhsNumeric && rhsNumeric {
            let lhsDigits = lhs.drop { $0 == "0" }
            let rhsDigits = rhs.drop { $0 == "0" }
            if lhsDigits.count != rhsDigits.count { return lhsDigits.count < rhsDigits.count }
            if lhsDigits != rhsDigits { return lhsDigits.unicodeScalars.lexicographicallyPrecedes(rhsDigits.unicodeScalars) }
            return lhs.count < rhs.count
        }
        if lhsNumeric != rhsNumeric { return lhsNumeric }
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    private static func isNumeric(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
