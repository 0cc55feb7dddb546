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

    /// The 96 bits of `id` when it is 24 lowercase hexadecimal digits; nil for any other id.
    static func digits(of id: String) -> (high: UInt64, low: UInt32)? {
        var id = id
        return id.withUTF8 { bytes -> (UInt64, UInt32)? in
            guard bytes.count == 24 else { return nil }
            var high: UInt64 = 0
            var low: UInt64 = 0
            for index in 0..<24 {
                let byte = bytes[index]
                let value: UInt64
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt64(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt64(byte - UInt8(ascii: "a") + 10)
                default: return nil
                }
                if index < 16 { high = high << 4 | value } else { low = low << 4 | value }
            }
            return (high, UInt32(low))
        }
    }

    /// The 24 digits of a packed id.
    static func text(high: UInt64, low: UInt32) -> String {
        String(unsafeUninitializedCapacity: 24) { buffer in
            for index in 0..<16 { buffer[index] = digit(UInt8(truncatingIfNeeded: high >> (60 - 4 * index))) }
            for index in 0..<8 { buffer[16 + index] = digit(UInt8(truncatingIfNeeded: low >> (28 - 4 * index))) }
            return 24
        }
    }

    /// The lowercase digit of the low four bits of `nibble`.
    private static func digit(_ nibble: UInt8) -> UInt8 {
        let value = nibble & 0xF
        return value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
