import JSONTree
import Testing

/// `snapshot.json` and `shard.json` are written event by event (`JSONByteSink`, which lays out everything
/// `JSONWriter` writes too) while the in-memory side of `agentview diff` and the tests build the same entries
/// as trees (`JSONTreeSink`): both must give exactly the writer's layout of the tree (`ReferenceLayout`), or a
/// diff would show changes nobody made.
@Suite struct JSONSinkTests {
    /// The bytes a byte sink gives for a tree fed to it event by event, at a nesting level.
    static func bytes(of value: JSONValue, indentation: Int = 0) -> String {
        var sink = JSONByteSink(indentation: indentation)
        sink.value(value)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// The tree a tree sink builds from the events of `value`.
    static func tree(of value: JSONValue) -> JSONValue? {
        var sink = JSONTreeSink()
        sink.value(value)
        return sink.value
    }

    @Test(
        "Every y_ file of JSONTestSuite comes out of both sinks as the writer lays out its tree",
        arguments: try JSONTestSuiteCorpus.names(prefix: "y_"))
    func corpus(name: String) throws {
        let value = try JSONReader.parse(try JSONTestSuiteCorpus.bytes(name))
        #expect(Self.bytes(of: value) == ReferenceLayout.text(value))
        #expect(JSONWriter.serialize(value) == ReferenceLayout.text(value) + "\n")
        let tree = try #require(Self.tree(of: value))
        #expect(JSONWriter.serialize(tree) == JSONWriter.serialize(value))
    }

    @Test(
        "Nested, empty and escaped values, at the nesting levels a streamed list writes them", arguments: [0, 1, 2, 5])
    func nesting(indentation: Int) throws {
        let value = try JSONReader.parse(
            Array(
                #"{"a": [], "b": {}, "c": [[], {}, [1, [2, {"d": null}]]], "e": "q\"\\\n\u2028", "f": [true, false]}"#
                    .utf8))
        let expected = ReferenceLayout.text(value, indentation: indentation)
        #expect(Self.bytes(of: value, indentation: indentation) == expected)
        var appended: [UInt8] = Array("x".utf8)
        JSONWriter.append(value, indentation: indentation, to: &appended)
        #expect(String(decoding: appended, as: UTF8.self) == "x" + expected)
    }

    @Test(
        "A value laid out deeper comes out as if written where it is copied to",
        arguments: try JSONTestSuiteCorpus.names(prefix: "y_"))
    func laidOutValuesMoveUp(name: String) throws {
        let value = try JSONReader.parse(try JSONTestSuiteCorpus.bytes(name))
        for (from, to) in [(1, 0), (3, 2), (4, 1)] {
            let deeper = Array(Self.bytes(of: value, indentation: from).utf8)
            var copied = JSONByteSink(indentation: to)
            deeper.withUnsafeBufferPointer { copied.value(laidOut: $0, deeperBy: from - to) }
            #expect(String(decoding: copied.bytes, as: UTF8.self) == Self.bytes(of: value, indentation: to))
        }
    }

    @Test("Copied into a list, a laid-out value starts its own line and keeps its escapes")
    func laidOutValuesInAList() throws {
        let value = try JSONReader.parse(Array(#"{"a": "line\nnext  \"x\"", "b": [1, {"c": []}]}"#.utf8))
        let deeper = Array(Self.bytes(of: value, indentation: 3).utf8)
        var copied = JSONByteSink()
        copied.beginArray()
        copied.value(JSONValue(.number("1")))
        deeper.withUnsafeBufferPointer { copied.value(laidOut: $0, deeperBy: 2) }
        copied.endArray()
        var direct = JSONByteSink()
        direct.value(JSONValue(.array([JSONValue(.number("1")), value])))
        #expect(String(decoding: copied.bytes, as: UTF8.self) == String(decoding: direct.bytes, as: UTF8.self))
    }

    @Test("The members written through the helpers are those of the tree")
    func helpers() {
        var sink = JSONTreeSink()
        sink.object { sink in
            sink.member("name", "Ann")
            sink.member("email", nil as String?)
            sink.member("rank", 3)
            sink.member("none", nil as Int?)
            sink.member("active", true)
            sink.member("ids", strings: ["a", "b"])
            sink.member("card", object: { sink in sink.member("checkMark", false) })
            sink.member("tickets", array: { sink in sink.object { _ in } })
        }
        #expect(
            JSONWriter.serialize(sink.value!) == """
                {
                  "name": "Ann",
                  "email": null,
                  "rank": 3,
                  "none": null,
                  "active": true,
                  "ids": [
                    "a",
                    "b"
                  ],
                  "card": {
                    "checkMark": false
                  },
                  "tickets": [
                    {}
                  ]
                }

                """)
    }

    @Test("A tree sink holds no value until its one value is complete")
    func incomplete() {
        var sink = JSONTreeSink()
        sink.beginArray()
        sink.string("x")
        #expect(sink.value == nil)
        sink.endArray()
        #expect(sink.value.map(JSONWriter.serialize) == "[\n  \"x\"\n]\n")
    }

    /// A ticket of a hundred thousand messages is one list: each value is appended in place, where copying the
    /// list for every value (as the sink once did) would take hours here.
    @Test func aLongListIsBuiltWhole() {
        var sink = JSONTreeSink()
        sink.array { sink in
            for index in 0..<100_000 { sink.object { sink in sink.member("id", String(index)) } }
        }
        let elements = sink.value?.array ?? []
        #expect(elements.count == 100_000)
        #expect(elements.last?.object?["id"]?.string == "99999")
    }
}
