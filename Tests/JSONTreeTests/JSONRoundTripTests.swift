import JSONTree
import Testing

@Suite("Round trips")
struct JSONRoundTripTests {
    /// A ticket in the shape of Zendesk's incremental export, with the awkward parts a real one has.
    static let ticket = #"""
        {"tickets": [{"id": 35436, "url": "https://example.zendesk.com/api/v2/tickets/35436.json",
          "external_id": null, "subject": "Printer \"on fire\"", "description": "Line one\nLine two\u2028",
          "tags": ["enterprise", "vip"], "custom_fields": [{"id": 27642, "value": "745"}, {"id": 27648, "value": null}],
          "satisfaction_rating": {"score": "good", "comment": "Très bien 👍"}, "has_incidents": false,
          "score": -1.50e-3, "requester_id": 6128164851599, "via": {"channel": "web", "source": {"from": {}, "to": []}}}],
         "end_of_stream": true, "after_cursor": "MTU3NjYxMzUzOS4wfHw0Njd8"}
        """#

    @Test("parse, write and parse again gives the same tree")
    func treeSurvives() throws {
        let original = try #require(parsed(Self.ticket))
        let written = JSONWriter.serialize(original)
        let reread = try #require(parsed(written))
        #expect(reread.withoutOffsets == original.withoutOffsets)
        #expect(reread.object?["tickets"]?.array?.first?.object?["score"]?.number == "-1.50e-3")
    }

    @Test("writing is deterministic: the same tree gives the same text, and written text rewrites to itself")
    func deterministic() throws {
        let original = try #require(parsed(Self.ticket))
        let written = JSONWriter.serialize(original)
        #expect(JSONWriter.serialize(original) == written)
        #expect(parsed(written).map(JSONWriter.serialize) == written)
    }

    @Test(
        "any string survives writing and reading",
        arguments: ["", "\u{0}", "\u{1F}\u{7F}", "\u{2028}x\u{2029}", "😀", #"\"/\\"#, "\r\n\t", "Très bien 👍 日本"])
    func stringsSurvive(text: String) {
        #expect(parsed(JSONWriter.serialize(JSONValue(.string(text))))?.string == text)
    }

    @Test(
        "strings are written with exactly these escapes, the rest byte for byte",
        arguments: [
            ("", #""""#), ("plain", #""plain""#), ("\"", #""\"""#), ("\\", #""\\""#), ("/", #""/""#),
            ("\u{0}", #""\u0000""#), ("\u{1F}\u{7F}", "\"\\u001f\u{7F}\""), ("\u{8}\t\n\u{C}\r", #""\b\t\n\f\r""#),
            ("\u{B}", #""\u000b""#), ("a\u{2028}b\u{2029}", #""a\u2028b\u2029""#),
            // Neighbours of U+2028 and U+2029 in UTF-8 (E2 80 A7, E2 80 AA, E2 81 A8) stay raw.
            ("\u{2027}\u{202A}\u{2068}", "\"\u{2027}\u{202A}\u{2068}\""),
            ("Très 👍 日本 \"q\"", #""Très 👍 日本 \"q\"""#),
        ])
    func exactEscapes(text: String, written: String) {
        #expect(JSONWriter.serialize(JSONValue(.string(text))) == written + "\n")
    }
}
