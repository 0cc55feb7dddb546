extension Parser {
    /// Reads the tag whose opening delimiter is at the cursor, leaving the cursor after it.
    mutating func readTag() throws(MustacheError) -> Tag {
        let bytes = reader.bytes
        let location = locator.location(of: reader.offset)
        var bodyStart = reader.offset + delimiters.open.count
        let sigil = bodyStart < bytes.count ? bytes[bodyStart] : nil
        var closer = delimiters.close
        switch sigil.map(Unicode.Scalar.init) {
        case "{":
            closer = [UInt8(ascii: "}")] + closer
            bodyStart += 1
        case "=":
            closer = [UInt8(ascii: "=")] + closer
            bodyStart += 1
        case "!", "#", "^", "/", ">", "<", "$", "&":
            bodyStart += 1
        default:
            break
        }
        guard let closeStart = reader.firstOffset(of: closer, from: bodyStart) else {
            throw MustacheError(.unclosedTag(expected: String(decoding: closer, as: UTF8.self)), at: location)
        }
        reader.offset = closeStart + closer.count
        if sigil == UInt8(ascii: "!") {
            return Tag(kind: .comment, location: location)
        }
        let content = trimmed(String(decoding: bytes[bodyStart..<closeStart], as: UTF8.self))
        return Tag(kind: try kind(of: content, sigil: sigil, at: location), location: location)
    }

    /// Decides what a tag with this trimmed content and sigil does.
    private func kind(of content: Substring, sigil: UInt8?, at location: SourceLocation) throws(MustacheError)
        -> Tag.Kind
    {
        let sigil = sigil.map(Unicode.Scalar.init)
        if sigil == "=" {
            guard let delimiters = Delimiters(content: content) else {
                throw MustacheError(.invalidDelimiters(String(content)), at: location)
            }
            return .delimiters(delimiters)
        }
        guard !content.isEmpty else { throw MustacheError(.emptyTag, at: location) }
        let invalid = MustacheError(.invalidName(String(content)), at: location)
        switch sigil {
        case ">", "<":
            guard let name = PartialName(content) else { throw invalid }
            return sigil == ">" ? .partial(name) : .parent(name)
        case "$":
            guard case .fixed(let name) = PartialName(content) else { throw invalid }
            return .block(name)
        case "/":
            guard let name = PartialName(content) else { throw invalid }
            return .close(name.description)
        default:
            guard let name = Name(content) else { throw invalid }
            switch sigil {
            case "#", "^": return .section(name, inverted: sigil == "^")
            case "{", "&": return .variable(name, escaped: false)
            default: return .variable(name, escaped: true)
            }
        }
    }

    /// The text without the whitespace around it.
    private func trimmed(_ text: String) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
        return text[start..<end]
    }
}
