import JSONTree
import Testing

@Suite("Writing JSON")
struct JSONWriterTests {
    @Test("layout: two-space indentation, one member per line, empty containers inline")
    func layout() throws {
        let value = try #require(parsed(#"{"z":[1,{}],"a":[],"m":{"d":null,"e":"x"},"t":true,"n":-1.21e3}"#))
        #expect(
            JSONWriter.serialize(value) == """
                {
                  "z": [
                    1,
                    {}
                  ],
                  "a": [],
                  "m": {
                    "d": null,
                    "e": "x"
                  },
                  "t": true,
                  "n": -1.21e3
                }

                """)
    }

    @Test(
        "top-level scalars end with a newline",
        arguments: [
            (JSONValue(.null), "null\n"), (JSONValue(.bool(false)), "false\n"), (JSONValue(.number("1E+2")), "1E+2\n"),
            (JSONValue(.string("x")), "\"x\"\n"), (JSONValue(.array([])), "[]\n"),
            (JSONValue(.object(JSONObject())), "{}\n"),
        ])
    func scalars(value: JSONValue, expected: String) {
        #expect(JSONWriter.serialize(value) == expected)
    }

    @Test("an escape is found at any position of a long text, where eight bytes are checked at once")
    func escapesAtEveryPosition() {
        let escapes = [
            ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1}", #"\u0001"#), ("\u{1F}", #"\u001f"#),
            ("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#),
        ]
        for (raw, escaped) in escapes {
            for position in 0..<20 {
                let before = String(repeating: "a", count: position)
                let after = String(repeating: "b", count: 19 - position)
                #expect(
                    JSONWriter.serialize(JSONValue(.string(before + raw + after)))
                        == "\"" + before + escaped + after + "\"\n", "\(escaped) at \(position)")
            }
        }
        // Bytes above ASCII but not of U+2028 or U+2029, and DEL, are written as they are.
        let plain = String(repeating: "é€\u{2027}", count: 5) + "\u{7F}"
        #expect(JSONWriter.serialize(JSONValue(.string(plain))) == "\"" + plain + "\"\n")
    }

    @Test(
        "strings escape quotes, backslashes, control characters and line separators only",
        arguments: [
            ("say \"hi\"", #""say \"hi\"""#), (#"C:\tmp"#, #""C:\\tmp""#), ("a\nb\rc\td", #""a\nb\rc\td""#),
            ("\u{8}\u{C}", #""\b\f""#), ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#), ("\u{7F}", "\"\u{7F}\""),
            ("\u{2028}\u{2029}", #""\u2028\u2029""#), ("é😀 日本", "\"é😀 日本\""), ("a/b", #""a/b""#), ("", #""""#),
        ])
    func escaping(text: String, expected: String) {
        #expect(JSONWriter.serialize(JSONValue(.string(text))) == expected + "\n")
    }

    @Test("keys are escaped like values and members keep the order given")
    func keys() {
        let object = JSONObject([
            JSONObject.Member(key: "b\"\n", value: JSONValue(.number("2"))),
            JSONObject.Member(key: "a", value: JSONValue(.number("1"))),
        ])
        #expect(JSONWriter.serialize(JSONValue(.object(object))) == "{\n  \"b\\\"\\n\": 2,\n  \"a\": 1\n}\n")
    }
}
