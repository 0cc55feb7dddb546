/// Writes the events it is given as JSON text, with no tree in between: the one definition of the layout
/// `JSONWriter` describes, which `JSONWriter` and `JSONStreamWriter` write through too.
///
/// For the largest documents the tool writes (`snapshot.json` holds an entry per message), building each
/// entry's tree only to lay it out and free it took about two thirds of writing a snapshot.
public struct JSONByteSink: JSONSink {
    /// The bytes written so far.
    public var bytes: [UInt8] = []
    /// The nesting level of the first value's line (its first line already indented): 0 for a document.
    private let indentation: Int
    /// Per open container: whether it holds an item yet.
    private var holdsItems: [Bool] = []
    /// Whether a key was just written, so the next value follows it on its line.
    private var afterKey = false

    /// A sink whose first value sits at nesting level `indentation`, appending to `bytes`.
    public init(indentation: Int = 0, bytes: [UInt8] = []) {
        self.indentation = indentation
        self.bytes = bytes
        holdsItems.reserveCapacity(8)
    }

    /// The nesting level of the innermost open container's own line.
    private var level: Int { indentation + holdsItems.count - 1 }

    public mutating func beginObject() {
        startValue()
        bytes.append(ASCII.openBrace)
        holdsItems.append(false)
    }

    public mutating func endObject() { close(ASCII.closeBrace) }

    public mutating func beginArray() {
        startValue()
        bytes.append(ASCII.openBracket)
        holdsItems.append(false)
    }

    public mutating func endArray() { close(ASCII.closeBracket) }

    public mutating func key(_ key: String) {
        startItem()
        JSONWriter.appendString(key, to: &bytes)
        bytes.append(ASCII.colon)
        bytes.append(ASCII.space)
        afterKey = true
    }

    public mutating func string(_ text: String) {
        startValue()
        JSONWriter.appendString(text, to: &bytes)
    }

    public mutating func bool(_ flag: Bool) {
        startValue()
        bytes.append(contentsOf: flag ? Self.trueBytes : Self.falseBytes)
    }

    public mutating func number(_ literal: String) {
        startValue()
        bytes.append(contentsOf: literal.utf8)
    }

    public mutating func null() {
        startValue()
        bytes.append(contentsOf: Self.nullBytes)
    }

    /// Writes a value given as the bytes this layout gave it `levels` levels deeper than where it goes now
    /// (as a member of an entry in `shard.json`, where `snapshot.json` has the entry itself): each of its
    /// lines after the first loses `2 × levels` spaces of indentation, and is otherwise copied as it is.
    ///
    /// A newline in JSON text is always layout, never inside a string (a string holds `\n` escaped), so only
    /// indentation changes. A line indented by less loses what it has.
    public mutating func value(laidOut source: UnsafeBufferPointer<UInt8>, deeperBy levels: Int) {
        startValue()
        let outdent = 2 * levels
        var lineStart = 0
        var index = 0
        while index < source.count {
            guard source[index] == ASCII.newline else {
                index += 1
                continue
            }
            index += 1
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[lineStart..<index]))
            var dropped = 0
            while dropped < outdent && index < source.count && source[index] == ASCII.space {
                dropped += 1
                index += 1
            }
            lineStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[lineStart..<source.count]))
    }

    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)
    private static let nullBytes: [UInt8] = Array("null".utf8)

    /// Before a value: after a key it follows on the key's line; in an array it starts an element's line.
    @inline(__always)
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !holdsItems.isEmpty {
            startItem()
        }
    }

    /// A new item of the innermost container: the comma ending the one before, a line, its indentation.
    @inline(__always)
    private mutating func startItem() {
        if holdsItems[holdsItems.count - 1] { bytes.append(ASCII.comma) }
        holdsItems[holdsItems.count - 1] = true
        newLine(at: level + 1)
    }

    /// Closes the innermost container: `{}` or `[]` when empty, else on a line of its own.
    private mutating func close(_ closing: UInt8) {
        if holdsItems.removeLast() { newLine(at: indentation + holdsItems.count) }
        bytes.append(closing)
    }

    @inline(__always)
    private mutating func newLine(at level: Int) { JSONWriter.appendLine(level, to: &bytes) }
}
