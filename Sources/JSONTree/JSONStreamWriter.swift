/// A JSON object written a member at a time, its lists an element at a time, and handed out in chunks of
/// about `chunkSize` bytes: a document of a million entries (`snapshot.json`, a shard's `shard.json`) is
/// never whole in memory.
///
/// The bytes are those `JSONWriter.serialize` gives for the same object: `{`, one member per line indented
/// by two spaces, list elements indented by four, `}` and a newline.
public struct JSONStreamWriter {
    /// The document so far, laid out by the sink that writes every element: the writer only cuts it into
    /// chunks.
    private var sink = JSONByteSink()
    private let chunkSize: Int

    /// A writer that hands out a chunk once it holds `chunkSize` bytes (`.max`: only at the end).
    public init(chunkSize: Int = 1 << 20) {
        self.chunkSize = chunkSize
        sink.bytes.reserveCapacity(min(chunkSize, 1 << 20) + 4096)
        sink.beginObject()
    }

    /// Appends a member whose value is written whole.
    public mutating func member(_ key: String, _ value: JSONValue) {
        sink.key(key)
        sink.value(value)
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
        write: (Element, inout JSONByteSink) throws -> Void
    ) rethrows {
        sink.key(key)
        sink.beginArray()
        for element in elements {
            try write(element, &sink)
            if sink.bytes.count >= chunkSize {
                try flush(sink.bytes)
                sink.bytes.removeAll(keepingCapacity: true)
            }
        }
        sink.endArray()
    }

    /// Closes the object and hands `flush` the last chunk.
    public mutating func finish(flush: ([UInt8]) throws -> Void) rethrows {
        sink.endObject()
        sink.bytes.append(ASCII.newline)
        try flush(sink.bytes)
        sink.bytes.removeAll()
    }
}
