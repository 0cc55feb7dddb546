/// Finds the characters of a page's text that can reorder text around them (bidirectional controls and
/// right-to-left letters) and says whether each sits inside a `<bdi>` element, which isolates it.
///
/// Tags are skipped whole (pages escape `<`, `>` and quotes in values, so a `>` always ends a tag), and so
/// is the text of `<title>` elements, which cannot hold elements and is not page text.
struct BidiScan {
    /// How many such characters sit inside a `<bdi>`.
    private(set) var isolated = 0
    /// The text around each one that sits in no `<bdi>`.
    private(set) var unisolated: [String] = []

    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var depth = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                var end = index + 1
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)])).lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == ">" }).first.map(String.init) ?? ""
                switch name {
                case "bdi": depth += 1
                case "/bdi": depth -= 1
                case "title":
                    // Skip to the end of the title element.
                    var close = end
                    while close < scalars.count,
                        !String(String.UnicodeScalarView(scalars[close..<min(close + 8, scalars.count)])).lowercased()
                            .hasPrefix("</title>")
                    {
                        close += 1
                    }
                    end = close + 7
                default: break
                }
                index = end + 1
                continue
            }
            if Self.reorders(scalar) {
                if depth > 0 {
                    isolated += 1
                } else {
                    let from = max(0, index - 30)
                    let to = min(scalars.count, index + 30)
                    unisolated.append(String(String.UnicodeScalarView(scalars[from..<to])))
                }
            }
            index += 1
        }
    }

    /// Bidirectional controls, and letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …).
    static func reorders(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}
