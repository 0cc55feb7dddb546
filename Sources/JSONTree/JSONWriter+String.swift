extension JSONWriter {
    /// The short escapes RFC 8259 §7 defines for control characters, by code point.
    private static let namedEscapes: [UInt32: String] = [
        0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
    ]

    /// Appends `text` as a quoted JSON string.
    ///
    /// U+2028 and U+2029 are escaped although JSON allows them raw, because JavaScript before
    /// ES2019 ends a line at them and a snapshot may be pasted into a script.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(ASCII.quote)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case UInt32(ASCII.quote), UInt32(ASCII.backslash):
                output.append(ASCII.backslash)
                output.append(UInt8(scalar.value))
            case 0..<0x20, 0x2028, 0x2029:
                if let named = namedEscapes[scalar.value] {
                    output.append(contentsOf: named.utf8)
                } else {
                    let hex = String(scalar.value, radix: 16)
                    output.append(contentsOf: "\\u".utf8)
                    output.append(contentsOf: repeatElement(ASCII.zero, count: 4 - hex.utf8.count))
                    output.append(contentsOf: hex.utf8)
                }
            default:
                output.append(contentsOf: scalar.utf8)
            }
        }
        output.append(ASCII.quote)
    }
}
