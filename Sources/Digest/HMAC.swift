/// HMAC-SHA-256 (RFC 2104, with SHA-256 as FIPS 198-1 allows): a keyed digest, so that whoever lacks
/// the key can neither compute nor invert it.
public enum HMAC {
    /// The authentication code of `message` under `key`, 32 bytes.
    ///
    /// A key longer than a SHA-256 block is hashed first; a shorter one is padded with zeros.
    public static func sha256(key: [UInt8], message: some Sequence<UInt8>) -> [UInt8] {
        var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: SHA256.blockSize - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(inner.finalize())
        return outer.finalize()
    }
}

extension Sequence<UInt8> {
    /// The bytes as lowercase hexadecimal, two digits each.
    public var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
