import JSONTree
import Testing

/// A document read to its end through `JSONCursor` is one `JSONReader.parse` accepts, with the same values:
/// a reader built on the cursor (the messages decoder) must never take in a file the parser refuses, nor read
/// a value otherwise.
@Suite struct JSONCursorTests {
    /// The document as text of one form, read through the cursor: containers opened and their keys read one
    /// by one down to `stepDepth`, deeper ones read whole with `value()`; nil where the cursor fails.
    private static func walked(_ bytes: [UInt8], stepDepth: Int, maxDepth: Int = 512) -> String? {
        JSONCursor.read(bytes, maxDepth: maxDepth) { cursor in
            guard let text = walk(&cursor, depth: 0, stepDepth: stepDepth), cursor.isAtEnd() else { return nil }
            return text
        }
    }

    private static func walk(_ cursor: inout JSONCursor, depth: Int, stepDepth: Int) -> String? {
        let opener = cursor.peek()
        guard depth < stepDepth, opener == UInt8(ascii: "{") || opener == UInt8(ascii: "[") else {
            return cursor.value().map(described)
        }
        let isObject = opener == UInt8(ascii: "{")
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard let opener, cursor.open(opener) else { return nil }
        var parts: [String] = []
        if !cursor.take(closer) {
            while true {
                var part = ""
                if isObject {
                    guard let key = cursor.key() else { return nil }
                    part = described(JSONValue(.string(key.text))) + ":"
                }
                guard let value = walk(&cursor, depth: depth + 1, stepDepth: stepDepth) else { return nil }
                parts.append(part + value)
                if cursor.take(closer) { break }
                guard cursor.take(UInt8(ascii: ",")) else { return nil }
            }
        }
        return (isObject ? "{" : "[") + parts.joined(separator: ",") + (isObject ? "}" : "]")
    }

    /// A value as text of one form: strings and keys by their Unicode scalars, numbers as written.
    private static func described(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: "null"
        case .bool(let bool): bool ? "true" : "false"
        case .number(let literal): literal
        case .string(let text):
            "\"" + text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") + "\""
        case .array(let elements): "[" + elements.map(described).joined(separator: ",") + "]"
        case .object(let object):
            "{"
                + object.members.map { described(JSONValue(.string($0.key))) + ":" + described($0.value) }
                .joined(separator: ",") + "}"
        }
    }

    @Test(
        "Every JSONTestSuite file is read through the cursor as the parser reads it, or refused as it refuses it",
        arguments: try ["y_", "n_", "i_"].flatMap { try JSONTestSuiteCorpus.names(prefix: $0) })
    func cursorAgreesWithTheParser(_ name: String) throws {
        let bytes = try JSONTestSuiteCorpus.bytes(name)
        let parsed = try? JSONReader.parse(bytes)
        for stepDepth in [0, 1, 2, 600] {
            #expect(Self.walked(bytes, stepDepth: stepDepth) == parsed.map(Self.described), "step depth \(stepDepth)")
        }
    }

    @Test func nestingCountsTheContainersTheCursorOpened() {
        // Four levels: allowed at a limit of four, whether opened by the cursor or read whole with `value()`.
        let four = Array("[[{\"a\": [1]}]]".utf8)
        for stepDepth in [0, 1, 2, 3, 4] {
            #expect(Self.walked(four, stepDepth: stepDepth, maxDepth: 4) != nil, "step depth \(stepDepth)")
            #expect(Self.walked(four, stepDepth: stepDepth, maxDepth: 3) == nil, "step depth \(stepDepth)")
        }
    }

    @Test func keysMatchNamesByTheirBytesEscapesDecoded() {
        let names = JSONCursor.read(Array(#"{"id": 1, "\u0069d": 2, "idx": 3, "Id": 4}"#.utf8)) { cursor in
            var matches: [Bool] = []
            guard cursor.open(UInt8(ascii: "{")) else { return matches }
            repeat {
                guard let key = cursor.key(), cursor.value() != nil else { return matches }
                if case "id" = key { matches.append(true) } else { matches.append(false) }
            } while cursor.take(UInt8(ascii: ","))
            return matches
        }
        #expect(names == [true, true, false, false])
    }

    @Test func containersCloseOnlyWithTheirOwnCloserAndKeysLiveInObjects() {
        let refused = JSONCursor.read(Array(#"{"a": 1]"#.utf8)) { cursor in
            guard cursor.open(UInt8(ascii: "{")), cursor.key() != nil, cursor.value() != nil else { return false }
            return cursor.take(UInt8(ascii: "]"))
        }
        #expect(!refused)
        let keyInArray = JSONCursor.read(Array(#"["a": 1]"#.utf8)) { cursor in
            cursor.open(UInt8(ascii: "[")) ? cursor.key() : nil
        }
        #expect(keyInArray == nil)
        let commaOutside = JSONCursor.read(Array("1,".utf8)) { cursor in
            cursor.value() != nil && cursor.take(UInt8(ascii: ","))
        }
        #expect(!commaOutside)
    }

    @Test("A string without escapes is found in place; anything else leaves the cursor where it was")
    func plainStringsAreFoundInPlace() {
        let bytes = Array(#"["plain é", "esc\"aped", 5, "", "bad \#u{01} byte"]"#.utf8)
        let found = JSONCursor.read(bytes) { cursor -> [String] in
            var found: [String] = []
            _ = cursor.open(UInt8(ascii: "["))
            _ = cursor.elements { cursor in
                if let range = cursor.plainString() {
                    found.append("plain:" + String(decoding: bytes[range], as: UTF8.self))
                    return true
                }
                // Not read: the whole value is still there for `value()`, or refused by it too.
                guard let value = cursor.value() else {
                    found.append("refused")
                    return false
                }
                found.append("value:\(value.string ?? value.number.map { "\($0)" } ?? "?")")
                return true
            }
            return found
        }
        #expect(found == ["plain:plain é", #"value:esc"aped"#, "value:5", "plain:", "refused"])
    }

    @Test("A skipped value is given as exactly its bytes, and refused where value() refuses it")
    func skippedValuesAreTheirExactBytes() {
        let bytes = Array(#"{"a" : [1, {"b": "x\"}"}] , "c":-1.5e3,"d": {} ,"e": [1,]}"#.utf8)
        let skipped = JSONCursor.read(bytes) { cursor -> [String] in
            var skipped: [String] = []
            _ = cursor.open(UInt8(ascii: "{"))
            _ = cursor.members { cursor, _ in
                guard let range = cursor.skipValue() else {
                    skipped.append("refused")
                    return false
                }
                skipped.append(String(decoding: bytes[range], as: UTF8.self))
                return true
            }
            return skipped
        }
        #expect(skipped == [#"[1, {"b": "x\"}"}]"#, "-1.5e3", "{}", "refused"])
    }

    /// Skipping builds nothing, so it must check everything `value()` checks on its own: every file of
    /// JSONTestSuite, and each inside a list, is skipped where `value()` reads it, to the same byte, and refused
    /// where `value()` refuses it.
    @Test(
        arguments: try JSONTestSuiteCorpus.names(prefix: "y_") + JSONTestSuiteCorpus.names(prefix: "n_")
            + JSONTestSuiteCorpus.names(prefix: "i_"))
    func skippingAcceptsExactlyWhatReadingAccepts(name: String) throws {
        let document = try JSONTestSuiteCorpus.bytes(name)
        for bytes in [document, Array("[".utf8) + document + Array("]".utf8)] {
            let read = JSONCursor.read(bytes) { cursor -> (Bool, Bool) in
                (cursor.value() != nil, cursor.isAtEnd())
            }
            let skipped = JSONCursor.read(bytes) { cursor -> (Bool, Bool) in
                (cursor.skipValue() != nil, cursor.isAtEnd())
            }
            #expect(skipped == read, "\(name)")
        }
    }
}
