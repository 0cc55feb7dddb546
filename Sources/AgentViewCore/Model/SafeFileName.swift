/// The one function that turns an id from input into a file name (used for every page we write).
///
/// Ids come from files we did not make, so a name may hold only `[a-z0-9_-]`, never starts with a
/// dot, never holds `/` or `..`, and stays short. When cleaning changed anything, a hash of the
/// original id is appended, so two different ids never share a file name (not even on a
/// case-insensitive file system, since upper case counts as a change).
///
/// Names fall into two classes that cannot meet: an id kept as it is never ends in `-` and 16 hex
/// digits (such an id gets the hash appended too), while every cleaned name does. Two kept ids are
/// equal only when the ids are; two cleaned names are equal only when the 64-bit hashes of their ids
/// are, which the output folder refuses to write rather than let one page overwrite another.
public enum SafeFileName {
    /// The longest stem kept before the hash suffix, well under every file system's 255-byte limit.
    static let maximumStemLength = 64

    /// Names Windows reserves for devices with any extension (`con.html` cannot be created there).
    static let reservedNames: Set<String> = [
        "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ]

    /// A safe file-name stem for an id: the id itself when it is already safe, else cleaned plus a hash.
    public static func stem(for id: String) -> String {
        // Most ids are safe as they are (every ticket link and message anchor asks): keep them without copying.
        if isKeptAsItIs(id) { return id }
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
        // An id that already looks cleaned, or names a device, must not pass as a name of its own.
        if looksHashed(cleaned) || reservedNames.contains(cleaned) { changed = true }
        return changed ? cleaned + "-" + hash(id) : cleaned
    }

    /// Whether `stem(for:)` keeps an id as it is: 1 to `maximumStemLength` bytes of `[a-z0-9_-]`, not looking
    /// cleaned and naming no device, which is what the cleaning loop below leaves unchanged.
    static func isKeptAsItIs(_ id: String) -> Bool {
        // Read in place where the text is contiguous (every native string): walking the UTF-8 view, and its
        // tail again for the hash check, took 1,400 instructions for a 24-byte id, asked for every ticket row.
        if let kept = id.utf8.withContiguousStorageIfAvailable({ isKeptAsItIs(bytes: $0, id) }) { return kept }
        return isKeptAsItIs(bytes: Array(id.utf8), id)
    }

    private static func isKeptAsItIs(bytes: some RandomAccessCollection<UInt8>, _ id: String) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maximumStemLength else { return false }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"),
                UInt8(ascii: "-"):
                continue
            default: return false
            }
        }
        // Reserved names have 3 or 4 bytes and start with a letter.
        let mayBeReserved = bytes.count <= 4 && bytes.first! >= UInt8(ascii: "a")
        return !looksHashed(bytes) && !(mayBeReserved && reservedNames.contains(id))
    }

    /// Whether a stem ends the way a cleaned one does: `-` and 16 lowercase hex digits.
    static func looksHashed(_ stem: String) -> Bool {
        stem.utf8.withContiguousStorageIfAvailable(looksHashed) ?? looksHashed(Array(stem.utf8))
    }

    private static func looksHashed(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        guard bytes.count >= 17 else { return false }
        let tail = bytes.suffix(17)
        guard tail.first == UInt8(ascii: "-") else { return false }
        return tail.dropFirst().allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// FNV-1a 64-bit of the id's UTF-8, as 16 hex digits: stable across machines and runs.
    static func hash(_ id: String) -> String {
        let hex = String(FNV1a.hash(id), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
