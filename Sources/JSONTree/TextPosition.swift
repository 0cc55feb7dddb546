/// A 1-based line and column in a text file, as an editor shows the position of a byte offset.
public struct TextPosition: Sendable, Equatable, CustomStringConvertible {
    /// The line number: 1 plus the number of line breaks before the position.
    public var line: Int
    /// The column: 1 plus the number of Unicode scalars between the line's start and the position.
    public var column: Int

    /// Creates a position from a line and a column, both 1-based.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the middle of a compiler-style `file:line:column: error: …`.
    public var description: String {
        "\(line):\(column)"
    }
}

extension TextPosition {
    /// Finds the line and column of `offset` in `bytes` by counting from the start.
    ///
    /// Costs O(`offset`), which is why it is computed only when reporting. Lines end at `\n`, so
    /// `\r\n` is one break; columns count UTF-8 lead bytes (not 10xxxxxx), so `é` is one column.
    /// A byte order mark at the start of the file takes no column, as editors do not show it.
    /// Offsets outside the buffer are clamped to it.
    public init(offset: Int, in bytes: [UInt8]) {
        let target = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = min(target, JSONReader.contentStart(of: bytes))
        var column = 1
        bytes.withUnsafeBufferPointer { buffer in
            for position in lineStart..<target where buffer[position] == ASCII.newline {
                line += 1
                lineStart = position + 1
            }
            for position in lineStart..<target where buffer[position] & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(line: line, column: column)
    }
}
