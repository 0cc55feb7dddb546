/// A section, parent or block whose closing tag the parser has not reached yet.
struct Frame {
    /// Which kind of tag opened the frame.
    enum Kind {
        /// The template itself, which no tag closes.
        case root
        /// A section or inverted section.
        case section(Name, inverted: Bool)
        /// A parent tag, whose body only contributes its blocks.
        case parent(PartialName)
        /// A block, in a parent's body (a replacement) or elsewhere (a default).
        case block
    }

    /// Which kind of tag opened the frame.
    let kind: Kind
    /// The name a closing tag must repeat, as written in the opening tag.
    let name: String
    /// Where the opening tag is.
    let location: SourceLocation
    /// The nodes read so far inside the frame.
    var nodes: [Node] = []
    /// For a parent: whether the opening tag had nothing but indentation before it on its line.
    var openedAfterIndentation = false
    /// The indentation before the opening tag, when only indentation preceded it.
    var indentation: [UInt8] = []
    /// For a block: whether the opening tag stood alone on its line.
    var standalone = false
    /// For a block: the indentation its content is written at, removed from every content line.
    var contentIndentation: [UInt8] = []
    /// For a block: the indentation removed from lines before the block opened.
    var outerDedent: [UInt8] = []

    /// Whether the frame is a parent tag's body.
    var isParent: Bool {
        if case .parent = kind { return true }
        return false
    }
}
