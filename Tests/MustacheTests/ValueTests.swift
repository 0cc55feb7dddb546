import Mustache
import Testing

/// How each kind of value prints, tests and escapes.
@Suite("Values")
struct ValueTests {
    @Test(
        "Interpolation prints each kind of value",
        arguments: [
            (MustacheValue.string("text"), "text"), (.number("1.21"), "1.21"), (85, "85"), (1.5, "1.5"),
            (true, "true"), (false, "false"), (nil, ""), (.list(["a"]), ""), (.map(["k": "v"]), ""),
            (MustacheValue(Int(-3)), "-3"), (MustacheValue(String?.none), ""), (MustacheValue("s"), "s"),
        ])
    func interpolation(_ value: MustacheValue, _ expected: String) {
        #expect(render(["page": "{{v}}"], ["v": value]) == expected)
    }

    @Test(
        "Sections show for true values and hide for null, false and the empty list",
        arguments: [
            (MustacheValue.string(""), true), ("0", true), (0, true), (true, true), (.map([:]), true),
            (.list(["x"]), true),
            (false, false), (nil, false), (.list([]), false),
        ])
    func truthiness(_ value: MustacheValue, _ shown: Bool) {
        #expect(render(["page": "{{#v}}shown{{/v}}{{^v}}hidden{{/v}}"], ["v": value]) == (shown ? "shown" : "hidden"))
    }

    @Test("Escaped interpolation escapes all five HTML characters, attribute values included")
    func escaping() {
        let value: MustacheValue = ["v": "<a href=\"x\" title='y'>Tom & Jerry</a>"]
        let page = "<p title='{{v}}'>{{v}}</p>|{{{v}}}|{{&v}}"
        let escaped = "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"
        let raw = "<a href=\"x\" title='y'>Tom & Jerry</a>"
        #expect(render(["page": page], value) == "<p title='\(escaped)'>\(escaped)</p>|\(raw)|\(raw)")
    }

    @Test(
        "Every special character is escaped wherever it falls in a long value, and only those five",
        arguments: ["&", "<", ">", "\"", "'"])
    func escapingAtEveryPlace(_ special: String) {
        // Neighbours of the special bytes (`#` `%` `=` `?`, and bytes that equal them but for the top bit) stay.
        let plain = "ab#%=?\u{A6}\u{BC}é 0123456789xyz"
        let escaped = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][special]!
        for place in 0...plain.count {
            let value = String(plain.prefix(place)) + special + String(plain.dropFirst(place))
            let expected = String(plain.prefix(place)) + escaped + String(plain.dropFirst(place))
            #expect(render(["page": "{{v}}"], ["v": .string(value)]) == expected, "at \(place)")
        }
        #expect(render(["page": "{{v}}"], ["v": .string(plain + plain)]) == plain + plain)
    }

    @Test("A NUL, which HTML allows nowhere, is written as U+FFFD wherever it falls; raw output keeps it")
    func nulBecomesReplacementCharacter() {
        let plain = "ab#%=?\u{A6}é 0123456789xyz"
        for place in 0...plain.count {
            let value = String(plain.prefix(place)) + "\u{0}" + String(plain.dropFirst(place))
            let expected = String(plain.prefix(place)) + "\u{FFFD}" + String(plain.dropFirst(place))
            #expect(render(["page": "{{v}}"], ["v": .string(value)]) == expected, "at \(place)")
        }
        #expect(render(["page": "{{{v}}}"], ["v": "a\u{0}b"]) == "a\u{0}b")
    }

    @Test("Map order never affects output: maps are only looked up by key")
    func mapOrder() {
        let forward = MustacheValue.map(MustacheMap(pairs: (0..<100).map { ("k\($0)", .number("\($0)")) }))
        let backward = MustacheValue.map(MustacheMap(pairs: (0..<100).reversed().map { ("k\($0)", .number("\($0)")) }))
        #expect(forward == backward)
        let page = "{{#m}}{{k3}}{{k42}}{{k99}}{{/m}}"
        #expect(render(["page": page], ["m": forward]) == "34299")
        #expect(render(["page": page], ["m": backward]) == "34299")
    }

    @Test("A dictionary literal with a repeated key keeps the last value")
    func repeatedKey() {
        let value: MustacheValue = ["a": 1, "a": 2]
        #expect(value == .map(["a": .number("2")]))
    }
}
