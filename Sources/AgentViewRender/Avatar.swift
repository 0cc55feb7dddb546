import AgentViewCore

/// The initials an avatar shows: pages fetch no images, so every avatar is initials on a colour.
enum Avatar {
    /// The first letters of the first and last words of a name, upper-cased; `?` without a name.
    static func initials(_ name: String?) -> String {
        let name = name ?? ""
        // Every bubble shows one, so the common case of a short ASCII name is read byte by byte.
        if name.utf8.count <= LookalikeText.shownNameLimit, let initials = asciiInitials(name) { return initials }
        return initialsByCharacter(name)
    }

    /// `initials` for any name, by characters.
    static func initialsByCharacter(_ name: String) -> String {
        // Only the part of the name pages show counts, so a huge name costs no more than a short one.
        let shown = name.prefix(LookalikeText.shownNameLimit)
        let words = shown.split(whereSeparator: { $0.isWhitespace }).filter { $0.first?.isLetter == true }
        guard let first = words.first?.first else { return "?" }
        guard words.count > 1, let last = words.last?.first else { return String(first).uppercased() }
        return (String(first) + String(last)).uppercased()
    }

    /// `initials` for a name of ASCII bytes only, else nil. In ASCII a byte is a character (`\r\n` is one
    /// character, but whitespace either way), the whitespace is tab to carriage return and the space, and
    /// the letters are A–Z and a–z.
    static func asciiInitials(_ name: String) -> String? {
        var first: UInt8?
        var last: UInt8?
        var atWordStart = true
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {
                atWordStart = true
                continue
            }
            guard atWordStart else { continue }
            atWordStart = false
            let upper = byte & 0xDF
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { continue }
            if first == nil { first = upper } else { last = upper }
        }
        guard let first else { return "?" }
        guard let last else { return String(decoding: [first], as: UTF8.self) }
        return String(decoding: [first, last], as: UTF8.self)
    }
}
