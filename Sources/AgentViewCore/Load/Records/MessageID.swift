/// A message id, with one of 24 lowercase hexadecimal digits, the form Sunshine Conversations gives every id,
/// held as the 96 bits it spells: 64 and 32 of them, most significant first. `Message` holds its id so, and
/// makes the text again when it is read; a rule that gathers a million ids compares and hashes them so.
///
/// Only lowercase digits are packed, so that the text made again is the text read, byte for byte, and two ids
/// are equal exactly when their texts are: an id in any other form is held as it is.
enum MessageID: Hashable, Sendable {
    case digits(high: UInt64, low: UInt32)
    case text(String)

    init(_ id: String) {
        if let (high, low) = Self.digits(of: id) {
            self = .digits(high: high, low: low)
        } else {
            self = .text(id)
        }
    }

    /// The id as written.
    var text: String {
        switch self {
        case .digits(let high, let low): Self.text(high: high, low: low)
        case .text(let text): text
        }
    }

    /// Whether this id sorts before `other`, as their texts do, without making either text when both are
    /// digits: 24 lowercase hexadecimal digits sort as the number they spell.
    func sorts(before other: MessageID) -> Bool {
        if case .digits(let high, let low) = self, case .digits(let otherHigh, let otherLow) = other {
            return Self.digits(high: high, low: low, sortBefore: otherHigh, otherLow)
        }
        return text < other.text
    }

    /// Whether the packed id `high`, `low` sorts before the packed id `otherHigh`, `otherLow`, as their texts
    /// do: 24 lowercase hexadecimal digits sort as the number they spell.
    static func digits(high: UInt64, low: UInt32, sortBefore otherHigh: UInt64, _ otherLow: UInt32) -> Bool {
        high != otherHigh ? high < otherHigh : low < otherLow
    }

    /// A hash that is the same in every run and equal for equal ids, since an id has one form: the FNV-1a hash
    /// of the text, or of the 12 bytes of digits (`hash(high:low:)`).
    var stableHash: UInt64 {
        switch self {
        case .digits(let high, let low): Self.hash(high: high, low: low)
        case .text(let text): FNV1a.hash(text)
        }
    }

    /// The 96 bits of `id` when it is 24 lowercase hexadecimal digits; nil for any other id.
    static func digits(of id: String) -> (high: UInt64, low: UInt32)? {
        var id = id
        return id.withUTF8 { bytes -> (UInt64, UInt32)? in
            guard bytes.count == 24 else { return nil }
            var high: UInt64 = 0
            var low: UInt64 = 0
            // Any byte that is not a digit sets the high bit of `invalid`: one test after the loop, not one per byte.
            var invalid: UInt8 = 0
            for index in 0..<24 {
                let value = nibbleValues[Int(bytes[index])]
                invalid |= value
                if index < 16 { high = high << 4 | UInt64(value & 0xF) } else { low = low << 4 | UInt64(value & 0xF) }
            }
            return invalid & 0x80 == 0 ? (high, UInt32(low)) : nil
        }
    }

    /// The value of each byte as a lowercase hexadecimal digit, or 0x80 for a byte that is not one.
    private static let nibbleValues: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        default: 0x80
        }
    }

    /// The 24 digits of a packed id.
    static func text(high: UInt64, low: UInt32) -> String {
        String(unsafeUninitializedCapacity: 24) { buffer in
            var high = high
            for index in (0..<16).reversed() {
                buffer[index] = digit(UInt8(truncatingIfNeeded: high))
                high >>= 4
            }
            var low = low
            for index in (16..<24).reversed() {
                buffer[index] = digit(UInt8(truncatingIfNeeded: low))
                low >>= 4
            }
            return 24
        }
    }

    /// A hash of a packed id: the FNV-1a hash of its 12 bytes. Equal ids have equal bits (only one form of an
    /// id is packed), so they hash equal, as texts do.
    static func hash(high: UInt64, low: UInt32) -> UInt64 {
        var hash = FNV1a()
        for shift in stride(from: 56, through: 0, by: -8) { hash.add(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
        for shift in stride(from: 24, through: 0, by: -8) { hash.add(UInt8(truncatingIfNeeded: low >> UInt32(shift))) }
        return hash.value
    }

    /// The lowercase digit of the low four bits of `nibble`, without a branch: past 9, the distance from `9`
    /// to `a` is added.
    private static func digit(_ nibble: UInt8) -> UInt8 {
        let value = nibble & 0xF
        return UInt8(ascii: "0") &+ value &+ (value > 9 ? UInt8(ascii: "a") - UInt8(ascii: "9") - 1 : 0)
    }
}
