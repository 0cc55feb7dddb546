/// A cursor over a template's UTF-8 bytes that reads slices and finds delimiters.
///
/// Backtracking is copying the value: it is a buffer reference and an offset.
struct Reader {
    /// The bytes being read.
    let bytes: [UInt8]
    /// The offset of the next byte to read.
    var offset = 0

    /// Creates a reader at the start of the bytes.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset >= bytes.count }

    /// The next byte, or `nil` at the end.
    var next: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// Whether the bytes at `position` start with `prefix`.
    func hasPrefix(_ prefix: [UInt8], at position: Int) -> Bool {
        guard !prefix.isEmpty, position + prefix.count <= bytes.count else { return false }
        for index in prefix.indices where bytes[position + index] != prefix[index] {
            return false
        }
        return true
    }

    /// The offset of the first occurrence of `pattern` at or after `start`, or `nil`.
    func firstOffset(of pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var position = start
        while position + pattern.count <= bytes.count {
            if bytes[position] == first, hasPrefix(pattern, at: position) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// The end of the whitespace-only rest of the line starting at `start`, past its line break.
    ///
    /// Returns `nil` when something other than spaces or tabs comes before the line break. The
    /// end of the template counts as a line break, and so does `\r\n` (sections.json,
    /// "Standalone Line Endings").
    func endOfBlankRest(from start: Int) -> Int? {
        var position = start
        while position < bytes.count, bytes[position] == .space || bytes[position] == .tab {
            position += 1
        }
        if position == bytes.count { return position }
        if bytes[position] == .newline { return position + 1 }
        if bytes[position] == .carriageReturn, position + 1 < bytes.count, bytes[position + 1] == .newline {
            return position + 2
        }
        return nil
    }

    /// Reads the spaces and tabs at the cursor.
    mutating func readIndentation() -> ArraySlice<UInt8> {
        let start = offset
        while let byte = next, byte == .space || byte == .tab {
            offset += 1
        }
        return bytes[start..<offset]
    }

    /// Skips as much of `prefix` as the bytes at the cursor match.
    mutating func skip(matching prefix: [UInt8]) {
        for byte in prefix {
            guard next == byte else { return }
            offset += 1
        }
    }
}

extension UInt8 {
    /// The line feed byte.
    static let newline = UInt8(ascii: "\n")
    /// The carriage return byte.
    static let carriageReturn = UInt8(ascii: "\r")
    /// The space byte.
    static let space = UInt8(ascii: " ")
    /// The horizontal tab byte.
    static let tab = UInt8(ascii: "\t")

    /// Whether the byte is a space or a tab, the only characters of indentation.
    var isIndentation: Bool { self == .space || self == .tab }
}
