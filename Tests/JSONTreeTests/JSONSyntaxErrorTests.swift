import JSONTree
import Testing

/// One malformed input with the offset and message a user must see for it.
struct SyntaxErrorCase: CustomTestStringConvertible, Sendable {
    let input: [UInt8]
    let offset: Int
    let description: String

    init(_ json: String, at offset: Int, _ description: String) {
        self.init(bytes: Array(json.utf8), at: offset, description)
    }

    init(bytes: [UInt8], at offset: Int, _ description: String) {
        self.input = bytes
        self.offset = offset
        self.description = description
    }

    var testDescription: String {
        String(decoding: input, as: UTF8.self).debugDescription
    }
}

@Suite("Syntax errors")
struct JSONSyntaxErrorTests {
    static let structure: [SyntaxErrorCase] = [
        SyntaxErrorCase("", at: 0, "the file is empty"),
        SyntaxErrorCase(" \n\t\r ", at: 5, "the file is empty"),
        SyntaxErrorCase("\u{FEFF}", at: 3, "the file is empty"),
        SyntaxErrorCase("[1,]", at: 2, "trailing comma before ']'"),
        SyntaxErrorCase(#"{"a":1, }"#, at: 6, "trailing comma before '}'"),
        SyntaxErrorCase(#"{"a":1 "b":2}"#, at: 7, #"expected ',' or '}' after an object member, found '"'"#),
        SyntaxErrorCase(#"{"a":1x}"#, at: 6, "expected ',' or '}' after an object member, found 'x'"),
        SyntaxErrorCase("[1 2]", at: 3, "expected ',' or ']' after an array element, found '2'"),
        SyntaxErrorCase(#"["a""b"]"#, at: 4, #"expected ',' or ']' after an array element, found '"'"#),
        SyntaxErrorCase(#"{"a" 1}"#, at: 5, "expected ':' after an object key, found '1'"),
        SyntaxErrorCase("{a:1}", at: 1, "expected a string key, found 'a'"),
        SyntaxErrorCase("{,}", at: 1, "expected a string key, found ','"),
        SyntaxErrorCase("[,1]", at: 1, "expected a value, found ','"),
        SyntaxErrorCase(#"{"a":}"#, at: 5, "expected a value, found '}'"),
        SyntaxErrorCase("[.5]", at: 1, "expected a value, found '.'"),
        SyntaxErrorCase("[+1]", at: 1, "expected a value, found '+'"),
        SyntaxErrorCase("[\u{A0}1]", at: 1, "expected a value, found U+00A0"),
        SyntaxErrorCase("[é]", at: 1, "expected a value, found 'é'"),
        SyntaxErrorCase("\u{0}", at: 0, "expected a value, found U+0000"),
        SyntaxErrorCase("{'a':1}", at: 1, "strings must be in double quotes, not single quotes"),
        SyntaxErrorCase("['a']", at: 1, "strings must be in double quotes, not single quotes"),
        SyntaxErrorCase("[1] // note", at: 4, "comments are not valid JSON"),
        SyntaxErrorCase("[/* note */ 1]", at: 1, "comments are not valid JSON"),
        SyntaxErrorCase("[1] x", at: 4, "unexpected content after the JSON value"),
        SyntaxErrorCase("{} {}", at: 3, "unexpected content after the JSON value"),
    ]

    static let literals: [SyntaxErrorCase] = [
        SyntaxErrorCase("NaN", at: 0, "'NaN' is not valid JSON"),
        SyntaxErrorCase("[Infinity]", at: 1, "'Infinity' is not valid JSON"),
        SyntaxErrorCase("[-Infinity]", at: 1, "'-Infinity' is not valid JSON"),
        SyntaxErrorCase("True", at: 0, "'True' is not valid JSON"),
        SyntaxErrorCase(#"{"a": undefined}"#, at: 6, "'undefined' is not valid JSON"),
        SyntaxErrorCase("[truex]", at: 1, "'truex' is not valid JSON"),
        SyntaxErrorCase(
            "[" + String(repeating: "x", count: 50) + "]", at: 1,
            "'" + String(repeating: "x", count: 12) + "…' is not valid JSON"),
        SyntaxErrorCase("[nul", at: 4, "unexpected end of input inside 'null'"),
        SyntaxErrorCase("fals", at: 4, "unexpected end of input inside 'false'"),
    ]

    static let truncations: [SyntaxErrorCase] = [
        SyntaxErrorCase(#"{"a":1"#, at: 6, "unexpected end of input inside an object"),
        SyntaxErrorCase(#"{"a""#, at: 4, "unexpected end of input inside an object"),
        SyntaxErrorCase(#"{"a":"#, at: 5, "unexpected end of input inside an object"),
        SyntaxErrorCase("{", at: 1, "unexpected end of input inside an object"),
        SyntaxErrorCase("[1, 2", at: 5, "unexpected end of input inside an array"),
        SyntaxErrorCase("[[]", at: 3, "unexpected end of input inside an array"),
        SyntaxErrorCase(#""abc"#, at: 4, "unexpected end of input inside a string"),
        SyntaxErrorCase(#"["a\"#, at: 4, "unexpected end of input inside a string"),
        SyntaxErrorCase(#""\u00"#, at: 5, "unexpected end of input inside a string"),
        SyntaxErrorCase(#""\ud800"#, at: 7, "unexpected end of input inside a string"),
        SyntaxErrorCase(bytes: [0x22, 0xE2, 0x82], at: 3, "unexpected end of input inside a string"),
        SyntaxErrorCase("[1.", at: 3, "unexpected end of input inside a number"),
        SyntaxErrorCase("-", at: 1, "unexpected end of input inside a number"),
        SyntaxErrorCase("1e+", at: 3, "unexpected end of input inside a number"),
    ]

    static let numbers: [SyntaxErrorCase] = [
        SyntaxErrorCase("01", at: 0, "number '01' has a leading zero"),
        SyntaxErrorCase("[-0123]", at: 2, "number '-0123' has a leading zero"),
        SyntaxErrorCase("[00]", at: 1, "number '00' has a leading zero"),
        SyntaxErrorCase("[1.]", at: 3, "number '1.' needs a digit after '.'"),
        SyntaxErrorCase("[1.e5]", at: 3, "number '1.' needs a digit after '.'"),
        SyntaxErrorCase("[1e]", at: 3, "number '1e' needs a digit after 'e'"),
        SyntaxErrorCase("[1E+]", at: 4, "number '1E+' needs a digit after '+'"),
        SyntaxErrorCase("[- 1]", at: 2, "number '-' needs a digit after '-'"),
    ]

    static let strings: [SyntaxErrorCase] = [
        SyntaxErrorCase("\"a\nb\"", at: 2, "control character U+000A in a string must be escaped"),
        SyntaxErrorCase("\"a\tb\"", at: 2, "control character U+0009 in a string must be escaped"),
        SyntaxErrorCase("\"\u{1F}\"", at: 1, "control character U+001F in a string must be escaped"),
        SyntaxErrorCase("\"\\\u{1}\"", at: 2, "control character U+0001 in a string must be escaped"),
        SyntaxErrorCase(#"["ok", "\q"]"#, at: 8, #"invalid escape '\q'"#),
        SyntaxErrorCase(#""\'""#, at: 1, #"invalid escape '\''"#),
        SyntaxErrorCase(#""\é""#, at: 1, #"invalid escape '\é'"#),
        SyntaxErrorCase(#""\u12g4""#, at: 1, #"invalid escape '\u12g4'"#),
        SyntaxErrorCase("\"\\u1\n\"", at: 1, #"invalid escape '\u1'"#),
        SyntaxErrorCase(#""\u12""#, at: 1, #"invalid escape '\u12"'"#),
        SyntaxErrorCase(#""\x41""#, at: 1, #"invalid escape '\x'"#),
        SyntaxErrorCase(#""\ud800""#, at: 1, #"lone surrogate '\ud800'"#),
        SyntaxErrorCase(#""\udc00\ud800""#, at: 1, #"lone surrogate '\udc00'"#),
        SyntaxErrorCase(#""\uD800\u0041""#, at: 1, #"lone surrogate '\uD800'"#),
        SyntaxErrorCase(#""x\ud83dy""#, at: 2, #"lone surrogate '\ud83d'"#),
        SyntaxErrorCase(#""\ud83d\ud83d""#, at: 1, #"lone surrogate '\ud83d'"#),
    ]

    static let encodings: [SyntaxErrorCase] = [
        SyntaxErrorCase(bytes: [0x22, 0x61, 0xFF, 0x22], at: 2, "invalid UTF-8 byte 0xff"),
        SyntaxErrorCase(bytes: [0x22, 0x80, 0x22], at: 1, "invalid UTF-8 byte 0x80"),
        SyntaxErrorCase(bytes: [0x22, 0xC0, 0xAF, 0x22], at: 1, "invalid UTF-8 byte 0xc0"),
        SyntaxErrorCase(bytes: [0x22, 0xE0, 0x80, 0xAF, 0x22], at: 1, "invalid UTF-8 byte 0xe0"),
        SyntaxErrorCase(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], at: 1, "invalid UTF-8 byte 0xed"),
        SyntaxErrorCase(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], at: 1, "invalid UTF-8 byte 0xf4"),
        SyntaxErrorCase(bytes: [0x22, 0xE2, 0x82, 0x22], at: 1, "invalid UTF-8 byte 0xe2"),
        SyntaxErrorCase(bytes: Array(#""abcdefgh\n"#.utf8) + [0xFE, 0x22], at: 11, "invalid UTF-8 byte 0xfe"),
        SyntaxErrorCase(bytes: [0x5B, 0xFF, 0x5D], at: 1, "invalid UTF-8 byte 0xff"),
        SyntaxErrorCase(bytes: [0x31, 0x20, 0xFE], at: 2, "invalid UTF-8 byte 0xfe"),
        SyntaxErrorCase(bytes: [0x22, 0x5C, 0xC3, 0x22], at: 2, "invalid UTF-8 byte 0xc3"),
    ]

    @Test(
        "each mistake is reported with its message at the offending byte",
        arguments: structure + literals + truncations + numbers + strings + encodings)
    func reported(_ testCase: SyntaxErrorCase) {
        expectSyntaxError(testCase.input, offset: testCase.offset, description: testCase.description)
    }

    @Test("the whole error value is comparable")
    func wholeValue() {
        #expect(throws: JSONSyntaxError(offset: 2, reason: .trailingComma(before: "]"))) {
            try JSONReader.parse(bytes("[1,]"))
        }
    }
}
