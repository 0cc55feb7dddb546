/// Finds the URLs in a message's text so the bubble can show them as links, as agents see them.
///
/// A URL starts with `https://`, `http://` or `mailto:` at the start of the text or after a character
/// that is not a letter or digit, and runs to the next whitespace, control, bidi control, `<`, `>` or `"`.
/// Trailing sentence punctuation is left out (`.`, `,`, `;`, `:`, `!`, `?`, quotes, and a `)` with no `(` in
/// the URL). Each URL still passes `SafeLink.href`; everything else stays text.
enum TextLinks {
    /// One run of the text: `href` is set when the run is a link.
    struct Part: Equatable {
        let text: String
        let href: String?
    }

    private static let starts = ["https://", "http://", "mailto:"]
    private static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", "'", "\"", "’", "”", "]", "}"]

    /// The text cut into plain runs and links, in order; joined, the runs give back the text.
    static func parts(_ text: String) -> [Part] {
        parts(text, as: Part.init)
    }

    /// The text's runs (`parts(_:)`), each made by `run` from its text and its link: a bubble makes its
    /// template values here, with no array of runs between.
    static func parts<Run>(_ text: String, as run: (_ text: String, _ href: String?) -> Run) -> [Run] {
        // The places where a scheme's letters start, found on the raw bytes: most texts have none, and only
        // these places are looked at with characters. Every scheme holds a colon (`http:`, `https:`, `mailto:`),
        // so only the few places just before a colon can start one, and a text without a colon is one plain run.
        var candidates: [Int] = []
        var copy = text
        copy.withUTF8 { bytes in
            // The first place not looked at yet: the places before a colon overlap those before the last one.
            var next = 0
            for colon in bytes.indices where bytes[colon] == UInt8(ascii: ":") {
                var offset = max(next, colon - schemeColonOffsets.upperBound)
                while offset <= colon - schemeColonOffsets.lowerBound {
                    if startsScheme(UnsafeBufferPointer(rebasing: bytes[offset...])) { candidates.append(offset) }
                    offset += 1
                }
                next = max(next, offset)
            }
        }
        guard !candidates.isEmpty else { return text.isEmpty ? [] : [run(text, nil)] }
        var parts: [Run] = []
        var plainStart = text.startIndex
        // Past the end of the last URL found: a scheme inside a URL starts none.
        var searchFrom = text.startIndex
        for offset in candidates {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            guard index >= searchFrom, let end = urlEnd(in: text, at: index) else { continue }
            let url = String(text[index..<end])
            if let href = SafeLink.href(url) {
                if plainStart < index { parts.append(run(String(text[plainStart..<index]), nil)) }
                parts.append(run(url, href))
                plainStart = end
            }
            searchFrom = end
        }
        if plainStart < text.endIndex { parts.append(run(String(text[plainStart...]), nil)) }
        return parts
    }

    /// Where the URL starting at `index` ends, or nil when none starts there.
    private static func urlEnd(in text: String, at index: String.Index) -> String.Index? {
        if index > text.startIndex {
            let before = text[text.index(before: index)]
            if before.isLetter || before.isNumber { return nil }
        }
        let rest = text[index...]
        // Only the first eight characters are compared, so a long text is read once.
        let head = String(rest.prefix(8)).lowercased()
        guard let start = starts.first(where: { head.hasPrefix($0) }) else { return nil }
        var end = rest.firstIndex(where: endsURL) ?? text.endIndex
        while end > index, shouldTrim(text[text.index(before: end)], url: text[index..<end]) {
            end = text.index(before: end)
        }
        // Nothing after the scheme: not a link.
        return text.distance(from: index, to: end) > start.count ? end : nil
    }

    private static let schemeBytes = starts.map { Array($0.utf8) }
    /// How far after its start each scheme's colon is: 4 (`http:`) to 6 (`mailto:`).
    private static let schemeColonOffsets = 4...6

    /// Whether the bytes start with a scheme, its letters in either case. No character but these ASCII letters
    /// lower-cases to them, so a scheme that `urlEnd` finds in the lower-cased characters starts here too.
    private static func startsScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        schemeBytes.contains { scheme in
            guard bytes.count >= scheme.count else { return false }
            for (position, expected) in scheme.enumerated() {
                let byte = bytes[position]
                guard byte == expected || (expected >= UInt8(ascii: "a") && byte | 0x20 == expected) else {
                    return false
                }
            }
            return true
        }
    }

    private static func endsURL(_ character: Character) -> Bool {
        if character.isWhitespace || character == "<" || character == ">" || character == "\"" { return true }
        return character.unicodeScalars.contains { scalar in
            let value = scalar.value
            return value < 0x20 || value == 0x7F || (0x200E...0x200F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }

    private static func shouldTrim(_ last: Character, url: Substring) -> Bool {
        if trailing.contains(last) { return true }
        if last == ")" { return !url.contains("(") }
        return false
    }
}
