extension JSONValue {
    /// The string content, or nil when the value is not a string.
    public var string: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The boolean, or nil when the value is not `true` or `false`.
    public var bool: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    /// The number literal as written, or nil when the value is not a number.
    public var number: String? {
        if case .number(let literal) = kind { return literal }
        return nil
    }

    /// The elements, or nil when the value is not an array.
    public var array: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The object, or nil when the value is not an object.
    public var object: JSONObject? {
        if case .object(let object) = kind { return object }
        return nil
    }

    /// Whether the value is the literal `null`.
    public var isNull: Bool {
        // A pattern rather than `==`, which built a `.null` to compare with: a reader asks this of every value
        // it reads.
        if case .null = kind { return true }
        return false
    }

    /// The number as an `Int64` when its literal is an integer (no fraction, no exponent) in range.
    ///
    /// `"12.0"` and `"1e3"` give nil on purpose: an ID written that way is not what the producer
    /// meant to send, and the caller should say so rather than guess.
    public var int64: Int64? {
        guard case .number(let literal) = kind,
            !literal.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") })
        else { return nil }
        return Int64(literal)
    }

    /// The number as the nearest `Double`, or nil when it is not a number or overflows to infinity.
    public var double: Double? {
        guard case .number(let literal) = kind, let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    /// The JSON type with its article, for messages such as "expected a string, found a number".
    public var kindDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
