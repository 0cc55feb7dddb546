extension JSONSyntaxError {
    /// What is wrong with the input, one case per rule of RFC 8259 the parser enforces.
    public enum Reason: Equatable, Sendable, CustomStringConvertible {
        /// The input holds nothing but whitespace (and perhaps a byte order mark).
        case emptyDocument
        /// The input ends before the construct it is inside is complete.
        case unexpectedEnd(inside: Construct)
        /// A character that cannot stand where it does.
        case unexpectedCharacter(Unicode.Scalar, expected: Expectation)
        /// A comma directly before the closing `]` or `}` given.
        case trailingComma(before: Unicode.Scalar)
        /// A bare word other than `true`, `false` and `null`, such as `NaN` or `-Infinity`.
        case invalidLiteral(String)
        /// A string delimited by `'`.
        case singleQuotedString
        /// A `/` where a comment would start.
        case comment
        /// The first byte of an ill-formed UTF-8 sequence.
        case invalidUTF8(byte: UInt8)
        /// Arrays and objects nested deeper than the limit given.
        case tooDeep(limit: Int)
        /// Something other than whitespace after the document's value.
        case trailingContent
        /// A control character (below U+0020) written raw inside a string.
        case unescapedControlCharacter(UInt8)
        /// A backslash escape RFC 8259 §7 does not define, as written (`\q`, `\u12g4`).
        case invalidEscape(String)
        /// A `\u` escape of half a UTF-16 surrogate pair, as written (`\ud800`).
        case loneSurrogate(String)
        /// A number whose integer part starts with a zero followed by more digits, as written.
        case leadingZero(String)
        /// A number whose `-`, `.`, `e` or exponent sign is not followed by a digit, as written up to that sign.
        case missingDigit(String)

        /// The message text, in compiler style: lowercase, no final period.
        public var description: String {
            switch self {
            case .emptyDocument: "the file is empty"
            case .unexpectedEnd(let construct): "unexpected end of input inside \(construct)"
            case .unexpectedCharacter(let scalar, let expected): "\(expected), found \(Self.quoted(scalar))"
            case .trailingComma(let closer): "trailing comma before '\(closer)'"
            case .invalidLiteral(let word): "'\(word)' is not valid JSON"
            case .singleQuotedString: "strings must be in double quotes, not single quotes"
            case .comment: "comments are not valid JSON"
            case .invalidUTF8(let byte): "invalid UTF-8 byte 0x\(Self.hex(byte, digits: 2, uppercase: false))"
            case .tooDeep(let limit): "nesting deeper than \(limit) \(limit == 1 ? "level" : "levels")"
            case .trailingContent: "unexpected content after the JSON value"
            case .unescapedControlCharacter(let byte):
                "control character U+\(Self.hex(byte, digits: 4)) in a string must be escaped"
            case .invalidEscape(let escape): "invalid escape '\(escape)'"
            case .loneSurrogate(let escape): "lone surrogate '\(escape)'"
            case .leadingZero(let literal): "number '\(literal)' has a leading zero"
            case .missingDigit(let literal): "number '\(literal)' needs a digit after '\(literal.suffix(1))'"
            }
        }

        /// `description` without anything quoted from the input (for output that must not carry it, such as
        /// AgentView's `--redact`): the same words where the reason quotes nothing, which is most of them.
        public var descriptionWithoutInput: String {
            let notQuoted = "not quoted under --redact"
            switch self {
            case .unexpectedCharacter(_, let expected): return "\(expected), found another character (\(notQuoted))"
            case .invalidLiteral: return "a bare word that is not valid JSON (\(notQuoted))"
            case .invalidEscape: return "an invalid escape (\(notQuoted))"
            case .loneSurrogate: return "a lone surrogate escape (\(notQuoted))"
            case .leadingZero: return "a number with a leading zero (\(notQuoted))"
            case .missingDigit: return "a number missing a digit (\(notQuoted))"
            case .emptyDocument, .unexpectedEnd, .trailingComma, .singleQuotedString, .comment, .invalidUTF8, .tooDeep,
                .trailingContent, .unescapedControlCharacter:
                return description
            }
        }

        /// Quotes a visible character and names an invisible one by code point, so that a
        /// message never carries a raw control character or a lookalike space to the terminal.
        static func quoted(_ scalar: Unicode.Scalar) -> String {
            isVisible(scalar) ? "'\(scalar)'" : "U+\(hex(scalar.value, digits: 4))"
        }

        /// Whether `scalar` shows as itself in a terminal, unlike controls, spaces and formatting marks.
        static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
                .privateUse, .surrogate:
                false
            default:
                true
            }
        }

        /// Hexadecimal padded to `digits`: uppercase as in `U+000A`, lowercase as in `0xff`.
        static func hex(_ value: some BinaryInteger, digits: Int, uppercase: Bool = true) -> String {
            let text = String(value, radix: 16, uppercase: uppercase)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
    }
}
