extension JSONSyntaxError {
    /// What the grammar allows where an unexpected character was found.
    public enum Expectation: Equatable, Sendable, CustomStringConvertible {
        /// Any value: at the start, after `[`, after `,` in an array, or after `:`.
        case value
        /// A member's key: after `{` or after `,` in an object.
        case key
        /// The `:` between a key and its value.
        case colon
        /// A `,` or `}` after an object member.
        case objectSeparator
        /// A `,` or `]` after an array element.
        case arraySeparator

        /// The expectation as the first half of "expected …, found …".
        public var description: String {
            switch self {
            case .value: "expected a value"
            case .key: "expected a string key"
            case .colon: "expected ':' after an object key"
            case .objectSeparator: "expected ',' or '}' after an object member"
            case .arraySeparator: "expected ',' or ']' after an array element"
            }
        }
    }
}
