/// Turns byte offsets into 1-based lines and columns, walking forward from the last answer.
///
/// The parser asks for offsets in increasing order, so finding every tag's place costs one pass
/// over the template instead of one pass per tag, even for hostile templates full of tags.
struct SourceLocator {
    private let bytes: [UInt8]
    private let template: String
    private var offset = 0
    private var line = 1
    private var column = 1

    /// Creates a locator for the bytes of the named template.
    init(template: String, bytes: [UInt8]) {
        self.template = template
        self.bytes = bytes
    }

    /// The place of the byte at `target`.
    mutating func location(of target: Int) -> SourceLocation {
        if target < offset {
            (offset, line, column) = (0, 1, 1)
        }
        while offset < min(target, bytes.count) {
            let byte = bytes[offset]
            if byte == .newline {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                // Continuation bytes belong to the scalar already counted.
                column += 1
            }
            offset += 1
        }
        return SourceLocation(template: template, line: line, column: column)
    }
}
