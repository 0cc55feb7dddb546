/// The bytes the JSON grammar is written in, named so the parser reads like RFC 8259.
enum ASCII {
    /// `\t`, whitespace.
    static let tab: UInt8 = 0x09
    /// `\n`, whitespace and the NDJSON line end.
    static let newline: UInt8 = 0x0A
    /// `\r`, whitespace and part of a CRLF line end.
    static let carriageReturn: UInt8 = 0x0D
    /// ` `, whitespace and the lowest byte a string may hold raw.
    static let space: UInt8 = 0x20
    /// `"`, which delimits strings.
    static let quote: UInt8 = 0x22
    /// `'`, which some producers wrongly delimit strings with.
    static let apostrophe: UInt8 = 0x27
    /// `+`, an exponent sign.
    static let plus: UInt8 = 0x2B
    /// `,`, between elements and members.
    static let comma: UInt8 = 0x2C
    /// `-`, a number's or an exponent's sign.
    static let minus: UInt8 = 0x2D
    /// `.`, before a fraction.
    static let period: UInt8 = 0x2E
    /// `/`, where a comment would start.
    static let slash: UInt8 = 0x2F
    /// `0`, the lowest digit.
    static let zero: UInt8 = 0x30
    /// `9`, the highest digit.
    static let nine: UInt8 = 0x39
    /// `:`, between a key and its value.
    static let colon: UInt8 = 0x3A
    /// `[`, which opens an array.
    static let openBracket: UInt8 = 0x5B
    /// `\`, which starts an escape.
    static let backslash: UInt8 = 0x5C
    /// `]`, which closes an array.
    static let closeBracket: UInt8 = 0x5D
    /// `{`, which opens an object.
    static let openBrace: UInt8 = 0x7B
    /// `}`, which closes an object.
    static let closeBrace: UInt8 = 0x7D

    /// Whether `byte` is one of the four whitespace characters of RFC 8259 §2.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == newline || byte == carriageReturn || byte == tab
    }

    /// Whether `byte` is a decimal digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- zero < 10
    }

    /// Whether `byte` can continue a bare word such as `true` or `NaN`.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || isDigit(byte) || byte == 0x5F
    }
}
