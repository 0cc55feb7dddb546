import Digest
import Testing

/// SHA-256 against the FIPS 180-4 examples (NIST's "SHA256.pdf" and the long-message vector), and
/// HMAC-SHA-256 against RFC 4231's test cases.
@Suite struct DigestTests {
    @Test(
        "SHA-256 gives the FIPS 180-4 digests",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ])
    func sha256(message: String, digest: String) {
        #expect(SHA256.hash(Array(message.utf8)).hexadecimal == digest)
    }

    @Test("A million 'a's, fed in uneven pieces, give the FIPS 180-4 digest")
    func millionAs() {
        var hasher = SHA256()
        var fed = 0
        var piece = 1
        while fed < 1_000_000 {
            let count = min(piece, 1_000_000 - fed)
            hasher.update(repeatElement(UInt8(ascii: "a"), count: count))
            fed += count
            piece = piece % 97 + 13
        }
        #expect(hasher.finalize().hexadecimal == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Padding is right at every length around a block boundary")
    func boundaries() {
        // 55 bytes fit the length in one block, 56 need a second: both must differ and be stable.
        let digests = (54...66).map { SHA256.hash(repeatElement(UInt8(ascii: "x"), count: $0)).hexadecimal }
        #expect(Set(digests).count == digests.count)
        #expect(digests[1] == SHA256.hash(Array(String(repeating: "x", count: 55).utf8)).hexadecimal)
    }

    static let rfc4231: [(key: [UInt8], data: [UInt8], mac: String)] = [
        (
            [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        (
            Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        (
            [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        (
            Array(1...25), [UInt8](repeating: 0xcd, count: 50),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        // Test case 5 checks only the first 128 bits.
        ([UInt8](repeating: 0x0c, count: 20), Array("Test With Truncation".utf8), "a3b6167473100ee06e0c796c2955552b"),
        (
            [UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        (
            [UInt8](repeating: 0xaa, count: 131),
            Array(
                "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
                    .utf8),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ]

    @Test("HMAC-SHA-256 gives RFC 4231's codes", arguments: 0..<7)
    func hmac(testCase: Int) {
        let (key, data, mac) = Self.rfc4231[testCase]
        #expect(HMAC.sha256(key: key, message: data).hexadecimal.hasPrefix(mac))
        #expect(mac.count == 64 || testCase == 4)
    }
}
