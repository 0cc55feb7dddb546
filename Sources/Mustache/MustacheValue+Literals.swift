extension MustacheValue {
    /// Creates a text value.
    public init(_ string: String) {
        self = .string(string)
    }

    /// Creates a text value, or `null` when there is no text.
    public init(_ string: String?) {
        self = string.map(MustacheValue.string) ?? .null
    }

    /// Creates a number value that prints as the integer's decimal digits.
    public init(_ number: Int) {
        self = .number(String(number))
    }

    /// Creates a number value that prints as Swift's shortest exact form of the double (`1.21`, `85.0`).
    public init(_ number: Double) {
        self = .number(String(number))
    }

    /// Creates a boolean value.
    public init(_ flag: Bool) {
        self = .bool(flag)
    }
}

extension MustacheValue: ExpressibleByStringLiteral {
    /// Creates a text value from a string literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension MustacheValue: ExpressibleByIntegerLiteral {
    /// Creates a number value from an integer literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension MustacheValue: ExpressibleByFloatLiteral {
    /// Creates a number value from a floating-point literal.
    public init(floatLiteral value: Double) {
        self.init(value)
    }
}

extension MustacheValue: ExpressibleByBooleanLiteral {
    /// Creates a boolean value from `true` or `false`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension MustacheValue: ExpressibleByArrayLiteral {
    /// Creates a list value from an array literal.
    public init(arrayLiteral elements: MustacheValue...) {
        self = .list(elements)
    }
}

extension MustacheValue: ExpressibleByDictionaryLiteral {
    /// Creates a map value from a dictionary literal; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .map(MustacheMap(pairs: elements))
    }
}

extension MustacheValue: ExpressibleByNilLiteral {
    /// Creates `null` from `nil`.
    public init(nilLiteral: ()) {
        self = .null
    }
}
