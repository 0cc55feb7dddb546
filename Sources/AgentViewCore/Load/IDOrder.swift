/// The one ordering of ids used everywhere output is sorted: numeric ids by value, others by their text.
///
/// Support ids are integers, so `"9" < "10"`; Sunshine ids are hex strings compared as text. The order
/// is the same on every machine and locale: it compares UTF-8 bytes, never a collation.
public enum IDOrder {
    /// Whether `lhs` sorts before `rhs`.
    public static func less(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        // Sorting calls this n log n times: one pass over contiguous UTF-8, no allocation.
        return lhs.withUTF8 { left in rhs.withUTF8 { right in less(left, right) } }
    }

    private static func less(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        let lhsNumeric = isNumeric(lhs)
        let rhsNumeric = isNumeric(rhs)
        if lhsNumeric != rhsNumeric { return lhsNumeric }
        if lhsNumeric {
            let lhsDigits = UnsafeBufferPointer(rebasing: lhs.drop { $0 == 0x30 })
            let rhsDigits = UnsafeBufferPointer(rebasing: rhs.drop { $0 == 0x30 })
            if lhsDigits.count != rhsDigits.count { return lhsDigits.count < rhsDigits.count }
            if !lhsDigits.elementsEqual(rhsDigits) { return lhsDigits.lexicographicallyPrecedes(rhsDigits) }
            return lhs.count < rhs.count
        }
        return lhs.lexicographicallyPrecedes(rhs)
    }

    private static func isNumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
