extension Parser {
    /// Applies a tag just read: stores its node, opens or closes a frame, or changes delimiters.
    mutating func apply(_ tag: Tag) throws(MustacheError) {
        switch tag.kind {
        case .comment:
            endTagLine(standalone: takeStandaloneLine() != nil)
        case .delimiters(let newDelimiters):
            endTagLine(standalone: takeStandaloneLine() != nil)
            delimiters = newDelimiters
        case .variable(let name, let escaped):
            lineHasTag = true
            append(.variable(name, escaped: escaped, at: tag.location))
        case .partial(let name):
            let indentation = takeStandaloneLine()
            let placement = indentation.map { Placement(indentation: $0, standalone: true) } ?? .inline
            append(.partial(name, placement, at: tag.location))
            endTagLine(standalone: indentation != nil)
        case .section(let name, let inverted):
            let standalone = takeStandaloneLine() != nil
            try open(Frame(kind: .section(name, inverted: inverted), name: name.description, location: tag.location))
            endTagLine(standalone: standalone)
        case .parent(let name):
            try openParent(name, at: tag.location)
        case .block(let name):
            try openBlock(name, at: tag.location)
        case .close(let name):
            try close(name, at: tag.location)
        }
    }

    /// Starts a new line after a standalone tag, or notes that the line now holds a tag.
    mutating func endTagLine(standalone: Bool) {
        if standalone {
            startLine()
        } else {
            lineHasTag = true
        }
    }

    /// Pushes a frame, after storing the pending text in the frame around it.
    mutating func open(_ frame: Frame) throws(MustacheError) {
        guard frames.count <= Self.nestingLimit else {
            throw MustacheError(.nestingTooDeep(limit: Self.nestingLimit), at: frame.location)
        }
        flushText()
        frames.append(frame)
    }

    /// Pops the innermost frame, with its pending text stored in it.
    mutating func closeFrame() -> Frame {
        flushText()
        return frames.removeLast()
    }
}
