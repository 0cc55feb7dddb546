import JSONTree

/// Reads typed fields from one JSON object, turning a wrong type into a located `LoadError`.
///
/// Decoding is lenient (STYLE.md, "Parsing"): unknown keys are ignored and `null` counts as absent,
/// but a key the loader reads must hold the type the real APIs emit.
struct RecordReader: LocatedObjectReader, Sendable {
    let object: JSONObject
    let offset: Int
    let path: JSONPath
    let file: SourceFile

    init(object: JSONObject, offset: Int, path: JSONPath, file: SourceFile) {
        self.object = object
        self.offset = offset
        self.path = path
        self.file = file
    }

    /// A reader over `value` when it is an object, else a wrong-type error naming `path`.
    init(_ value: JSONValue, path: JSONPath, file: SourceFile) throws(LoadError) {
        guard let object = value.object else {
            throw file.error(
                at: value.offset,
                .wrongType(keyPath: path.description, expected: "an object", found: value.kindDescription))
        }
        self.init(object: object, offset: value.offset, path: path, file: file)
    }

    /// Whether the key is present (even as null).
    func has(_ key: String) -> Bool { object.contains(key) }

    /// The raw value, nil when absent or null.
    func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func error(at offset: Int, _ reason: LoadProblem) -> LoadError { file.error(at: offset, reason) }

    /// A string field.
    func string(_ key: String) throws(LoadError) -> String? {
        guard let value = value(key) else { return nil }
        guard let string = value.string else { throw wrongType(key, value, expected: "a string") }
        return Self.isIDKey(key) ? IDText.distinct(string) : string
    }

    /// Whether `key` is one of `idKeys`: the one id key of its length, if any, compared, which costs less than
    /// hashing the key of every string a loader reads, and than comparing it with each id key in turn (5% of the
    /// instructions decoding an export took, most of them comparing strings that differ).
    static func isIDKey(_ key: String) -> Bool {
        switch key.utf8.count {
        case 2: key == "id"
        case 3: key == "_id"
        case 6: key == "userId"
        case 8: key == "authorId"
        case 9: key == "appUserId"
        case 14: key == "conversationId"
        case 15: key == "conversation_id"
        default: false
        }
    }

    /// Keys whose string values are messaging ids, compared by their bytes (`IDText`).
    static let idKeys: Set<String> = [
        "id", "_id", "userId", "authorId", "appUserId", "conversationId", "conversation_id",
    ]

    /// A string field that must be present.
    func requiredString(_ key: String) throws(LoadError) -> String {
        guard let string = try string(key) else { throw missing(key) }
        return string
    }

    /// A Support id: an integer up to Int64, normalised to its decimal string for joins (docs/rules.md §10).
    func supportID(_ key: String) throws(LoadError) -> String? {
        guard let value = value(key) else { return nil }
        guard let number = value.int64 else {
            if let literal = value.number {
                throw invalid(key, at: value.offset, literal, expected: "an integer id up to 9223372036854775807")
            }
            throw wrongType(key, value, expected: "an integer id")
        }
        return String(number)
    }

    /// A Support id that must be present.
    func requiredSupportID(_ key: String) throws(LoadError) -> String {
        guard let id = try supportID(key) else { throw missing(key) }
        return id
    }

    /// A Sunshine Conversations id: a string that must be present and non-empty.
    func requiredMessagingID(_ key: String) throws(LoadError) -> String {
        let id = try requiredString(key)
        guard !id.isEmpty else {
            throw invalid(key, at: object[key]?.offset ?? offset, id, expected: "a non-empty id")
        }
        return id
    }

    /// A boolean field.
    func bool(_ key: String) throws(LoadError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let bool = value.bool else { throw wrongType(key, value, expected: "a boolean") }
        return bool
    }

    /// A boolean that real data also writes as the string `"true"` or `"false"` (docs/rules.md §3).
    func lenientBool(_ key: String) throws(LoadError) -> Bool? {
        guard let value = value(key) else { return nil }
        if let bool = value.bool { return bool }
        if let string = value.string {
            switch string.lowercased() {
            case "true": return true
            case "false": return false
            default:
                throw invalid(key, at: value.offset, string, expected: "true or false")
            }
        }
        throw wrongType(key, value, expected: "a boolean")
    }

    /// A date: ISO 8601 text, or a number of epoch seconds (v1) or milliseconds (audits) (docs/rules.md §10).
    func date(_ key: String) throws(LoadError) -> Timestamp? {
        guard let value = value(key) else { return nil }
        if let text = value.string {
            guard let timestamp = Timestamp(iso8601: text) else {
                throw invalid(key, at: value.offset, text, expected: "an ISO 8601 date such as '2025-04-07T21:42:50Z'")
            }
            return timestamp
        }
        if let literal = value.number {
            // Epoch milliseconds are 13 digits for any date after 1973; seconds stay below 1e11 until 5138.
            // A literal too large for a Double (1e999) is a number all the same: an invalid date, not a wrong type.
            let number = value.double.flatMap { $0.isFinite ? $0 : nil }
            let timestamp = number.flatMap {
                abs($0) >= 1e11 ? Timestamp(epochSeconds: $0 / 1000) : Timestamp(epochSeconds: $0)
            }
            guard let timestamp else {
                throw invalid(key, at: value.offset, literal, expected: "epoch seconds or milliseconds")
            }
            return timestamp
        }
        throw wrongType(key, value, expected: "a date")
    }

    /// A nested object field.
    func object(_ key: String) throws(LoadError) -> RecordReader? {
        guard let value = value(key) else { return nil }
        return try RecordReader(value, path: path.appending(key), file: file)
    }

    /// An array field, as its elements.
    func array(_ key: String) throws(LoadError) -> [JSONValue]? {
        guard let value = value(key) else { return nil }
        guard let array = value.array else { throw wrongType(key, value, expected: "an array") }
        return array
    }

    /// An array of objects.
    func objects(_ key: String) throws(LoadError) -> [RecordReader] {
        guard let array = try array(key) else { return [] }
        var readers: [RecordReader] = []
        readers.reserveCapacity(array.count)
        for (index, element) in array.enumerated() {
            readers.append(try RecordReader(element, path: path.appending(key).appending(index: index), file: file))
        }
        return readers
    }

    /// An array of strings.
    func strings(_ key: String) throws(LoadError) -> [String] {
        guard let array = try array(key) else { return [] }
        var strings: [String] = []
        for (index, element) in array.enumerated() {
            guard let string = element.string else {
                throw file.error(
                    at: element.offset,
                    .wrongType(
                        keyPath: path.appending(key).appending(index: index).description, expected: "a string",
                        found: element.kindDescription))
            }
            strings.append(string)
        }
        return strings
    }

    /// A scalar rendered as text (string, number or boolean), for free-form values such as form fields.
    func text(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        if let string = value.string { return string }
        if let number = value.number { return number }
        if let bool = value.bool { return bool ? "true" : "false" }
        return nil
    }
}
