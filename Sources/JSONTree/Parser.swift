/// A cursor over one buffer that builds the value tree without recursion.
///
/// Open containers live on heap stacks (`frames`, `elements`, `members`) rather than on the call
/// stack, so nesting costs no stack space and the depth limit is a policy, not a safeguard.
/// Elements of all open arrays share one stack and are moved into an exactly sized array when
/// their container closes, which keeps the tree of a gigabyte export free of spare capacity.
struct Parser: ~Copyable {
    /// The first byte of the whole buffer; offsets are counted from here.
    let base: UnsafePointer<UInt8>
    /// The offset of the next byte to read.
    var index: Int
    /// The offset just past the last byte of the current document (the buffer's or a line's end).
    var end: Int
    /// How many arrays and objects may be open at once.
    var maxDepth: Int

    /// The containers open around `index`, outermost first.
    private var frames: [Frame] = []
    /// The finished elements of every open array, innermost last.
    private var elements = MoveStack<JSONValue>()
    /// The members of every open object, innermost last; the last one's value is a placeholder until read.
    private var members = MoveStack<JSONObject.Member>()
    /// Reused buffer for decoding strings with escapes, so that each such string allocates once.
    var scratch: [UInt8] = []
    /// Strings read lately, so that a value repeated in the document shares one storage.
    var strings = StringCache()
    /// Whether values are built; false while `skipValue` steps over one, checking it all the same.
    private var building = true

    /// One open array or object.
    private struct Frame {
        /// Whether the container is an object rather than an array.
        var isObject: Bool
        /// The offset of its `[` or `{`.
        var offset: Int
        /// Where its elements or members start on the shared stack.
        var start: Int
    }

    /// Creates a parser over `base[index..<end]`.
    init(base: UnsafePointer<UInt8>, index: Int, end: Int, maxDepth: Int) {
        self.base = base
        self.index = index
        self.end = end
        self.maxDepth = maxDepth
    }

    /// Parses the one value that must fill `index..<end`, whitespace around it allowed.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < end else { throw JSONSyntaxError(offset: index, reason: .emptyDocument) }
        let value = try parseValue()
        skipWhitespace()
        guard index == end else { throw trailingContentError() }
        return value
    }

    /// Skips the whitespace of RFC 8259 §2.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < end && ASCII.isWhitespace(base[index]) {
            index += 1
        }
    }

    /// Steps over one value with everything nested in it, leaving `index` just past it: `parseValue` with the
    /// same checks, building nothing (no element, member or string is kept; a string with an escape is still
    /// decoded to be checked).
    mutating func skipValue() throws(JSONSyntaxError) {
        building = false
        defer { building = true }
        _ = try parseValue()
    }

    /// Reads one value with everything nested in it, leaving `index` just past it.
    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        var value: JSONValue
        // Each pass of `next` reads one scalar or closes containers; opening one goes round again
        // for its first element.
        next: while true {
            skipWhitespace()
            guard index < end else { throw unexpectedEnd() }
            let start = index
            switch base[index] {
            case ASCII.quote:
                value = building ? JSONValue(.string(try readString()), offset: start) : try skipString()
            case ASCII.openBracket:
                try open(isObject: false)
                skipWhitespace()
                guard index < end && base[index] == ASCII.closeBracket else { continue next }
                index += 1
                value = close()
            case ASCII.openBrace:
                try open(isObject: true)
                skipWhitespace()
                guard index < end && base[index] == ASCII.closeBrace else {
                    try readKey()
                    continue next
                }
                index += 1
                value = close()
            case ASCII.minus, ASCII.zero...ASCII.nine:
                value = JSONValue(.number(try readNumber()), offset: start)
            default:
                value = JSONValue(try readLiteral(), offset: start)
            }
            // Hand the finished value to its container; when that closes too, hand the container on.
            while let frame = frames.last {
                if building && frame.isObject {
                    members.modifyLast { $0.value = value }
                } else if building {
                    elements.append(value)
                }
                skipWhitespace()
                guard index < end else { throw unexpectedEnd() }
                let closer = frame.isObject ? ASCII.closeBrace : ASCII.closeBracket
                switch base[index] {
                case ASCII.comma:
                    let comma = index
                    index += 1
                    skipWhitespace()
                    if index < end && base[index] == closer {
                        throw JSONSyntaxError(offset: comma, reason: .trailingComma(before: Unicode.Scalar(closer)))
                    }
                    if frame.isObject { try readKey() }
                    continue next
                case closer:
                    index += 1
                    value = close()
                default:
                    throw unexpected(expected: frame.isObject ? .objectSeparator : .arraySeparator)
                }
            }
            return value
        }
    }

    /// Opens an array or object at `index`, enforcing the depth limit.
    private mutating func open(isObject: Bool) throws(JSONSyntaxError) {
        guard frames.count < maxDepth else {
            throw JSONSyntaxError(offset: index, reason: .tooDeep(limit: maxDepth))
        }
        frames.append(Frame(isObject: isObject, offset: index, start: isObject ? members.count : elements.count))
        index += 1
    }

    /// Closes the innermost container, moving its elements or members off the shared stack.
    private mutating func close() -> JSONValue {
        let frame = frames.removeLast()
        guard building else { return JSONValue(.null) }
        if frame.isObject {
            return JSONValue(.object(JSONObject(members.popArray(from: frame.start))), offset: frame.offset)
        }
        return JSONValue(.array(elements.popArray(from: frame.start)), offset: frame.offset)
    }

    /// Reads `"key" :` and pushes a member whose value the caller reads next.
    private mutating func readKey() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < end else { throw unexpectedEnd() }
        guard base[index] == ASCII.quote else { throw unexpected(expected: .key) }
        let keyOffset = index
        let key: String?
        if building {
            key = try readString()
        } else {
            key = nil
            _ = try skipString()
        }
        skipWhitespace()
        guard index < end else { throw unexpectedEnd() }
        guard base[index] == ASCII.colon else { throw unexpected(expected: .colon) }
        index += 1
        if let key { members.append(JSONObject.Member(key: key, keyOffset: keyOffset, value: JSONValue(.null))) }
    }

    /// Steps over a string at `index` as `readString` checks it, making no `String` unless it holds an escape.
    private mutating func skipString() throws(JSONSyntaxError) -> JSONValue {
        if try readPlainString() == nil { _ = try readString() }
        return JSONValue(.null)
    }

    /// The error for input that stops inside the innermost open container.
    private func unexpectedEnd() -> JSONSyntaxError {
        guard let frame = frames.last else { return JSONSyntaxError(offset: index, reason: .emptyDocument) }
        return JSONSyntaxError(offset: index, reason: .unexpectedEnd(inside: frame.isObject ? .object : .array))
    }
}
