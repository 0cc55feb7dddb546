import JSONTree
import Testing

/// `snapshot.json` and `shard.json` are streamed in chunks; `agentview diff` and `merge` read them as the
/// documents `JSONWriter.serialize` lays out (`ReferenceLayout`), so the two must give the same bytes whatever the chunk size.
@Suite struct JSONStreamWriterTests {
    static func parsed(_ text: String) throws -> JSONValue { try JSONReader.parse(Array(text.utf8)) }

    /// Streams `head` members then `lists`, cutting chunks at `chunkSize`; returns the bytes and the chunk count.
    static func streamed(
        head: [(String, JSONValue)], lists: [(String, [JSONValue])], chunkSize: Int
    ) -> (text: String, chunks: Int) {
        var bytes: [UInt8] = []
        var chunks = 0
        let flush = { (chunk: [UInt8]) in
            bytes.append(contentsOf: chunk)
            chunks += 1
        }
        var writer = JSONStreamWriter(chunkSize: chunkSize)
        for (key, value) in head { writer.member(key, value) }
        for (key, elements) in lists { writer.list(key, elements, flush: flush) }
        writer.finish(flush: flush)
        return (String(decoding: bytes, as: UTF8.self), chunks)
    }

    @Test(arguments: [1, 16, 1 << 20])
    func givesTheBytesOfTheWholeDocument(chunkSize: Int) throws {
        let headObject = try Self.parsed(#"{"schema": "x/1", "settings": {"cap": 100, "zone": "Europe/Oslo"}}"#)
        let users = try Self.parsed(#"[{"key": "support:1", "name": "Ann \"A\" Lee"}, {"key": "messaging:\u2028"}]"#)
        let members = try #require(headObject.object).members.map { ($0.key, $0.value) }
        let lists = [("users", try #require(users.array)), ("empty", [])]
        let whole =
            ReferenceLayout.text(
                JSONValue(
                    .object(
                        JSONObject(
                            (members + lists.map { ($0.0, JSONValue(.array($0.1))) }).map {
                                JSONObject.Member(key: $0.0, value: $0.1)
                            })))) + "\n"
        let (text, chunks) = Self.streamed(head: members, lists: lists, chunkSize: chunkSize)
        #expect(text == whole)
        // Small chunks flush after the elements that fill them; the default size only at the end.
        #expect(chunkSize == 1 << 20 ? chunks == 1 : chunks > 1)
    }

    @Test func anEmptyObjectIsTwoBraces() {
        #expect(
            Self.streamed(head: [], lists: [], chunkSize: 16).text
                == ReferenceLayout.text(JSONValue(.object(JSONObject([])))) + "\n")
    }

    /// A list written element by element through a sink gives the bytes of the same list given as trees.
    @Test(arguments: [1, 16, 1 << 20])
    func aListWrittenThroughASinkGivesTheBytesOfItsTrees(chunkSize: Int) throws {
        let users = try #require(
            try Self.parsed(#"[{"key": "support:1", "ids": ["a"], "card": {}}, {"key": "x", "tickets": []}]"#).array)
        let (trees, _) = Self.streamed(head: [], lists: [("users", users)], chunkSize: chunkSize)
        var bytes: [UInt8] = []
        var writer = JSONStreamWriter(chunkSize: chunkSize)
        writer.list("users", users, flush: { bytes.append(contentsOf: $0) }) { user, sink in
            sink.object { sink in
                for member in user.object!.members {
                    sink.key(member.key)
                    sink.value(member.value)
                }
            }
        }
        writer.finish { bytes.append(contentsOf: $0) }
        #expect(String(decoding: bytes, as: UTF8.self) == trees)
    }
}
