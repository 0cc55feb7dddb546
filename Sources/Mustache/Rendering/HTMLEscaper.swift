/// Escapes the five characters that are special in HTML text and attribute values.
///
/// The spec only checks `& " < >` (interpolation.json, "HTML Escaping"); the apostrophe is
/// escaped too, as `&#39;`, so that values are safe inside single-quoted attributes. A NUL, which HTML
/// allows nowhere (a parse error; browsers drop it or show U+FFFD), is written as U+FFFD, as a page
/// would show it.
enum HTMLEscaper {
    /// Appends the UTF-8 bytes of `text` to `bytes`, escaping `& < > " '`.
    static func append(_ text: String, to bytes: OutputBytes) {
        // Every native string reads in place; only another kind is copied (and so retained) first.
        guard text.utf8.withContiguousStorageIfAvailable({ append($0, to: bytes) }) == nil else { return }
        var text = text
        text.withUTF8 { append($0, to: bytes) }
    }

    /// Appends UTF-8 bytes to `bytes`, escaping `& < > " '` and replacing NUL.
    private static func append(_ source: UnsafeBufferPointer<UInt8>, to bytes: OutputBytes) {
        var runStart = 0
        var index = 0
        // Eight bytes at a time while none is special, which is most of every value; a word holding one is
        // read again byte by byte.
        while index + 8 <= source.count {
            let word = UnsafeRawBufferPointer(source).loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if mayHoldSpecialByte(word) {
                for position in index..<index + 8 {
                    escape(source, at: position, after: &runStart, to: bytes)
                }
            }
            index += 8
        }
        for position in index..<source.count {
            escape(source, at: position, after: &runStart, to: bytes)
        }
        bytes.append(UnsafeBufferPointer(rebasing: source[runStart...]))
    }

    /// Whether any of the eight bytes of `word` is `& < > " '` or NUL; the order of its bytes does not matter.
    @inline(__always)
    private static func mayHoldSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Each test leaves a zero byte where `word` has special ones: `&` 0x26 and `'` 0x27 differ only in bit 0,
        // `<` 0x3C and `>` 0x3E only in bit 1, and `"` is 0x22.
        let ampersandOrApostrophe = (word & ~ones) ^ (ones &* 0x26)
        let angleBracket = (word & ~(ones << 1)) ^ (ones &* 0x3C)
        let quote = word ^ (ones &* 0x22)
        // A word has a zero byte exactly when subtracting one from each byte borrows into a byte whose top bit
        // was clear.
        let zeros =
            (ampersandOrApostrophe &- ones) & ~ampersandOrApostrophe | (angleBracket &- ones) & ~angleBracket
            | (quote &- ones) & ~quote | (word &- ones) & ~word
        return zeros & (ones << 7) != 0
    }

    /// Writes the bytes from `runStart` and the escape of the byte at `position` when it is special, and
    /// moves `runStart` past it; an ordinary byte waits to be written with its run.
    @inline(__always)
    private static func escape(
        _ source: UnsafeBufferPointer<UInt8>, at position: Int, after runStart: inout Int, to bytes: OutputBytes
    ) {
        let byte = source[position]
        // Every special byte is at most `>`: letters and most text go straight on.
        guard byte <= UInt8(ascii: ">") else { return }
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "'"): replacement = "&#39;"
        case 0: replacement = "\u{FFFD}"
        default: return
        }
        bytes.append(UnsafeBufferPointer(rebasing: source[runStart..<position]))
        bytes.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        runStart = position + 1
    }
}
