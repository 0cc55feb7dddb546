/// Reads the tags of a page the way a browser's tokenizer splits them, enough to tell markup from text:
/// start tags with their attributes (values decoded), end tags, comments, and the raw text of
/// `style`, `script`, `title` and `textarea`, which holds no tags.
///
/// Escaped text such as `&lt;img onerror=…&gt;` is text here, as in a browser; an unescaped
/// `<img onerror=…>` is a tag with an `onerror` attribute.
struct HTMLTags {
    /// One start tag.
    struct Tag {
        /// The lowercased name.
        var name: String
        /// Attributes in order, names lowercased, values with character references decoded.
        var attributes: [(name: String, value: String)]

        /// The value of the first attribute with this name.
        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    /// Every start tag in document order.
    private(set) var tags: [Tag] = []
    /// How many comments (`<!-- … -->`) the page holds.
    private(set) var commentCount = 0
    /// Names of end tags in document order.
    private(set) var endTags: [String] = []

    /// Elements whose content is text up to their end tag.
    private static let rawTextElements: Set<String> = ["style", "script", "title", "textarea"]

    /// Tokenizes `html`.
    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count else {
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if Self.starts(scalars, at: index, with: "<!--") {
                commentCount += 1
                index = Self.find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
            } else if next == "!" || next == "?" {
                index = Self.find(scalars, ">", from: index).map { $0 + 1 } ?? scalars.count
            } else if next == "/" {
                let end = Self.find(scalars, ">", from: index) ?? scalars.count
                endTags.append(Self.name(scalars, from: index + 2))
                index = end + 1
            } else if Self.isLetter(next) {
                let (tag, end) = Self.startTag(scalars, from: index + 1)
                tags.append(tag)
                index = end
                if Self.rawTextElements.contains(tag.name) {
                    // The content runs to the matching end tag, whatever `<` it holds.
                    index = Self.find(scalars, "</" + tag.name, from: index, caseInsensitive: true) ?? scalars.count
                }
            } else {
                index += 1
            }
        }
    }

    /// Reads a start tag whose name begins at `start`; returns it and the index after its `>`.
    private static func startTag(_ scalars: [Unicode.Scalar], from start: Int) -> (Tag, Int) {
        var index = start
        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != "/", scalars[index] != ">" {
            index += 1
        }
        var tag = Tag(name: String(String.UnicodeScalarView(scalars[start..<index])).lowercased(), attributes: [])
        while index < scalars.count {
            while index < scalars.count, isSpace(scalars[index]) || scalars[index] == "/" { index += 1 }
            guard index < scalars.count, scalars[index] != ">" else { break }
            let nameStart = index
            index += 1  // A name may start with `=`, as a browser reads it.
            while index < scalars.count, !isSpace(scalars[index]), !["/", ">", "="].contains(scalars[index]) {
                index += 1
            }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<index])).lowercased()
            while index < scalars.count, isSpace(scalars[index]) { index += 1 }
            var value = ""
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                    let quote = scalars[index]
                    let end = scalars[(index + 1)...].firstIndex(of: quote) ?? scalars.count
                    value = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                    index = min(end + 1, scalars.count)
                } else {
                    let valueStart = index
                    while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">" { index += 1 }
                    value = String(String.UnicodeScalarView(scalars[valueStart..<index]))
                }
            }
            tag.attributes.append((name, decode(value)))
        }
        return (tag, min(index + 1, scalars.count))
    }

    /// Decodes the character references our escaping writes and the numeric ones a browser would read.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = [
                "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "#39": "'", "colon": ":", "tab": "\t",
                "newline": "\n",
            ]
            if let text = named[name.lowercased()] {
                result += text
            } else if name.hasPrefix("#"),
                let value = name.dropFirst().lowercased().hasPrefix("x")
                    ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()),
                let scalar = Unicode.Scalar(value)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func name(_ scalars: [Unicode.Scalar], from start: Int) -> String {
        var end = start
        while end < scalars.count, isLetter(scalars[end]) || ("0"..."9").contains(scalars[end]) { end += 1 }
        return String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)])).lowercased()
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with text: String) -> Bool {
        let needle = Array(text.unicodeScalars)
        return index + needle.count <= scalars.count && Array(scalars[index..<(index + needle.count)]) == needle
    }

    private static func find(
        _ scalars: [Unicode.Scalar], _ text: String, from start: Int, caseInsensitive: Bool = false
    ) -> Int? {
        let needle = Array(text.lowercased().unicodeScalars)
        var index = start
        while index + needle.count <= scalars.count {
            if needle.indices.allSatisfy({ offset in
                let scalar = scalars[index + offset]
                return (caseInsensitive ? lowercased(scalar) : scalar) == needle[offset]
            }) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// An ASCII capital as its small letter; other scalars unchanged.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { [" ", "\t", "\n", "\r", "\u{C}"].contains(scalar) }
}
