extension JSONSyntaxError {
    /// The innermost construct the input ended inside, for "unexpected end of input inside …".
    public enum Construct: Equatable, Sendable, CustomStringConvertible {
        /// An object: its closing `}` is missing.
        case object
        /// An array: its closing `]` is missing.
        case array
        /// A string: its closing `"` is missing.
        case string
        /// A number that stops after `-`, `.`, `e` or an exponent sign.
        case number
        /// A literal cut short, named by the literal it begins (`nu` → `null`).
        case literal(String)

        /// The construct with its article, as it reads after "inside".
        public var description: String {
            switch self {
            case .object: "an object"
            case .array: "an array"
            case .string: "a string"
            case .number: "a number"
            case .literal(let word): "'\(word)'"
            }
        }
    }
}
