/// A forward reader over one JSON document, for a reader that knows the shape it expects and builds its own
/// values instead of a ``JSONValue`` tree.
///
/// It checks exactly what ``JSONReader/parse(_:maxDepth:)`` checks (the same parser reads every string,
/// number and literal, and every value stepped over), so a document the cursor reads to its end without a
/// failure is one that `parse` accepts. Each step reports failure (wrong syntax, or not what was asked for)
/// with `false` or nil and leaves the cursor where it stopped: a caller that meets the unexpected gives up and
/// parses the document in full, where a syntax error is reported with its place.
///
/// The cursor holds its caller to the structure it opened: a container closes only with its own closer, and
/// keys are read only inside an object. The rest of the grammar is the caller's to follow (a key before each
/// member's value, a comma between members and between elements), as a reader that steps through it does.
///
/// Strings come from the same cache the parser uses, so a value repeated in a document shares one storage as
/// it does in a tree.
public struct JSONCursor: ~Copyable {
    private var parser: Parser
    /// The closers (`}` or `]`) of the arrays and objects open around the cursor, innermost last.
    private var closers: [UInt8] = []
    /// How many may be open at once, as in `JSONReader.parse`.
    private let maxDepth: Int

    private init(parser: consuming Parser, maxDepth: Int) {
        self.parser = parser
        self.maxDepth = maxDepth
    }

    /// Runs `body` with a cursor at the start of `bytes` (a leading UTF-8 byte order mark skipped).
    public static func read<Result>(
        _ bytes: [UInt8], maxDepth: Int = 512, _ body: (inout JSONCursor) -> Result
    ) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            // An empty array may have no storage: the cursor reads from a one-byte stand-in, up to offset 0.
            withUnsafePointer(to: UInt8(0)) { empty in
                let base = buffer.baseAddress ?? empty
                var cursor = JSONCursor(
                    parser: Parser(
                        base: base, index: JSONReader.contentStart(of: bytes), end: buffer.count, maxDepth: maxDepth),
                    maxDepth: maxDepth)
                return body(&cursor)
            }
        }
    }

    /// Whether only whitespace is left.
    public mutating func isAtEnd() -> Bool {
        parser.skipWhitespace()
        return parser.index == parser.end
    }

    /// The next byte after whitespace, nil at the end.
    public mutating func peek() -> UInt8? {
        parser.skipWhitespace()
        return parser.index < parser.end ? parser.base[parser.index] : nil
    }

    /// Steps over the next byte after whitespace when it is `byte`: `,`, or the closer of the innermost open
    /// container (`]` or `}`), which closes it.
    public mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        switch byte {
        case ASCII.closeBrace, ASCII.closeBracket:
            guard closers.last == byte else { return false }
            closers.removeLast()
        case ASCII.comma:
            guard !closers.isEmpty else { return false }
        default: return false
        }
        parser.index += 1
        return true
    }

    /// Opens the object or array (`{` or `[`) that comes next; false when something else does, or when one
    /// more would nest deeper than `maxDepth`.
    public mutating func open(_ opener: UInt8) -> Bool {
        guard opener == ASCII.openBrace || opener == ASCII.openBracket, closers.count < maxDepth, peek() == opener
        else { return false }
        parser.index += 1
        closers.append(opener == ASCII.openBrace ? ASCII.closeBrace : ASCII.closeBracket)
        return true
    }

    /// The key of the next member of an open object, with its `:` read; nil when no key comes next. It is
    /// valid while the cursor is: a key without escapes is read in place, never made a `String`.
    public mutating func key() -> JSONKey? {
        guard closers.last == ASCII.closeBrace, peek() == ASCII.quote else { return nil }
        let key: JSONKey
        do throws(JSONSyntaxError) {
            if let content = try parser.readPlainString() {
                key = JSONKey(bytes: UnsafeBufferPointer(start: parser.base + content.lowerBound, count: content.count))
            } else {
                key = JSONKey(decoded: try parser.readString())
            }
        } catch {
            return nil
        }
        guard peek() == ASCII.colon else { return nil }
        parser.index += 1
        return key
    }

    /// Reads the members of an object whose `{` was just read, through its `}`, giving each key to `member` with
    /// the cursor at its value; false when the syntax is wrong or `member` fails.
    ///
    /// Inlinable, as `elements(_:)` is, so that a reader in another module runs `member` inline: called through
    /// a closure, reading a million messages took 0.9 s more CPU than the loops the reader wrote before.
    @inlinable
    public mutating func members(_ member: (inout JSONCursor, JSONKey) -> Bool) -> Bool {
        if take(UInt8(ascii: "}")) { return true }
        while true {
            guard let key = key(), member(&self, key) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            guard take(UInt8(ascii: ",")) else { return false }
        }
    }

    /// Reads the elements of an array whose `[` was just read, through its `]`, giving each to `element` with
    /// the cursor at it; false when the syntax is wrong or `element` fails.
    @inlinable
    public mutating func elements(_ element: (inout JSONCursor) -> Bool) -> Bool {
        if take(UInt8(ascii: "]")) { return true }
        while true {
            guard element(&self) else { return false }
            if take(UInt8(ascii: "]")) { return true }
            guard take(UInt8(ascii: ",")) else { return false }
        }
    }

    /// The range in the document of the content of the string that comes next, read past, when it holds no
    /// escape: the bytes there are its text. Nil, the cursor unmoved, when something else comes next, a string
    /// with an escape, or one `value()` would refuse.
    public mutating func plainString() -> Range<Int>? {
        guard peek() == ASCII.quote else { return nil }
        let start = parser.index
        if let content = try? parser.readPlainString() { return content }
        parser.index = start
        return nil
    }

    /// The value that comes next, whatever it is, nested no deeper in all than `maxDepth` allows; nil when no
    /// valid value does.
    public mutating func value() -> JSONValue? {
        parser.skipWhitespace()
        parser.maxDepth = maxDepth - closers.count
        defer { parser.maxDepth = maxDepth }
        return try? parser.parseValue()
    }

    /// Steps over the value that comes next, checked as `value()` checks it, and gives the range of its bytes
    /// in the document, from its first byte to its last; nil when no valid value comes next. Nothing of it is
    /// built or kept: a reader that copies a value out later holds only its place.
    public mutating func skipValue() -> Range<Int>? {
        parser.skipWhitespace()
        let start = parser.index
        parser.maxDepth = maxDepth - closers.count
        defer { parser.maxDepth = maxDepth }
        guard (try? parser.skipValue()) != nil else { return nil }
        return start..<parser.index
    }
}

/// The key of an object member as a ``JSONCursor`` reads it: its bytes in the document when it holds no escape,
/// else its decoded text. Compared with a name in a `switch` (`case "id":`) without making a `String`.
public struct JSONKey {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let decoded: String?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        decoded = nil
    }

    init(decoded: String) {
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        self.decoded = decoded
    }

    /// The key's text.
    public var text: String { decoded ?? String(decoding: bytes, as: UTF8.self) }

    /// Whether the key is `name`, byte for byte (a key's escapes decoded), as a `switch` over keys matches it.
    public static func ~= (name: StaticString, key: JSONKey) -> Bool {
        let nameBytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        if let decoded = key.decoded { return decoded.utf8.elementsEqual(nameBytes) }
        guard key.bytes.count == nameBytes.count else { return false }
        // Byte by byte: keys are short, and the generic comparison cost more than the loop.
        for index in 0..<nameBytes.count where key.bytes[index] != nameBytes[index] { return false }
        return true
    }
}
