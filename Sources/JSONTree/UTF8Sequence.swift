/// What starts at a byte of 0x80 or above: a well-formed UTF-8 sequence or not (Unicode §3.9, table 3-7).
public enum UTF8Sequence: Equatable, Sendable {
    /// A well-formed sequence of this many bytes.
    case scalar(length: Int)
    /// A byte that cannot start a sequence, or a lead byte whose continuation is wrong.
    case illFormed
    /// A well-formed start that the input ends in the middle of.
    case truncated

    /// Classifies the sequence at `offset` of `base`, looking no further than `end`.
    @inlinable
    public init(at offset: Int, in base: UnsafePointer<UInt8>, end: Int) {
        let lead = base[offset]
        // Table 3-7 narrows the second byte's range after four lead bytes, which excludes
        // overlong forms, surrogates (ED A0...) and code points beyond U+10FFFF.
        var length = 3
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: break
        case 0xED: upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default:
            self = .illFormed
            return
        }
        for position in 1..<length {
            guard offset + position < end else {
                self = .truncated
                return
            }
            let byte = base[offset + position]
            guard byte >= lower && byte <= upper else {
                self = .illFormed
                return
            }
            lower = 0x80
            upper = 0xBF
        }
        self = .scalar(length: length)
    }
}
