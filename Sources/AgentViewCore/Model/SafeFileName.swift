/// The one function that turns an id from input into a file name (used for every page we write).
///
/// Ids come from files we did not make, so a name may hold only `[a-z0-9_-]`, never starts with a
/// dot, never holds `/` or `..`, and stays short. When cleaning changed anything, a hash of the
/// original id is appended, so two different ids never share a file name (not even on a
/// case-insensitive file system, since upper case counts as a change).
public enum SafeFileName {
    /// The longest stem kept before the hash suffix, well under every file system's 255-byte limit.
    static let maximumStemLength = 64

    /// A safe file-name stem for an id: the id itself when it is already safe, else cleaned plus a hash.
    public static func stem(for id: String) -> String {
        var cleaned = ""
        var changed = false
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "_", "-": cleaned.unicodeScalars.append(scalar)
            default:
                changed = true
                cleaned.unicodeScalars.append("_")
            }
        }
        if cleaned.isEmpty { changed = true }
        if cleaned.unicodeScalars.count > maximumStemLength {
            cleaned = String(String.UnicodeScalarView(cleaned.unicodeScalars.prefix(maximumStemLength)))
            changed = true
        }
        return changed ? cleaned + "-" + hash(id) : cleaned
    }

    /// FNV-1a 64-bit of the id's UTF-8, as 16 hex digits: stable across machines and runs.
    static func hash(_ id: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
