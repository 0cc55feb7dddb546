/// Escapes the five characters that are special in HTML text and attribute values.
///
/// The spec only checks `& " < >` (interpolation.json, "HTML Escaping"); the apostrophe is
/// escaped too, as `&#39;`, so that values are safe inside single-quoted attributes.
enum HTMLEscaper {
    /// Appends the UTF-8 bytes of `text` to `bytes`, escaping `& < > " '`.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            for index in source.indices {
                guard let replacement = replacement(for: source[index]) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                bytes.append(contentsOf: replacement)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
        }
    }

    /// The escaped form of a byte, or `nil` when it stays as it is.
    private static func replacement(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "\""): quote
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
