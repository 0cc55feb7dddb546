import Foundation

/// Turns input HTML (a comment's `html_body`, a conversation-log `html` body) into plain text.
///
/// Input HTML is never emitted as HTML (STYLE.md, docs/rules.md §10): when an entry has nothing but
/// HTML, its tags are dropped here and the text is escaped like any other value. Block-level tags
/// and `<br>` become line breaks; `script` and `style` lose their content; common entities and
/// numeric character references are decoded.
enum HTMLText {
    /// Tags that end a line of text.
    private static let blockTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr",
    ]
    /// Tags whose content is not text a reader sees.
    private static let hiddenTags: Set<String> = ["script", "style", "head", "title"]
    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    ]

    /// The text of an HTML fragment, with runs of blank lines collapsed and the ends trimmed.
    static func plainText(_ html: String) -> String {
        var text = ""
        var hiddenUntil: String?
        var rest = Substring(html)
        while let first = rest.first {
            if first == "<", startsTag(rest.dropFirst()), let close = rest.firstIndex(of: ">") {
                let tag = tagName(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
                if let hidden = hiddenUntil {
                    if tag == "/" + hidden { hiddenUntil = nil }
                    continue
                }
                if hiddenTags.contains(tag) { hiddenUntil = tag }
                if blockTags.contains(tag.hasPrefix("/") ? String(tag.dropFirst()) : tag), !text.isEmpty,
                    text.last != "\n"
                {
                    text.append("\n")
                }
                continue
            }
            rest = rest.dropFirst()
            if hiddenUntil != nil { continue }
            if first == "&", let (decoded, after) = entity(at: rest) {
                text += decoded
                rest = after
            } else {
                text.append(first)
            }
        }
        while text.contains("\n\n\n") { text = text.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether what follows a `<` opens a tag, a comment or a declaration, as a browser reads it;
    /// `1 < 2` is text.
    private static func startsTag(_ rest: Substring) -> Bool {
        guard let next = rest.first else { return false }
        return next.isLetter || next == "/" || next == "!" || next == "?"
    }

    /// `p`, `/p` or `br` from what stands between `<` and `>`; empty for comments and declarations.
    private static func tagName(_ inside: Substring) -> String {
        var name = ""
        for character in inside {
            if character.isLetter || character.isNumber || (character == "/" && name.isEmpty) {
                name.append(character)
            } else {
                break
            }
        }
        return name.lowercased()
    }

    /// Decodes an entity whose `&` was just read; `rest` starts after the `&`.
    private static func entity(at rest: Substring) -> (String, Substring)? {
        guard let semicolon = rest.prefix(10).firstIndex(of: ";") else { return nil }
        let name = rest[..<semicolon]
        let after = rest[rest.index(after: semicolon)...]
        if let text = entities[name.lowercased()] { return (text, after) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
        return (String(Character(scalar)), after)
    }
}
