/// Just enough HTML reading for tests of our own well-formed output: the element with an id or an
/// attribute value, and counts of substrings.
enum HTMLQuery {
    /// The whole element (start tag to matching end tag) whose start tag contains `attribute`,
    /// such as `id="profile"`, or nil when there is none.
    static func element(_ attribute: String, in html: String) -> Substring? {
        guard let hit = html.range(of: attribute) else { return nil }
        // The start tag's `<` is the last one up to the hit (the hit itself when it is `<h1`).
        guard let open = html[...hit.lowerBound].range(of: "<", options: .backwards) else { return nil }
        let name = html[html.index(after: open.lowerBound)...].prefix { $0.isLetter || $0.isNumber }
        var depth = 0
        var cursor = open.lowerBound
        while let close = html[cursor...].range(of: "</\(name)>") {
            if let next = html[cursor...].range(of: "<\(name)"), next.lowerBound < close.lowerBound {
                if isTagStart(html, after: next.upperBound) { depth += 1 }
                cursor = next.upperBound
                continue
            }
            depth -= 1
            cursor = close.upperBound
            if depth == 0 { return html[open.lowerBound..<close.upperBound] }
        }
        return nil
    }

    /// Every element whose start tag contains `attribute`, in document order.
    static func elements(_ attribute: String, in html: String) -> [Substring] {
        var found: [Substring] = []
        var rest = html[...]
        while let hit = rest.range(of: attribute), let element = element(attribute, in: String(rest)) {
            found.append(element)
            rest = rest[hit.upperBound...]
        }
        return found
    }

    /// How many times `needle` occurs in `text`.
    static func count(_ needle: String, in text: some StringProtocol) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Whether `<name` continues as a tag (`<li>` or `<li class`), not a longer name (`<link`).
    private static func isTagStart(_ html: String, after index: String.Index) -> Bool {
        guard index < html.endIndex else { return false }
        let next = html[index]
        return next == ">" || next == " " || next == "\n"
    }
}
