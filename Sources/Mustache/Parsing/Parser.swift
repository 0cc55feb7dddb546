/// Reads a template's bytes once into a tree of nodes, or fails with the first problem's place.
///
/// The parser never recurses: open sections live on an explicit stack with a depth limit, and
/// every step moves the cursor forward, so hostile input ends in a tree or an error.
///
/// Standalone lines (a tag alone on its line with only indentation around it) are removed here,
/// and the indentation that partials, parents and blocks add is recorded on their nodes.
struct Parser {
    /// How deep sections, parents and blocks may nest in one template.
    static let nestingLimit = 100

    /// The cursor over the template's bytes.
    var reader: Reader
    /// Finds the line and column of each tag.
    var locator: SourceLocator
    /// The delimiters in force, changed by set-delimiter tags.
    var delimiters = Delimiters.standard
    /// Open frames; the first is the template itself.
    var frames: [Frame]
    /// Text read since the last node, not yet stored.
    var text: [UInt8] = []
    /// Where the current line starts in `text`; meaningful while `lineHasTag` is false.
    var lineStart = 0
    /// Whether a tag that is not standalone appeared on the current line.
    var lineHasTag = false
    /// Indentation removed from the start of each line, set by the blocks that are open.
    var dedent: [UInt8] = []

    /// Creates a parser for the bytes of the named template.
    init(name: String, source: [UInt8]) {
        reader = Reader(source)
        locator = SourceLocator(template: name, bytes: source)
        frames = [Frame(kind: .root, name: name, location: SourceLocation(template: name, line: 1, column: 1))]
    }

    /// Parses the whole template into its top-level nodes.
    mutating func parse() throws(MustacheError) -> [Node] {
        while !reader.isAtEnd {
            try readTextOrTag()
        }
        flushText()
        if let open = frames.last, frames.count > 1 {
            throw MustacheError(.unclosedSection(open.name), at: open.location)
        }
        return frames[0].nodes
    }

    /// Reads text up to and including the next line break, or up to the next tag and the tag.
    private mutating func readTextOrTag() throws(MustacheError) {
        let bytes = reader.bytes
        let open = delimiters.open
        let start = reader.offset
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .newline {
                text.append(contentsOf: bytes[start...position])
                reader.offset = position + 1
                startLine()
                return
            }
            if byte == open[0], reader.hasPrefix(open, at: position) {
                text.append(contentsOf: bytes[start..<position])
                reader.offset = position
                try apply(try readTag())
                return
            }
            position += 1
        }
        text.append(contentsOf: bytes[start...])
        reader.offset = bytes.count
    }

    /// Notes that a new line starts at the cursor, and skips the indentation open blocks remove.
    mutating func startLine() {
        lineStart = text.count
        lineHasTag = false
        reader.skip(matching: dedent)
    }

    /// Whether only indentation precedes the cursor on the current line.
    var isAfterIndentationOnly: Bool {
        !lineHasTag && text[lineStart...].allSatisfy(\.isIndentation)
    }

    /// Removes and returns the current line's indentation when the tag just read is standalone.
    ///
    /// A standalone tag has only indentation before it and only whitespace and a line break
    /// after; its whole line disappears from the output (spec overview of sections.json).
    mutating func takeStandaloneLine() -> [UInt8]? {
        guard isAfterIndentationOnly, let end = reader.endOfBlankRest(from: reader.offset) else { return nil }
        let indentation = Array(text[lineStart...])
        text.removeSubrange(lineStart...)
        reader.offset = end
        return indentation
    }

    /// Stores the pending text as a node, joining it to a text node just before it.
    mutating func flushText() {
        defer {
            text.removeAll(keepingCapacity: true)
            lineStart = 0
        }
        guard !text.isEmpty else { return }
        let last = frames.count - 1
        if case .text(let previous) = frames[last].nodes.last {
            frames[last].nodes[frames[last].nodes.count - 1] = .text(previous + text)
        } else {
            frames[last].nodes.append(.text(text))
        }
    }

    /// Stores a node in the innermost open frame, after the pending text.
    mutating func append(_ node: Node) {
        flushText()
        frames[frames.count - 1].nodes.append(node)
    }
}
