/// A JSON object written a member at a time, its lists an element at a time, and handed out in chunks of
/// about `chunkSize` bytes: a document of a million entries (`snapshot.json`, a shard's `shard.json`) is
/// never whole in memory.
///
/// The bytes are those `JSONWriter.serialize` gives for the same object: `{`, one member per line indented
/// by two spaces, list elements indented by four, `}` and a newline.
public struct JSONStreamWriter {
    private var buffer: [UInt8] = []
    private let chunkSize: Int
    private var isFirstMember = true

    /// A writer that hands out a chunk once it holds `chunkSize` bytes (`.max`: only at the end).
    public init(chunkSize: Int = 1 << 20) {
        self.chunkSize = chunkSize
        buffer.reserveCapacity(min(chunkSize, 1 << 20) + 4096)
        buffer.append(contentsOf: "{\n".utf8)
    }

    /// Appends a member whose value is written whole.
    public mutating func member(_ key: String, _ value: JSONValue) {
        open(key)
        JSONWriter.append(value, indentation: 1, to: &buffer)
    }

    /// Appends a member holding a list, one element at a time, handing `flush` each full chunk.
    public mutating func list(
        _ key: String, _ elements: some Sequence<JSONValue>, flush: ([UInt8]) throws -> Void
    ) rethrows {
        try list(key, elements, flush: flush) { element, sink in sink.value(element) }
    }

    /// Appends a member holding a list whose elements `write` writes, each as one value, straight into the
    /// document's bytes: no element is built as a tree first.
    public mutating func list<Element>(
        _ key: String, _ elements: some Sequence<Element>, flush: ([UInt8]) throws -> Void,
        write: (Element, inout JSONByteSink) -> Void
    ) rethrows {
        open(key)
        // The sink writes into this writer's buffer, handed over for the list and back after it.
        var sink = JSONByteSink(indentation: 2)
        swap(&sink.bytes, &buffer)
        defer { swap(&sink.bytes, &buffer) }
        var isFirst = true
        for element in elements {
            sink.bytes.append(contentsOf: (isFirst ? "[\n    " : ",\n    ").utf8)
            isFirst = false
            write(element, &sink)
            if sink.bytes.count >= chunkSize {
                try flush(sink.bytes)
                sink.bytes.removeAll(keepingCapacity: true)
            }
        }
        sink.bytes.append(contentsOf: (isFirst ? "[]" : "\n  ]").utf8)
    }

    /// Closes the object and hands `flush` the last chunk.
    public mutating func finish(flush: ([UInt8]) throws -> Void) rethrows {
        if isFirstMember {
            buffer.removeLast()  // `{}` for an object without members, as `JSONWriter` writes it
            buffer.append(contentsOf: "}\n".utf8)
        } else {
            buffer.append(contentsOf: "\n}\n".utf8)
        }
        try flush(buffer)
        buffer.removeAll()
    }

    /// Starts a member: the comma that ends the one before, the indentation and the key.
    private mutating func open(_ key: String) {
        buffer.append(contentsOf: (isFirstMember ? "  " : ",\n  ").utf8)
        isFirstMember = false
        JSONWriter.appendString(key, to: &buffer)
        buffer.append(contentsOf: ": ".utf8)
    }
}
