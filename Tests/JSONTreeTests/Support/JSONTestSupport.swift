import JSONTree
import Testing

/// The UTF-8 bytes of `text`, the form every `JSONReader` entry point takes.
func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// Parses `text`, recording an issue at the caller when it is not valid JSON.
func parsed(_ text: String, maxDepth: Int = 512, sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue? {
    do {
        return try JSONReader.parse(bytes(text), maxDepth: maxDepth)
    } catch {
        Issue.record("unexpected syntax error at \(error.offset): \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Expects `input` to be rejected with exactly `description` at `offset`.
func expectSyntaxError(
    _ input: [UInt8], offset: Int, description: String, maxDepth: Int = 512,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let error = #expect(throws: JSONSyntaxError.self, sourceLocation: sourceLocation) {
        try JSONReader.parse(input, maxDepth: maxDepth)
    }
    #expect(error?.offset == offset, "offset", sourceLocation: sourceLocation)
    #expect(error?.description == description, sourceLocation: sourceLocation)
}

extension JSONValue {
    /// The same value with every offset zeroed, for comparing trees read from different text.
    var withoutOffsets: JSONValue {
        switch kind {
        case .array(let elements):
            JSONValue(.array(elements.map(\.withoutOffsets)))
        case .object(let object):
            JSONValue(
                .object(
                    JSONObject(object.members.map { JSONObject.Member(key: $0.key, value: $0.value.withoutOffsets) })))
        default:
            JSONValue(kind)
        }
    }
}
