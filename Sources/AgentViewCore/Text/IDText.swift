import Foundation

/// Ids compared as their bytes, never canonically (rulebook §10 rule 14).
///
/// Swift compares and hashes strings by canonical equivalence, so `café` written precomposed (NFC) and
/// decomposed (NFD), or `Å` as U+212B and as A + U+030A, would be one key: two records would merge and a
/// message would be lost. Every id read from an export passes through `distinct`, which leaves an id in
/// NFC without a backslash as it is (every real id: ASCII, or precomposed text) and writes any other
/// with each non-ASCII character as `\u{…}` and each backslash as `\\`. Two ids with different bytes
/// then never compare equal: unchanged ids are distinct NFC strings, which are never canonically
/// equivalent to each other, and changed ids always hold a backslash and differ in their escapes.
public enum IDText {
    /// `id`, or its escaped form when its bytes could otherwise compare equal to another id's.
    public static func distinct(_ id: String) -> String {
        if isPlainASCII(id) { return id }
        if !id.utf8.contains(UInt8(ascii: "\\")), id.utf8.elementsEqual(id.precomposedStringWithCanonicalMapping.utf8) {
            return id
        }
        var escaped = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case _ where scalar.isASCII: escaped.unicodeScalars.append(scalar)
            default: escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return escaped
    }

    /// Whether `id` is ASCII without a backslash: every id of a real export. Read from the string's UTF-8
    /// buffer when it has one, as a string read from a file does: stepping through `utf8` checked each index,
    /// for a million message ids and their authors.
    private static func isPlainASCII(_ id: String) -> Bool {
        let isPlain = { (byte: UInt8) in byte < 0x80 && byte != UInt8(ascii: "\\") }
        return id.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where !isPlain(byte) { return false }
            return true
        } ?? id.utf8.allSatisfy(isPlain)
    }
}
