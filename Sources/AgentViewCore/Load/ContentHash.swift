/// A 64-bit digest of a file's bytes, the same on every machine, for the export digest shards compare
/// (docs/rules.md §11 rule 10).
///
/// A shard only scans most files of messages, so ids and paths alone would let `merge` take a set in which
/// one shard kept the output of an earlier export (a failed shard leaves its folder as it was) while the
/// others read an export that differs in a message's text or time. Every shard reads every byte anyway;
/// this reads them again eight at a time, several gigabytes a second. It is not cryptographic: it tells
/// apart exports that differ by accident, not by design.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        // A multiply-and-fold over little-endian words (so the result does not depend on the machine's byte
        // order), started from the length so that trailing zero bytes count.
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = (hash ^ word) &* multiplier
                hash ^= hash >> 29
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* multiplier
                offset += 1
            }
        }
        return hash ^ (hash >> 32)
    }
}
