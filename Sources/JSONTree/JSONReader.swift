/// Strict RFC 8259 parsing of UTF-8 bytes into ``JSONValue`` trees that remember byte offsets.
///
/// Input is treated as hostile: anything RFC 8259 does not allow is a ``JSONSyntaxError`` at the
/// offending byte, nesting is limited, and no input can overflow the stack, because the parser
/// keeps open containers on the heap.
public enum JSONReader {
    /// The bytes of the UTF-8 byte order mark, which some Windows tools put before a JSON file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset of the first byte after a leading byte order mark, or 0 when there is none.
    static func contentStart(of bytes: [UInt8]) -> Int {
        bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    }

    /// Parses one JSON document (whitespace around it allowed; a leading UTF-8 BOM is skipped silently).
    ///
    /// - Parameters:
    ///   - bytes: The whole document as UTF-8.
    ///   - maxDepth: How many arrays and objects may be nested; one more is an error. Parsing
    ///     itself needs no stack for nesting, but comparing, writing and freeing the tree recurse
    ///     through it, so keep the limit far below what a thread's stack can hold.
    /// - Returns: The document's value, with offsets counted from the start of `bytes`.
    /// - Throws: The first ``JSONSyntaxError`` in the document.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 512) throws(JSONSyntaxError) -> JSONValue {
        let start = contentStart(of: bytes)
        guard start < bytes.count else { throw JSONSyntaxError(offset: bytes.count, reason: .emptyDocument) }
        return try withParser(over: bytes, from: start, maxDepth: maxDepth) { parser throws(JSONSyntaxError) in
            try parser.parseDocument()
        }
    }

    /// Parses newline-delimited JSON: one value per non-blank line; offsets are relative to the whole buffer.
    ///
    /// Lines end at `\n`; a `\r` before it belongs to the line ending. Lines holding only
    /// whitespace are skipped, so an empty buffer gives no values rather than an error.
    ///
    /// - Throws: The first ``JSONSyntaxError``; an incomplete line ends at its line break.
    public static func parseLines(_ bytes: [UInt8], maxDepth: Int = 512) throws(JSONSyntaxError) -> [JSONValue] {
        var values: [JSONValue] = []
        try parseLines(bytes, maxDepth: maxDepth) { value in values.append(value) }
        return values
    }

    /// Parses newline-delimited JSON as ``parseLines(_:maxDepth:)`` does, handing each line's value to `body` as
    /// soon as it is read, so that only one line's tree is alive at a time (a 50 MB file of tickets makes
    /// a quarter of a gigabyte of trees). Lines before a syntax error have been handed over when it is thrown.
    public static func parseLines(
        _ bytes: [UInt8], maxDepth: Int = 512, each body: (JSONValue) -> Void
    ) throws(JSONSyntaxError) {
        let start = contentStart(of: bytes)
        guard start < bytes.count else { return }
        try withParser(over: bytes, from: start, maxDepth: maxDepth) { parser throws(JSONSyntaxError) in
            let count = bytes.count
            var lineStart = start
            while lineStart < count {
                var lineBreak = lineStart
                while lineBreak < count && parser.base[lineBreak] != ASCII.newline {
                    lineBreak += 1
                }
                parser.index = lineStart
                parser.end =
                    lineBreak > lineStart && parser.base[lineBreak - 1] == ASCII.carriageReturn
                    ? lineBreak - 1 : lineBreak
                parser.skipWhitespace()
                if parser.index < parser.end {
                    body(try parser.parseDocument())
                }
                lineStart = lineBreak + 1
            }
        }
    }

    /// Runs `body` with a parser over `bytes[start...]`; `bytes` must not be empty.
    private static func withParser<Result>(
        over bytes: [UInt8], from start: Int, maxDepth: Int,
        _ body: (inout Parser) throws(JSONSyntaxError) -> Result
    ) throws(JSONSyntaxError) -> Result {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            // A non-empty array always has storage, so the base address exists.
            var parser = Parser(base: buffer.baseAddress!, index: start, end: buffer.count, maxDepth: maxDepth)
            return try body(&parser)
        }
    }
}
