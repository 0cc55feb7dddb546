/// The strings a parser made lately, by their bytes, so that a value repeated in a document shares one storage.
///
/// Strings of up to 15 UTF-8 bytes live inline in a `String` and cost nothing to repeat; longer ones are
/// allocated each. Exports repeat many such values within a file (a messaging user id on each of its
/// messages, `zd:agentWorkspace`, `native_messaging`, keys such as `from_messaging_channel`), and the records
/// decoded from the tree keep them: a direct-mapped table of recent strings gives each repeat the storage
/// of the first. A collision only replaces the slot, so the table never grows and never changes a value.
struct StringCache {
    /// The longest string looked up; longer ones (message texts) rarely repeat and are costly to compare.
    static let longest = 64
    private static let slotCount = 1024

    /// Each slot's place in `strings` plus one; 0 for an empty slot.
    private var slots: [Int32]
    /// The strings cached, each beside its hash: only those, so that freeing a parser's cache (once per file, and
    /// an export has 100,000 files) frees no empty strings, where a table of 1,024 strings freed 1,024 each time.
    private var hashes: [UInt64]
    private var strings: [String]

    init() {
        slots = []
        hashes = []
        strings = []
    }

    /// A string of the validated UTF-8 `content`, the cached one when the same bytes were read lately.
    @inline(__always)
    mutating func string(_ content: UnsafeBufferPointer<UInt8>) -> String {
        let count = content.count
        guard count > 15 && count <= Self.longest else { return String(decoding: content, as: UTF8.self) }
        return cachedString(content)
    }

    private mutating func cachedString(_ content: UnsafeBufferPointer<UInt8>) -> String {
        if slots.isEmpty { slots = Array(repeating: 0, count: Self.slotCount) }
        let hash = Self.hash(content)
        let slot = Int(truncatingIfNeeded: hash >> 32) & (Self.slotCount - 1)
        let place = Int(slots[slot]) - 1
        if place >= 0 && hashes[place] == hash && Self.equal(strings[place], content) { return strings[place] }
        let string = String(decoding: content, as: UTF8.self)
        if place >= 0 {
            hashes[place] = hash
            strings[place] = string
        } else {
            slots[slot] = Int32(strings.count + 1)
            hashes.append(hash)
            strings.append(string)
        }
        return string
    }

    /// A hash of 16 to 64 bytes, eight at a time (the last eight overlap the ones before when the count is odd).
    @inline(__always)
    private static func hash(_ content: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let base = UnsafeRawPointer(content.baseAddress!)
        let count = content.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        func mix(_ word: UInt64) {
            hash = (hash ^ UInt64(littleEndian: word)) &* 0x0100_0000_01B3_A5C1
            hash ^= hash >> 29
        }
        while offset + 8 <= count {
            mix(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count { mix(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
        return hash
    }

    /// Whether `string` holds exactly the bytes of `content` (16 or more), compared eight at a time.
    private static func equal(_ string: String, _ content: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            let count = content.count
            guard bytes.count == count else { return false }
            let left = UnsafeRawPointer(bytes.baseAddress!)
            let right = UnsafeRawPointer(content.baseAddress!)
            var offset = 0
            while offset + 8 <= count {
                guard
                    left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                else { return false }
                offset += 8
            }
            return offset == count
                || left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                    == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
    }
}
