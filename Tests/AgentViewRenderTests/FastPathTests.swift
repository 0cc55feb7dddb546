import Testing

@testable import AgentViewCore
@testable import AgentViewRender

/// The byte-level fast paths that rendering takes for speed give exactly what the character-level rules give,
/// checked against those rules on many inputs built to sit at their edges.
@Suite struct FastPathTests {
    /// SplitMix64, so every generated input is the same on every run.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    private static func texts(from pieces: [String], count: Int, seed: UInt64, maxPieces: Int = 12) -> [String] {
        var random = Generator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...maxPieces, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
        }
    }

    @Test("ASCII initials are the initials by character, whitespace, CRLF, digits and punctuation included")
    func asciiInitials() {
        let pieces = [
            "a", "Z", "q", "1", "-", ".", "@", "[", "`", "{", " ", "\t", "\r\n", "\r", "\n", "\u{B}", "\u{C}",
        ]
        for name in Self.texts(from: pieces, count: 5_000, seed: 11) {
            #expect(Avatar.asciiInitials(name) == Avatar.initialsByCharacter(name), "\(name.debugDescription)")
        }
        #expect(Avatar.initials("dee wilco") == "DW")
        #expect(Avatar.initials("  Ada\t") == "A")
        #expect(Avatar.initials("42 ada x") == "AX")
        #expect(Avatar.initials(nil) == "?")
        // Not ASCII: the character rules decide.
        #expect(Avatar.asciiInitials("émile zola") == nil)
        #expect(Avatar.initials("émile zola") == "ÉZ")
    }

    @Test("A long ASCII name counts only its first 255 characters, as the character rules do")
    func longNames() {
        let long = String(repeating: "a", count: 255) + " zed"
        #expect(Avatar.initials(long) == "A")
        #expect(Avatar.initials(String(repeating: "a", count: 250) + " zed") == "AZ")
        // With CRLF a character is two bytes: the byte count decides which path, both agree.
        let crlf = String(repeating: "\r\n", count: 200) + "bo zed"
        #expect(Avatar.initials(crlf) == Avatar.initialsByCharacter(crlf))
    }

    @Test("URLs are found on bytes exactly where the character rules find them")
    func textLinks() {
        let pieces = [
            "h", "H", "m", "M", "ttps://", "tTp://", "ailto:", "https://", "HTTP://", "mailto:", "x", "a.org", ".", ")",
            "(", "é", "\u{301}", " ", "\n", "\u{202E}", "1", "lorem ", "\"", ":", "/",
        ]
        for text in Self.texts(from: pieces, count: 5_000, seed: 29) {
            #expect(TextLinks.parts(text) == Self.referenceParts(text), "\(text.debugDescription)")
        }
    }

    /// The character-level finder that `TextLinks.parts` replaced, kept as the rule it must match.
    private static func referenceParts(_ text: String) -> [TextLinks.Part] {
        var parts: [TextLinks.Part] = []
        var plainStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if let end = referenceURLEnd(in: text, at: index) {
                let url = String(text[index..<end])
                if let href = SafeLink.href(url) {
                    if plainStart < index { parts.append(.init(text: String(text[plainStart..<index]), href: nil)) }
                    parts.append(.init(text: url, href: href))
                    plainStart = end
                }
                index = end
            } else {
                index = text.utf8.index(after: index)
            }
        }
        if plainStart < text.endIndex { parts.append(.init(text: String(text[plainStart...]), href: nil)) }
        return parts
    }

    private static func referenceURLEnd(in text: String, at index: String.Index) -> String.Index? {
        let byte = text.utf8[index] | 0x20
        guard byte == UInt8(ascii: "h") || byte == UInt8(ascii: "m") else { return nil }
        if index > text.startIndex {
            let before = text[text.index(before: index)]
            if before.isLetter || before.isNumber { return nil }
        }
        let rest = text[index...]
        let head = String(rest.prefix(8)).lowercased()
        guard let start = ["https://", "http://", "mailto:"].first(where: { head.hasPrefix($0) }) else { return nil }
        let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", "'", "\"", "’", "”", "]", "}"]
        var end =
            rest.firstIndex(where: { character in
                character.isWhitespace || character == "<" || character == ">" || character == "\""
                    || character.unicodeScalars.contains { scalar in
                        let value = scalar.value
                        return value < 0x20 || value == 0x7F || (0x200E...0x200F).contains(value)
                            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                    }
            }) ?? text.endIndex
        while end > index {
            let last = text[text.index(before: end)]
            let trim = trailing.contains(last) || (last == ")" && !text[index..<end].contains("("))
            guard trim else { break }
            end = text.index(before: end)
        }
        return text.distance(from: index, to: end) > start.count ? end : nil
    }
}
