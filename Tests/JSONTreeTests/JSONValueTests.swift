import JSONTree
import Testing

@Suite("Value accessors")
struct JSONValueTests {
    @Test(
        "int64 accepts only integer literals in range",
        arguments: [
            ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min), ("12", 12), ("-0", 0),
            ("6128164851599", 6_128_164_851_599), ("9223372036854775808", nil), ("-9223372036854775809", nil),
            ("12.0", nil), ("1e3", nil), ("1E3", nil),
        ] as [(String, Int64?)])
    func int64(literal: String, expected: Int64?) {
        #expect(parsed(literal)?.int64 == expected)
    }

    @Test(
        "double converts number literals",
        arguments: [("85", 85), ("-1.21e3", -1210), ("0.5", 0.5), ("1e400", nil), ("-1e400", nil)]
            as [(String, Double?)])
    func double(literal: String, expected: Double?) {
        #expect(parsed(literal)?.double == expected)
    }

    @Test(
        "each kind describes itself for messages and answers only its own accessor",
        arguments: [
            ("null", "null"), ("true", "a boolean"), ("1", "a number"), (#""1""#, "a string"), ("[1]", "an array"),
            (#"{"1":1}"#, "an object"),
        ])
    func kinds(json: String, description: String) throws {
        let value = try #require(parsed(json))
        #expect(value.kindDescription == description)
        let answers = [
            value.isNull, value.bool != nil, value.number != nil, value.string != nil, value.array != nil,
            value.object != nil,
        ]
        #expect(answers.filter { $0 }.count == 1)
        #expect(value.int64 == (json == "1" ? 1 : nil))
        #expect(value.double == (json == "1" ? 1 : nil))
    }

    @Test("the accessors return the content")
    func content() throws {
        let object = try #require(parsed(#"{"s": "x", "b": false, "n": "1", "a": [null]}"#)?.object)
        #expect(object["s"]?.string == "x")
        #expect(object["b"]?.bool == false)
        #expect(object["n"]?.number == nil)
        #expect(object["a"]?.array?.first?.isNull == true)
    }
}
