import JSONTree
import Testing

/// The parser gives a string repeated in one document the storage of its first occurrence (StringCache),
/// which must never change what any string reads.
@Suite("Repeated strings share storage")
struct JSONReaderSharedStringsTests {
    /// The address of a string's UTF-8 storage; equal for two strings only when they share it.
    private func storage(_ string: String) -> UnsafeRawPointer? {
        var string = string
        return string.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    private func strings(_ json: String) throws -> [String] {
        try JSONReader.parse(Array(json.utf8)).array!.map { $0.string! }
    }

    @Test("a repeated value of 16 to 64 bytes is one storage, in one document and across NDJSON lines")
    func repeatedValuesShare() throws {
        for length in [16, 17, 40, 64] {
            let value = String(repeating: "u", count: length - 1) + "9"
            let values = try strings("[\"\(value)\", \"other-value-of-some-length\", \"\(value)\"]")
            #expect(values == [value, "other-value-of-some-length", value])
            #expect(storage(values[0]) == storage(values[2]), "length \(length)")
            let lines = try JSONReader.parseLines(Array("{\"a\": \"\(value)\"}\n{\"b\": \"\(value)\"}\n".utf8))
            #expect(storage(lines[0].object!["a"]!.string!) == storage(lines[1].object!["b"]!.string!))
        }
    }

    @Test("keys repeated over the records of a list are shared too")
    func repeatedKeysShare() throws {
        let value = try JSONReader.parse(Array(#"[{"from_messaging_channel": 1}, {"from_messaging_channel": 2}]"#.utf8))
        let keys = value.array!.map { $0.object!.members[0].key }
        #expect(keys == ["from_messaging_channel", "from_messaging_channel"])
        #expect(storage(keys[0]) == storage(keys[1]))
    }

    @Test("strings differing in one byte, of one length, in any place, stay distinct")
    func nearStringsStayDistinct() throws {
        let base = Array("5e0000000000000000000000000000000000000000000001".utf8)
        var json = "["
        var expected: [String] = []
        for place in base.indices {
            var bytes = base
            bytes[place] = UInt8(ascii: "f")
            let text = String(decoding: bytes, as: UTF8.self)
            expected += [text, String(decoding: base, as: UTF8.self)]
            json += "\"\(text)\", \"\(String(decoding: base, as: UTF8.self))\", "
        }
        json.removeLast(2)
        #expect(try strings(json + "]") == expected)
    }

    @Test("escaped, non-ASCII, short and long strings read as written")
    func otherStringsReadAsWritten() throws {
        let long = String(repeating: "x", count: 65)
        let values = try strings(
            #"["zd:agentWorkspace", "zd:agentWorkspac\u0065", "Zoë Zoë Zoë Zoë Zoë", "Zoë Zoë Zoë Zoë Zoë", "short", "short", "\#(long)", "\#(long)"]"#
        )
        #expect(
            values == [
                "zd:agentWorkspace", "zd:agentWorkspace", "Zoë Zoë Zoë Zoë Zoë", "Zoë Zoë Zoë Zoë Zoë", "short",
                "short",
                long, long,
            ])
        #expect(storage(values[2]) == storage(values[3]))
        // Longer than 64 bytes: message texts rarely repeat, so they are not looked up.
        #expect(storage(values[6]) != storage(values[7]))
    }
}
