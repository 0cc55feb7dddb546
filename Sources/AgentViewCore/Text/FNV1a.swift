/// The 64-bit FNV-1a hash of bytes: the same on every machine and in every process, unlike Swift's seeded
/// `Hasher`, so that anything chosen by it (a shard's users, a hashed file name) never changes between runs.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds one byte.
    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    /// Adds a text's UTF-8, read from its contiguous buffer when it has one, as every string read from a file
    /// does: stepping through `utf8` checks each index, for a million message ids.
    mutating func add(_ text: String) {
        let added: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in add(bytes) }
        if added == nil {
            for byte in text.utf8 { add(byte) }
        }
    }

    /// Adds bytes, the hash kept in a local variable between them rather than stored back after each.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var value = value
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        self.value = value
    }

    /// The hash of a text's UTF-8.
    static func hash(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(text)
        return hash.value
    }
}
