/// The bytes of a page being rendered: a growable buffer that appends with one capacity check and one copy.
///
/// Rendering appends a piece of template text or a value hundreds of thousands of times per second. An
/// array's `append(contentsOf:)` checks that its storage is unique and goes through the generic path for
/// copying a collection on each call, which cost a twentieth of rendering; these bytes have one owner,
/// so neither is needed. A page is copied out once, when it is done.
final class OutputBytes {
    /// The first byte; `capacity` are allocated and the first `count` written.
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// Appends bytes.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count {
            grow(toHold: bytes.count)
        }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends one byte.
    func append(_ byte: UInt8) {
        if capacity == count {
            grow(toHold: 1)
        }
        (start + count).initialize(to: byte)
        count += 1
    }

    /// Appends the UTF-8 bytes of a string.
    func append(_ text: String) {
        // Every native string is read in place; only another kind is copied first.
        guard text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil else { return }
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Calls `body` with the bytes written so far, valid only during the call.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Makes room for `more` bytes after those written, at least doubling the room so that appending
    /// stays linear.
    private func grow(toHold more: Int) {
        let grown = max(capacity * 2, count + more)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.moveInitialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = grown
    }
}
