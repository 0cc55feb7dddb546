/// Deterministic JSON text for files that are compared across runs, such as `snapshot.json`.
///
/// The same tree always gives the same bytes: members keep the order they are given in, numbers
/// keep their literal, and layout never depends on line width, so a diff of two outputs shows
/// only changed values.
public enum JSONWriter {
    /// Serialises deterministically: objects keep member order as given, 2-space indentation, `"key": value`, newline at end of document; strings escape `"` `\\` and control characters (\n \r \t \b \f, others \u00XX lowercase hex), and U+2028/U+2029 as \u2028/\u2029; everything else as UTF-8; numbers as their literal; empty array `[]`, empty object `{}`.
    ///
    /// Number literals are written unchecked, so a `.number` built in code must hold a valid
    /// JSON number. Writing recurses through the tree's nesting, which ``JSONReader`` limits.
    public static func serialize(_ value: JSONValue) -> String {
        var sink = JSONByteSink()
        sink.value(value)
        sink.bytes.append(ASCII.newline)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// Appends `value` as `serialize` lays it out at a nesting level (its first line already indented),
    /// so that a large document can be written piece by piece with the same bytes as a whole.
    ///
    /// The layout has one definition, `JSONByteSink`, which also writes documents that are never trees.
    public static func append(_ value: JSONValue, indentation: Int, to output: inout [UInt8]) {
        var sink = JSONByteSink(indentation: indentation)
        swap(&sink.bytes, &output)
        sink.value(value)
        swap(&sink.bytes, &output)
    }

    /// Appends a string literal with its quotes, escaped as `serialize` escapes it.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        writeString(text, into: &output)
    }

    /// A line break and the spaces of a nesting level, copied from a constant.
    static func appendLine(_ level: Int, to output: inout [UInt8]) {
        let count = 1 + 2 * level
        guard count <= lineAndSpaces.utf8CodeUnitCount else {
            output.append(ASCII.newline)
            output.append(contentsOf: repeatElement(ASCII.space, count: 2 * level))
            return
        }
        output.append(contentsOf: UnsafeBufferPointer(start: lineAndSpaces.utf8Start, count: count))
    }

    /// A line break and the spaces of 31 nesting levels: appended a space at a time, indentation was a
    /// sixth of writing `snapshot.json`.
    private static let lineAndSpaces: StaticString = "\n                                                              "
}
