/// Escapes the five characters that are special in HTML text and attribute values.
///
/// The spec only checks `& " < >` (interpolation.json, "HTML Escaping"); the apostrophe is
/// escaped too, as `&#39;`, so that values are safe inside single-quoted attributes.
enum HTMLEscaper {
    /// Appends the UTF-8 bytes of `text` to `bytes`, escaping `& < > " '`.
    static func append(_ text: String, to bytes: OutputBytes) {
        // Every native string reads in place; only another kind is copied (and so retained) first.
        guard text.utf8.withContiguousStorageIfAvailable({ append($0, to: bytes) }) == nil else { return }
        var text = text
        text.withUTF8 { append($0, to: bytes) }
    }

    /// Appends UTF-8 bytes to `bytes`, escaping `& < > " '`.
    private static func append(_ source: UnsafeBufferPointer<UInt8>, to bytes: OutputBytes) {
        var runStart = 0
        for index in source.indices {
            let byte = source[index]
            // Every special byte is at most `>`: letters and most text go straight on.
            guard byte <= UInt8(ascii: ">") else { continue }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            bytes.append(UnsafeBufferPointer(rebasing: source[runStart..<index]))
            bytes.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            runStart = index + 1
        }
        bytes.append(UnsafeBufferPointer(rebasing: source[runStart...]))
    }
}
