import JSONTree

/// The writer's layout written out plainly, a value at a time by recursion over the tree: the oracle that
/// `JSONByteSink`, which `JSONWriter` and `JSONStreamWriter` lay out through, is checked against.
///
/// Two-space indentation per level, one item per line, `"key": value`, `[]` and `{}` when empty; strings as
/// `JSONWriter.appendString` escapes them (tested on their own in `JSONWriterTests`).
enum ReferenceLayout {
    /// The text of `value` whose first line sits at nesting level `indentation`, with no newline after it.
    static func text(_ value: JSONValue, indentation: Int = 0) -> String {
        var output: [UInt8] = []
        write(value, indentation: indentation, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, indentation: Int, into output: inout [UInt8]) {
        switch value.kind {
        case .null: output += Array("null".utf8)
        case .bool(let flag): output += Array((flag ? "true" : "false").utf8)
        case .number(let literal): output += Array(literal.utf8)
        case .string(let text): JSONWriter.appendString(text, to: &output)
        case .array(let elements):
            container(elements, "[", "]", indentation, &output) { element, output in
                write(element, indentation: indentation + 1, into: &output)
            }
        case .object(let object):
            container(object.members, "{", "}", indentation, &output) { member, output in
                JSONWriter.appendString(member.key, to: &output)
                output += Array(": ".utf8)
                write(member.value, indentation: indentation + 1, into: &output)
            }
        }
    }

    private static func container<Item>(
        _ items: [Item], _ open: String, _ close: String, _ indentation: Int, _ output: inout [UInt8],
        _ item: (Item, inout [UInt8]) -> Void
    ) {
        output += Array(open.utf8)
        guard !items.isEmpty else {
            output += Array(close.utf8)
            return
        }
        for (position, element) in items.enumerated() {
            output += Array(("\n" + String(repeating: "  ", count: indentation + 1)).utf8)
            item(element, &output)
            if position < items.count - 1 { output += Array(",".utf8) }
        }
        output += Array(("\n" + String(repeating: "  ", count: indentation) + close).utf8)
    }
}
