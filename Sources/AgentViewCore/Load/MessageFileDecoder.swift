import JSONTree

/// A conversation's messages file read straight from its bytes into messages, without a JSON tree: the same
/// messages `ExportFileDecoder` makes of it, at a fraction of the cost (a million messages are most of an
/// export, and building and freeing their trees was a third of loading one).
///
/// It reads one shape only: the one every messages file of a REST export has, a top-level object whose only
/// record list is `messages`, holding v2 messages whose content carries no actions or fields. For anything
/// else, and for anything the tree decoder would report (wrong syntax, a wrong type, a missing id or time, a
/// date it cannot read, a repeated `messages`), it gives nil and the file is decoded in full, which reports it.
/// Where a key repeats, the last value counts, as `RecordReader` reads it; a field is judged only where
/// `Message(reading:conversationID:)` reads it, so a wrong type that reader never looks at is no failure.
enum MessageFileDecoder {
    /// The messages of a file in the one shape the decoder reads, in file order; nil for any other file.
    ///
    /// With `textFile`, the file the bytes were read from, a text without escapes is left there (`MessageText`).
    static func messages(in bytes: [UInt8], conversationID: String, textFile: ExportTextFile? = nil) -> [Message]? {
        JSONCursor.read(bytes) { cursor in
            guard cursor.open(JSONByte.openBrace) else { return nil }
            var messages: [Message]?
            let ok = cursor.members { cursor, key in
                if case "messages" = key {
                    // A repeated list key is the tree decoder's error to report.
                    guard messages == nil else { return false }
                    messages = list(&cursor, conversationID: conversationID, textFile: textFile)
                    return messages != nil
                }
                // Another record list would bring records of another kind.
                guard !ExportRecordRegistry.envelopeKeyNames.contains(key.text) else { return false }
                return cursor.value() != nil
            }
            // Without a `messages` key the object is no envelope: the tree decoder reads it as a bare record.
            guard ok, cursor.isAtEnd() else { return nil }
            return messages
        }
    }

    /// The value of `messages`: null (no messages) or an array of messages.
    private static func list(_ cursor: inout JSONCursor, conversationID: String, textFile: ExportTextFile?)
        -> [Message]?
    {
        if cursor.peek() == JSONByte.n { return cursor.value()?.isNull == true ? [] : nil }
        guard cursor.open(JSONByte.openBracket) else { return nil }
        var messages = GrowingList<Message>()
        let ok = cursor.elements { cursor in
            guard let message = message(&cursor, conversationID: conversationID, textFile: textFile) else {
                return false
            }
            messages.append(message)
            return true
        }
        return ok ? messages.exactArray() : nil
    }

    /// One v2 message, as `Message(reading:conversationID:)` reads it.
    private static func message(_ cursor: inout JSONCursor, conversationID: String, textFile: ExportTextFile?)
        -> Message?
    {
        guard cursor.open(JSONByte.openBrace) else { return nil }
        var id = Field.absent
        var received = Field.absent
        var author = Nested<AuthorFields>.absent
        var content = Nested<ContentFields>.absent
        var source = Nested<Field>.absent
        var activity = Nested<Field>.absent
        let ok = cursor.members { cursor, key in
            switch key {
            case "id": return field(&cursor, into: &id)
            case "received": return field(&cursor, into: &received)
            case "author": return nested(&cursor, into: &author, AuthorFields.read)
            case "content":
                return nested(&cursor, into: &content) { cursor in ContentFields.read(&cursor, textFile: textFile) }
            case "source": return nested(&cursor, into: &source, typeField)
            case "activity": return nested(&cursor, into: &activity, typeField)
            default: return cursor.value() != nil
            }
        }
        // A v1 message (`_id` without `id`) is left to the tree decoder, as is each field that reader would fail
        // on, in its order.
        guard ok, case .string(let idText) = id, !idText.isEmpty else { return nil }
        guard case .string(let receivedText) = received, let time = Timestamp(iso8601: receivedText) else {
            return nil
        }
        guard let authorRead = author.read({ $0.read() }), let contentRead = content.read({ $0.read() }),
            let sourceType = source.typeText(), let activityType = activity.typeText()
        else { return nil }
        return Message(
            id: IDText.distinct(idText), conversationID: conversationID, received: time,
            authorType: authorRead?.type, authorSubtypes: authorRead?.subtypes,
            authorUserID: authorRead?.userID.map(IDText.distinct), authorDisplayName: authorRead?.displayName,
            authorAuthenticatedAtSend: authorRead?.authenticated, content: contentRead, sourceType: sourceType,
            activityType: activityType)
    }

    /// Reads a scalar value into `field`.
    fileprivate static func field(_ cursor: inout JSONCursor, into field: inout Field) -> Bool {
        guard let value = cursor.value() else { return false }
        field = Field(value)
        return true
    }

    /// Reads a value that should be an object into `nested`: its fields when it is one, through `read`.
    fileprivate static func nested<Fields>(
        _ cursor: inout JSONCursor, into nested: inout Nested<Fields>,
        _ read: (inout JSONCursor) -> Fields?
    ) -> Bool {
        guard cursor.peek() == JSONByte.openBrace else {
            guard let value = cursor.value() else { return false }
            nested = value.isNull ? .absent : .other
            return true
        }
        guard cursor.open(JSONByte.openBrace), let fields = read(&cursor) else { return false }
        nested = .object(fields)
        return true
    }

    /// The `type` of a `source` or an `activity`.
    private static func typeField(_ cursor: inout JSONCursor) -> Field? {
        var type = Field.absent
        let ok = cursor.members { cursor, key in
            if case "type" = key { field(&cursor, into: &type) } else { cursor.value() != nil }
        }
        return ok ? type : nil
    }
}

/// A list grown as its elements are read, then moved into an array of exactly their number: fragments hold
/// every message until the export is assembled, and an array grown by appending holds up to twice its count
/// (80 MB more for the 100,000 conversations of 10,000 users). Elements are moved, never copied: a copy of a
/// message retains every string it holds.
private struct GrowingList<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity = 16
    private var count = 0

    init() { base = .allocate(capacity: capacity) }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    mutating func append(_ element: consuming Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// The elements, moved out into an array sized for them.
    consuming func exactArray() -> [Element] {
        let moved = count
        let array = [Element](unsafeUninitializedCapacity: moved) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: base, count: moved) }
            initialized = moved
        }
        count = 0
        return array
    }
}

/// A scalar field as `RecordReader` sees it: absent (or null), a string, or a value of another type.
private enum Field {
    case absent
    case string(String)
    case other(JSONValue)

    init(_ value: JSONValue) {
        switch value.kind {
        case .null: self = .absent
        case .string(let text): self = .string(text)
        default: self = .other(value)
        }
    }

    /// The string, nil when absent; `.none` when the field holds another type, which `RecordReader.string`
    /// reports as a wrong type.
    func string() -> String?? {
        switch self {
        case .absent: .some(nil)
        case .string(let text): .some(text)
        case .other: .none
        }
    }

    /// The field as `RecordReader.lenientBool` reads it; `.none` where that reports an error.
    func lenientBool() -> Bool?? {
        switch self {
        case .absent: return .some(nil)
        case .string(let text):
            switch text.lowercased() {
            case "true": return .some(true)
            case "false": return .some(false)
            default: return .none
            }
        case .other(let value): return value.bool.map { .some($0) } ?? .none
        }
    }
}

/// A field that should be an object: absent (or null), an object's fields, or a value of another type.
private enum Nested<Fields> {
    case absent
    case object(Fields)
    case other
}

extension Nested {
    /// What `record.object(key).map(read)` gives: nil inside when the field is absent, `read` of the object's
    /// fields when it is one; `.none` where that reports an error (a value of another type, or `read` failing).
    func read<Result>(_ read: (Fields) -> Result?) -> Result?? {
        switch self {
        case .absent: .some(nil)
        case .object(let fields): read(fields).map { .some($0) } ?? .none
        case .other: .none
        }
    }
}

extension Nested<Field> {
    /// The `type` of a `source` or an `activity` as `record.object(key)?.string("type")` reads it, nil inside
    /// when absent; `.none` where that reports a wrong type.
    func typeText() -> String?? {
        read { $0.string() }.map { $0 ?? nil }
    }
}

/// What a message's `author` holds, as read.
private struct AuthorFields {
    var type = Field.absent
    /// nil when absent or null; `.other` and non-string elements fail where they are read.
    var subtypes: [String]?
    var subtypesFail = false
    var userID = Field.absent
    var displayName = Field.absent
    var user = Nested<Field>.absent

    /// What `Message(reading:conversationID:)` takes of an author, in its order; nil where it reports an error.
    struct Read {
        var type: String?
        var subtypes: [String]?
        var userID: String?
        var displayName: String?
        var authenticated: Bool?
    }

    func read() -> Read? {
        guard let type = type.string(), !subtypesFail, let userID = userID.string(),
            let displayName = displayName.string()
        else { return nil }
        guard let authenticated = user.read({ $0.lenientBool() }).map({ $0 ?? nil }) else { return nil }
        return Read(
            type: type, subtypes: subtypes, userID: userID, displayName: displayName, authenticated: authenticated)
    }

    static func read(_ cursor: inout JSONCursor) -> AuthorFields? {
        var fields = AuthorFields()
        let ok = cursor.members { cursor, key in
            switch key {
            case "type": return MessageFileDecoder.field(&cursor, into: &fields.type)
            case "subtypes":
                guard let value = cursor.value() else { return false }
                fields.subtypes = nil
                fields.subtypesFail = false
                switch value.kind {
                case .null: break
                case .array(let elements):
                    var texts: [String] = []
                    for element in elements {
                        guard let text = element.string else {
                            fields.subtypesFail = true
                            return true
                        }
                        texts.append(text)
                    }
                    fields.subtypes = texts
                default: fields.subtypesFail = true
                }
                return true
            case "userId": return MessageFileDecoder.field(&cursor, into: &fields.userID)
            case "displayName": return MessageFileDecoder.field(&cursor, into: &fields.displayName)
            case "user":
                return MessageFileDecoder.nested(&cursor, into: &fields.user) { cursor in
                    var authenticated = Field.absent
                    let ok = cursor.members { cursor, key in
                        if case "authenticated" = key {
                            MessageFileDecoder.field(&cursor, into: &authenticated)
                        } else {
                            cursor.value() != nil
                        }
                    }
                    return ok ? authenticated : nil
                }
            default: return cursor.value() != nil
            }
        }
        return ok ? fields : nil
    }
}

/// What a message's `content` holds, as read.
private struct ContentFields {
    var type = Field.absent
    var text = Field.absent
    /// `text` when it is a string without escapes, left in `textFile` (then `text` is absent).
    var textInFile: (file: ExportTextFile, start: UInt32, count: UInt32)?
    var textFallback = Field.absent
    var body = Field.absent
    var mediaURL = Field.absent
    var altText = Field.absent
    /// Whether `actions` or `fields` holds anything but null or an empty list: left to the tree decoder.
    var hasExtras = false

    /// The content as `MessageContent(reading:)` makes it; nil where it reports an error or reads what this
    /// decoder leaves to the tree decoder.
    func read() -> MessageContent? {
        guard !hasExtras, let type = type.string() else { return nil }
        guard let mediaURL = mediaURL.string(), let altText = altText.string() else { return nil }
        if let (file, start, count) = textInFile {
            return MessageContent(
                type: type ?? "text", storedText: .inFile(file, start: start, count: count), mediaURL: mediaURL,
                altText: altText)
        }
        // `text` first, then the fallbacks, each read only when the one before is absent.
        guard var shown = text.string() else { return nil }
        if shown == nil {
            guard let fallback = textFallback.string() else { return nil }
            shown = fallback
        }
        if shown == nil {
            guard let body = body.string() else { return nil }
            shown = body
        }
        return MessageContent(type: type ?? "text", text: shown, mediaURL: mediaURL, altText: altText)
    }

    static func read(_ cursor: inout JSONCursor, textFile: ExportTextFile?) -> ContentFields? {
        var fields = ContentFields()
        var actions = false
        var formFields = false
        let ok = cursor.members { cursor, key in
            switch key {
            case "type": return MessageFileDecoder.field(&cursor, into: &fields.type)
            case "text":
                // The last of a repeated key counts, as in the tree.
                fields.textInFile = nil
                if let textFile, let content = cursor.plainString() {
                    guard !content.isEmpty else {
                        fields.text = .string("")
                        return true
                    }
                    fields.text = .absent
                    fields.textInFile = (textFile, UInt32(content.lowerBound), UInt32(content.count))
                    return true
                }
                return MessageFileDecoder.field(&cursor, into: &fields.text)
            case "textFallback": return MessageFileDecoder.field(&cursor, into: &fields.textFallback)
            case "body": return MessageFileDecoder.field(&cursor, into: &fields.body)
            case "mediaUrl": return MessageFileDecoder.field(&cursor, into: &fields.mediaURL)
            case "altText": return MessageFileDecoder.field(&cursor, into: &fields.altText)
            case "actions", "fields":
                guard let value = cursor.value() else { return false }
                let isEmpty = value.isNull || value.array?.isEmpty == true
                if case "actions" = key { actions = !isEmpty } else { formFields = !isEmpty }
                return true
            default: return cursor.value() != nil
            }
        }
        fields.hasExtras = actions || formFields
        return ok ? fields : nil
    }
}

/// The bytes of JSON's structure that the cursor readers (`MessageFileDecoder`, `EnvelopeListDecoder`) open
/// and peek at.
enum JSONByte {
    static let openBrace = UInt8(ascii: "{")
    static let openBracket = UInt8(ascii: "[")
    static let n = UInt8(ascii: "n")
}
