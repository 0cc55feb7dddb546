extension JSONWriter {
    /// The short escapes RFC 8259 §7 defines for control characters, by code point.
    private static let namedEscapes: [UInt32: String] = [
        0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
    ]

    /// Whether any of eight bytes is a control character, `"`, `\\` or 0xE2 (which starts U+2028 and U+2029):
    /// the bytes `writeString` looks at one by one. Exact: a word for which it says no holds none of them.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// Whether any byte of `value` is zero.
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZero(word ^ (ones &* UInt64(ASCII.quote)))
            || hasZero(word ^ (ones &* UInt64(ASCII.backslash))) || hasZero(word ^ (ones &* 0xE2))
    }

    /// Appends `text` as a quoted JSON string.
    ///
    /// U+2028 and U+2029 are escaped although JSON allows them raw, because JavaScript before
    /// ES2019 ends a line at them and a snapshot may be pasted into a script.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(ASCII.quote)
        // Byte by byte, copying the runs between escapes: the text is valid UTF-8, so its bytes are its
        // scalars' bytes, and U+2028 and U+2029 are the only escaped scalars above ASCII (E2 80 A8/A9).
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none of them may need an escape: most texts need none.
                if index + 8 <= bytes.count,
                    !Self.mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                let escapeLength: Int
                if byte == ASCII.quote || byte == ASCII.backslash || byte < 0x20 {
                    escapeLength = 1
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                {
                    escapeLength = 3
                } else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if escapeLength == 3 {
                    output.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                } else if byte == ASCII.quote || byte == ASCII.backslash {
                    output.append(ASCII.backslash)
                    output.append(byte)
                } else if let named = namedEscapes[UInt32(byte)] {
                    output.append(contentsOf: named.utf8)
                } else {
                    let hex = String(byte, radix: 16)
                    output.append(contentsOf: "\\u".utf8)
                    output.append(contentsOf: repeatElement(ASCII.zero, count: 4 - hex.utf8.count))
                    output.append(contentsOf: hex.utf8)
                }
                index += escapeLength
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(ASCII.quote)
    }
}
