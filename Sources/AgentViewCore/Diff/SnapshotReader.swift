import JSONTree

/// Reads typed fields from one object of a snapshot, turning a wrong type into a located ``SnapshotError``.
///
/// STYLE.md, "Parsing": unknown keys are ignored; a wrong type is an error naming the key path. A key
/// whose value may be `null` may also be absent; every other key the comparison reads is required.
struct SnapshotReader: LocatedObjectReader {
    /// The file being read: its path for messages and its bytes for line and column.
    struct Source {
        /// The path as the user gave it.
        let path: String
        /// The whole file, to turn offsets into lines and columns; empty for a snapshot built in memory.
        let bytes: [UInt8]

        /// An error at a byte offset, with its line and column.
        func error(at offset: Int, _ reason: SnapshotProblem) -> SnapshotError {
            SnapshotError(path: path, offset: offset, in: bytes, reason: reason)
        }
    }

    /// The object being read.
    let object: JSONObject
    /// Where the object starts, for errors about a key it lacks.
    let offset: Int
    /// The object's key path from the document's root.
    let path: JSONPath
    /// The file the object was read from.
    let source: Source

    /// A reader over `value` when it is an object, else a wrong-type error naming `path`.
    init(_ value: JSONValue, path: JSONPath, source: Source) throws(SnapshotError) {
        guard let object = value.object else {
            throw source.error(
                at: value.offset,
                .wrongType(keyPath: path.description, expected: "an object", found: value.kindDescription))
        }
        self.object = object
        self.offset = value.offset
        self.path = path
        self.source = source
    }

    /// The value of a key that must be present; a `null` there is left to the caller's type check.
    func required(_ key: String) throws(SnapshotError) -> JSONValue {
        guard let value = object[key] else {
            throw missing(key)
        }
        return value
    }

    func error(at offset: Int, _ reason: SnapshotProblem) -> SnapshotError { source.error(at: offset, reason) }

    /// A string that must be present.
    func string(_ key: String) throws(SnapshotError) -> String {
        let value = try required(key)
        guard let string = value.string else { throw wrongType(key, value, expected: "a string") }
        return string
    }

    /// A page path as AgentView writes it: `users/…` or `tickets/…`, relative, ending in `.html`, made
    /// of letters, digits, `-`, `_` and `.` only. A snapshot is input like any other: a `page` of
    /// `javascript:…`, `data:…` or `../../..` must never become a link in `diff.html`.
    func pagePath(_ key: String) throws(SnapshotError) -> String {
        let value = try required(key)
        guard let page = value.string else { throw wrongType(key, value, expected: "a string") }
        let parts = page.split(separator: "/", omittingEmptySubsequences: false)
        let isPage =
            parts.count == 2 && (parts[0] == "users" || parts[0] == "tickets") && parts[1].hasSuffix(".html")
            && !parts[1].hasPrefix(".")
            && parts[1].unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "-_.".unicodeScalars.contains(scalar))
            }
        guard isPage else {
            throw invalid(
                key, at: value.offset, page,
                expected: "a page inside the rendered folder, such as 'users/support-1.html'")
        }
        return page
    }

    /// A string that may be null or absent.
    func optionalString(_ key: String) throws(SnapshotError) -> String? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let string = value.string else { throw wrongType(key, value, expected: "a string") }
        return string
    }

    /// A boolean that must be present.
    func bool(_ key: String) throws(SnapshotError) -> Bool {
        let value = try required(key)
        guard let bool = value.bool else { throw wrongType(key, value, expected: "a boolean") }
        return bool
    }

    /// A boolean that may be null or absent.
    func optionalBool(_ key: String) throws(SnapshotError) -> Bool? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let bool = value.bool else { throw wrongType(key, value, expected: "a boolean") }
        return bool
    }

    /// A whole number that may be null or absent.
    func optionalInt(_ key: String) throws(SnapshotError) -> Int? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let literal = value.number else { throw wrongType(key, value, expected: "a number") }
        guard let number = value.int64.flatMap({ Int(exactly: $0) }) else {
            throw invalid(key, at: value.offset, literal, expected: "a whole number")
        }
        return number
    }

    /// A user key (`support:123`, `messaging:abc`) that must be present.
    func userKey(_ key: String) throws(SnapshotError) -> UserKey {
        try parseUserKey(key, try string(key))
    }

    /// A user key that may be null or absent.
    func optionalUserKey(_ key: String) throws(SnapshotError) -> UserKey? {
        guard let text = try optionalString(key) else { return nil }
        return try parseUserKey(key, text)
    }

    private func parseUserKey(_ key: String, _ text: String) throws(SnapshotError) -> UserKey {
        guard let userKey = UserKey(text) else {
            throw invalid(
                key, at: object[key]?.offset ?? offset, text,
                expected: "a user key such as 'support:123' or 'messaging:abc'")
        }
        return userKey
    }

    /// A nested object that must be present.
    func object(_ key: String) throws(SnapshotError) -> SnapshotReader {
        try SnapshotReader(try required(key), path: path.appending(key), source: source)
    }

    /// An array of objects that may be null or absent (a snapshot written before the key existed).
    func optionalObjects(_ key: String) throws(SnapshotError) -> [SnapshotReader]? {
        guard let value = object[key], !value.isNull else { return nil }
        return try objects(key)
    }

    /// An array of objects that must be present (it may be empty).
    func objects(_ key: String) throws(SnapshotError) -> [SnapshotReader] {
        let value = try required(key)
        guard let elements = value.array else { throw wrongType(key, value, expected: "an array") }
        var readers: [SnapshotReader] = []
        readers.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            readers.append(
                try SnapshotReader(element, path: path.appending(key).appending(index: index), source: source))
        }
        return readers
    }
}
