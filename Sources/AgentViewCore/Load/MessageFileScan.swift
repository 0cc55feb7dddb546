import JSONTree

/// A cheap pass over a conversation's messages file, for a shard that will drop its messages
/// (docs/rules.md §11 rule 10): it checks the file's JSON syntax and reads of each message only what the
/// shard's plan and its trace need (id, end-user author), without building a JSON tree or decoding content.
///
/// It reads one shape only, the one every messages file of a REST export has: a top-level object whose
/// only record list is `messages`, holding objects. For anything else, and for anything the full decoder
/// would report about the fields it reads (a missing id, an author that is not an object, an escaped key
/// or id), it gives nil and the file is decoded in full. A message's other fields (`received`, `content`,
/// …) are not checked here: the shard that decodes the file in full reports them.
enum MessageFileScan {
    /// What the plan and a trace need of one message.
    struct Entry: Equatable, Sendable {
        /// The message id, as the decoder reads it (`IDText.distinct`).
        var id: String
        /// The messaging user id of an end-user author; nil for any other author.
        var endUserAuthor: String?
    }

    /// The messages of a file in the one shape the scan reads, in file order; nil for any other file.
    static func entries(in bytes: [UInt8]) -> [Entry]? {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = ScanCursor(bytes: buffer)
            return cursor.document()
        }
    }
}

/// A field the scan reads, as the decoder would see it: absent or null (both mean absent to
/// `RecordReader`), a string without escapes, or anything else.
private enum ScannedField {
    case absent
    case string(String)
    case other

    /// The string, nil when absent; `other` is an error the decoder would report, so the scan gives up.
    func text() -> String?? {
        switch self {
        case .absent: .some(nil)
        case .string(let text): .some(text)
        case .other: nil
        }
    }
}

/// A cursor over a file's bytes that reads the messages shape and steps over every other value, checking
/// its syntax (RFC 8259, UTF-8 included) without keeping it.
private struct ScanCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// As deep as `JSONReader` nests by default; deeper files are left to the full parser.
    static let maxDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    // MARK: The messages shape

    mutating func document() -> [MessageFileScan.Entry]? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var entries: [MessageFileScan.Entry]?
        let ok = members(depth: 1) { cursor, key in
            if cursor.is(key, "messages") {
                // A repeated list key is an error of the decoder's (the scan does not decide it).
                guard entries == nil else { return false }
                entries = cursor.messages()
                return entries != nil
            }
            // Another record list would bring records of another kind.
            guard !ExportRecordRegistry.envelopeKeyNames.contains(cursor.text(key)) else { return false }
            return cursor.skipValue(depth: 1)
        }
        skipWhitespace()
        // Without a `messages` key the object is no envelope: the decoder reads it as a bare record.
        guard ok, index == bytes.count else { return nil }
        return entries
    }

    /// The value of `messages`: null (no messages) or an array of message objects.
    private mutating func messages() -> [MessageFileScan.Entry]? {
        if peek == UInt8(ascii: "n") { return literal("null") ? [] : nil }
        guard take(UInt8(ascii: "[")) else { return nil }
        var entries: [MessageFileScan.Entry] = []
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return entries }
        while true {
            skipWhitespace()
            guard take(UInt8(ascii: "{")), let entry = message() else { return nil }
            entries.append(entry)
            skipWhitespace()
            if take(UInt8(ascii: "]")) { return entries }
            guard take(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// One message whose `{` was just read, as `Message(reading:)` reads its id and author: v2 (`id`,
    /// `author.type`, `author.userId`) or v1 (`_id` without `id`, `role`, `authorId`).
    private mutating func message() -> MessageFileScan.Entry? {
        var hasID = false
        var hasV1ID = false
        var id = ScannedField.absent
        var v1ID = ScannedField.absent
        var role = ScannedField.absent
        var authorID = ScannedField.absent
        var author: (type: ScannedField, userID: ScannedField)?
        var authorIsOther = false
        // Each key is read to its last occurrence, which is the one `RecordReader` reads.
        let ok = members(depth: 3) { cursor, key in
            if cursor.is(key, "id") {
                hasID = true
                return cursor.field(&id, depth: 3)
            }
            if cursor.is(key, "_id") {
                hasV1ID = true
                return cursor.field(&v1ID, depth: 3)
            }
            if cursor.is(key, "role") { return cursor.field(&role, depth: 3) }
            if cursor.is(key, "authorId") { return cursor.field(&authorID, depth: 3) }
            guard cursor.is(key, "author") else { return cursor.skipValue(depth: 3) }
            author = nil
            authorIsOther = false
            if cursor.peek == UInt8(ascii: "{") {
                cursor.index += 1
                var type = ScannedField.absent
                var userID = ScannedField.absent
                let read = cursor.members(depth: 4) { cursor, key in
                    if cursor.is(key, "type") { return cursor.field(&type, depth: 4) }
                    if cursor.is(key, "userId") { return cursor.field(&userID, depth: 4) }
                    return cursor.skipValue(depth: 4)
                }
                author = (type, userID)
                return read
            }
            var value = ScannedField.absent
            guard cursor.field(&value, depth: 3) else { return false }
            authorIsOther = { if case .absent = value { false } else { true } }()
            return true
        }
        guard ok, !authorIsOther else { return nil }
        if hasV1ID && !hasID {
            guard let idText = v1ID.text(), let idText, !idText.isEmpty, let roleText = role.text() else { return nil }
            let isEndUser = (roleText ?? "appUser") == "appUser"
            guard isEndUser else { return MessageFileScan.Entry(id: IDText.distinct(idText), endUserAuthor: nil) }
            guard let authorText = authorID.text() else { return nil }
            return MessageFileScan.Entry(id: IDText.distinct(idText), endUserAuthor: authorText.map(IDText.distinct))
        }
        guard let idText = id.text(), let idText, !idText.isEmpty else { return nil }
        guard let typeText = (author?.type ?? .absent).text(), let userText = (author?.userID ?? .absent).text()
        else { return nil }
        let isEndUser = (typeText ?? "business") == "user"
        return MessageFileScan.Entry(
            id: IDText.distinct(idText), endUserAuthor: isEndUser ? userText.map(IDText.distinct) : nil)
    }

    /// Reads a value into `field`: a string, null (absent), or any other value, stepped over.
    private mutating func field(_ field: inout ScannedField, depth: Int) -> Bool {
        switch peek {
        case UInt8(ascii: "\""):
            guard let span = string() else { return false }
            field = span.escaped ? .other : .string(text(span))
            return true
        case UInt8(ascii: "n"):
            field = .absent
            return literal("null")
        default:
            field = .other
            return skipValue(depth: depth)
        }
    }

    /// Reads the members of an object whose `{` was just read, through its `}`, giving each key (left
    /// at its value) to `member`; false when the syntax is wrong, a key holds an escape, or `member` fails.
    private mutating func members(depth: Int, _ member: (inout ScanCursor, StringSpan) -> Bool) -> Bool {
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return true }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\""), let key = string(), !key.escaped else { return false }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard member(&self, key) else { return false }
            skipWhitespace()
            if take(UInt8(ascii: "}")) { return true }
            guard take(UInt8(ascii: ",")) else { return false }
        }
    }

    /// Whether a string without escapes is `word`, by its bytes: the words asked about are ASCII, which no
    /// other sequence of scalars equals.
    func `is`(_ span: StringSpan, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard span.bytes.count == count else { return false }
        for offset in 0..<count where bytes[span.bytes.lowerBound + offset] != word.utf8Start[offset] { return false }
        return true
    }

    /// The text of a string without escapes: made only for the few strings the scan keeps, since a message's
    /// keys and texts are many and are only stepped over.
    func text(_ span: StringSpan) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[span.bytes]), as: UTF8.self)
    }

    // MARK: Syntax

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// Where a string's bytes are, between its quotes, and whether it holds an escape (valid, but the scan
    /// does not unescape).
    struct StringSpan {
        var bytes: Range<Int>
        var escaped: Bool
    }

    /// A string at `"`, stepped over; nil when it is not valid JSON. Eight bytes at a time while none is a
    /// quote, a backslash, a control character or outside ASCII: most of a message's bytes are its text.
    private mutating func string() -> StringSpan? {
        index += 1
        let start = index
        var escaped = false
        let base = bytes.baseAddress!
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !Self.mayEndOrEscape(word) {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let span = StringSpan(bytes: start..<index, escaped: escaped)
                index += 1
                return span
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard skipEscape() else { return nil }
            } else if byte < 0x20 {
                return nil
            } else if byte < 0x80 {
                index += 1
            } else {
                guard skipMultibyte() else { return nil }
            }
        }
        return nil
    }

    /// Whether any of eight bytes is a quote, a backslash, below 0x20 or above 0x7F (each test exact for the
    /// word as a whole: a byte below `n` makes `byte - n` borrow into its top bit).
    private static func mayEndOrEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let control = (word &- ones &* 0x20) & ~word
        let quote = (quotes &- ones) & ~quotes
        let backslash = (backslashes &- ones) & ~backslashes
        return (word | control | quote | backslash) & highs != 0
    }

    /// Steps over `\x` or `\uXXXX` at `index`.
    private mutating func skipEscape() -> Bool {
        guard index + 1 < bytes.count else { return false }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
            return true
        case UInt8(ascii: "u"):
            guard index + 6 <= bytes.count else { return false }
            for offset in 2..<6 where !bytes[index + offset].isHexDigit { return false }
            // A surrogate escape is valid only in a pair (a lone one is the parser's syntax error): rare
            // enough that the scan gives up on it and the file is decoded in full.
            // `| 0x20` lowers a hex letter and leaves a digit as it is: D800 to DFFF are the surrogates.
            let first = bytes[index + 2] | 0x20
            let second = bytes[index + 3] | 0x20
            if first == UInt8(ascii: "d")
                && (second == UInt8(ascii: "8") || second == UInt8(ascii: "9") || second >= UInt8(ascii: "a"))
            {
                return false
            }
            index += 6
            return true
        default: return false
        }
    }

    /// Steps over one well-formed UTF-8 sequence of two to four bytes, judged as the parser judges it.
    private mutating func skipMultibyte() -> Bool {
        guard case .scalar(let length) = UTF8Sequence(at: index, in: bytes.baseAddress!, end: bytes.count) else {
            return false
        }
        index += length
        return true
    }

    /// Steps over any value at `index`, nested at most `maxDepth` deep in all (`depth` counts the
    /// containers around it).
    mutating func skipValue(depth: Int) -> Bool {
        switch peek {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"):
            guard depth < Self.maxDepth else { return false }
            index += 1
            return members(depth: depth + 1) { cursor, _ in cursor.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            guard depth < Self.maxDepth else { return false }
            index += 1
            skipWhitespace()
            if take(UInt8(ascii: "]")) { return true }
            while true {
                skipWhitespace()
                guard skipValue(depth: depth + 1) else { return false }
                skipWhitespace()
                if take(UInt8(ascii: "]")) { return true }
                guard take(UInt8(ascii: ",")) else { return false }
            }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    /// Steps over a number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
        } else {
            guard let first = peek, (0x31...0x39).contains(first) else { return false }
            skipDigits()
        }
        if take(UInt8(ascii: ".")) {
            guard peek?.isDigit == true else { return false }
            skipDigits()
        }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard peek?.isDigit == true else { return false }
            skipDigits()
        }
        return true
    }

    private mutating func skipDigits() {
        while peek?.isDigit == true { index += 1 }
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { (0x30...0x39).contains(self) }
    fileprivate var isHexDigit: Bool { isDigit || (0x41...0x46).contains(self) || (0x61...0x66).contains(self) }
}
