import JSONTree
import Testing

@Suite("Reading documents")
struct JSONReaderTests {
    @Test("every value and key remembers where it starts")
    func offsets() throws {
        let root = try #require(parsed(#"{"id": 7, "tags": ["x", null]}"#))
        let object = try #require(root.object)
        #expect(root.offset == 0)
        #expect(object.members.map(\.key) == ["id", "tags"])
        #expect(object.members.map(\.keyOffset) == [1, 10])
        #expect(object["id"] == JSONValue(.number("7"), offset: 7))
        let tags = try #require(object["tags"])
        #expect(tags.offset == 18)
        #expect(tags.array == [JSONValue(.string("x"), offset: 19), JSONValue(.null, offset: 24)])
    }

    @Test("a byte order mark is skipped but still counted in offsets")
    func byteOrderMark() throws {
        let root = try #require(parsed("\u{FEFF}{\"a\": true}"))
        #expect(root.offset == 3)
        #expect(root.object?["a"] == JSONValue(.bool(true), offset: 9))
    }

    @Test("whitespace of all four kinds surrounds the value")
    func whitespace() {
        #expect(parsed(" \t\r\n[ 1 ,\t2\r\n]\n ")?.array?.compactMap(\.number) == ["1", "2"])
    }

    @Test(
        "scalars at the top level",
        arguments: [
            ("true", JSONValue.Kind.bool(true)), ("false", .bool(false)), ("null", .null),
            (#""""#, .string("")), ("-0", .number("-0")), ("[]", .array([])), ("{}", .object(JSONObject())),
        ])
    func topLevelScalars(json: String, kind: JSONValue.Kind) {
        #expect(parsed(json) == JSONValue(kind))
    }

    @Test(
        "numbers are kept exactly as written",
        arguments: [
            "85", "-1.21e3", "6128164851599", "0", "-0", "0.5", "1E+2", "1e-7", "12.50",
            "123456789012345678901234567890", "-9223372036854775809",
        ])
    func numbersAsWritten(literal: String) {
        #expect(parsed("[\(literal)]")?.array?.first?.number == literal)
    }

    @Test(
        "escapes decode to the characters they stand for",
        arguments: [
            (#""a\"b""#, "a\"b"), (#""\\""#, "\\"), (#""\/""#, "/"), (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
            (#""\u00e9\u00E9""#, "éé"), (#""\ud83d\ude00""#, "😀"), (#""\uD83D\uDE00!""#, "😀!"),
            (#""\u0000""#, "\u{0}"), (#""x\u0041y""#, "xAy"), (#""\u2028""#, "\u{2028}"),
            (#""é\n😀 naïve""#, "é\n😀 naïve"), ("\"naïve ☕ 日本\"", "naïve ☕ 日本"),
        ])
    func escapes(json: String, expected: String) {
        #expect(parsed(json)?.string == expected)
    }

    @Test("strings longer than one machine word keep every byte")
    func wordSizedRuns() {
        // Lengths around eight bytes cross the boundaries of the word-at-a-time scan.
        for length in 0...20 {
            let text = String(repeating: "abcdefgh", count: 3).prefix(length)
            #expect(parsed("\"\(text)\"")?.string == String(text))
            #expect(parsed("\"\(text)é\(text)\"")?.string == "\(text)é\(text)")
            #expect(parsed("\"\(text)\\n\(text)\"")?.string == "\(text)\n\(text)")
        }
    }

    @Test("duplicate keys are all kept in source order")
    func duplicateKeys() throws {
        let object = try #require(parsed(#"{"a": 1, "b": 2, "a": 3}"#)?.object)
        #expect(object.members.map(\.key) == ["a", "b", "a"])
        #expect(object["a"]?.number == "3")
    }

    @Test("nested containers close in the right order")
    func nesting() {
        let value = parsed(#"[[1, [2]], {"a": [{}], "b": {"c": []}}, 3]"#)
        let expected = JSONValue(
            .array([
                JSONValue(.array([JSONValue(.number("1")), JSONValue(.array([JSONValue(.number("2"))]))])),
                JSONValue(
                    .object(
                        JSONObject([
                            JSONObject.Member(key: "a", value: JSONValue(.array([JSONValue(.object(JSONObject()))]))),
                            JSONObject.Member(
                                key: "b",
                                value: JSONValue(
                                    .object(JSONObject([JSONObject.Member(key: "c", value: JSONValue(.array([])))])))),
                        ]))),
                JSONValue(.number("3")),
            ]))
        #expect(value?.withoutOffsets == expected)
    }
}
