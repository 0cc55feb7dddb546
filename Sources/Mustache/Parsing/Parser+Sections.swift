extension Parser {
    /// Opens a parent tag, keeping the indentation before it aside until its closing tag shows
    /// whether the whole parent stands alone on its lines.
    mutating func openParent(_ name: PartialName, at location: SourceLocation) throws(MustacheError) {
        var frame = Frame(kind: .parent(name), name: name.description, location: location)
        if isAfterIndentationOnly {
            frame.openedAfterIndentation = true
            frame.indentation = Array(text[lineStart...])
            text.removeSubrange(lineStart...)
        }
        try open(frame)
        lineHasTag = true
    }

    /// Opens a block, working out the indentation its content is written at.
    ///
    /// Inside a parent's body everything but blocks is ignored, so there a block's opening tag is
    /// standalone when only whitespace follows it. A standalone block's content indentation is
    /// that of its first line (~inheritance.json, "Intrinsic indentation"); it is removed from
    /// every content line and added back wherever the block is expanded ("Block reindentation").
    mutating func openBlock(_ name: String, at location: SourceLocation) throws(MustacheError) {
        let inParent = frames[frames.count - 1].isParent
        let afterIndentation = isAfterIndentationOnly
        let restEnd = reader.endOfBlankRest(from: reader.offset)
        var frame = Frame(kind: .block, name: name, location: location)
        frame.outerDedent = dedent
        if afterIndentation {
            frame.indentation = Array(text[lineStart...])
        }
        frame.standalone = restEnd != nil && (afterIndentation || inParent)
        if frame.standalone, let restEnd {
            if afterIndentation {
                text.removeSubrange(lineStart...)
            }
            reader.offset = restEnd
            try open(frame)
            startLine()
            let own = Array(reader.readIndentation())
            frames[frames.count - 1].contentIndentation = own
            dedent += own
        } else {
            frame.contentIndentation = frame.indentation
            try open(frame)
            dedent += frame.indentation
            lineHasTag = true
        }
    }

    /// Closes the innermost frame, checking that the closing tag names it.
    mutating func close(_ name: String, at location: SourceLocation) throws(MustacheError) {
        guard frames.count > 1 else {
            throw MustacheError(.unexpectedClosingTag(name), at: location)
        }
        let open = frames[frames.count - 1]
        guard open.name == name else {
            throw MustacheError(.mismatchedClosingTag(expected: open.name, found: name), at: location)
        }
        switch open.kind {
        case .root:
            break
        case .section(let name, let inverted):
            let standalone = takeStandaloneLine() != nil
            let frame = closeFrame()
            append(.section(name, inverted: inverted, children: frame.nodes, at: frame.location))
            endTagLine(standalone: standalone)
        case .block:
            closeBlock()
        case .parent(let name):
            closeParent(name)
        }
    }

    /// Closes a block; in a parent's body what follows the closing tag is ignored, so only the
    /// indentation before it decides whether it stands alone.
    private mutating func closeBlock() {
        let inParent = frames[frames.count - 2].isParent
        var standalone = false
        if inParent {
            standalone = isAfterIndentationOnly
            if standalone {
                text.removeSubrange(lineStart...)
            }
        } else {
            standalone = takeStandaloneLine() != nil
        }
        let frame = closeFrame()
        dedent = frame.outerDedent
        // An empty standalone block has no first line to take indentation from, so it is
        // expanded at the indentation of its own tag.
        let indentation = frame.standalone && frame.nodes.isEmpty ? frame.indentation : frame.contentIndentation
        let block = Block(
            name: frame.name, children: frame.nodes,
            placement: Placement(indentation: indentation, standalone: frame.standalone),
            location: frame.location)
        append(.block(block))
        endTagLine(standalone: standalone && !inParent)
    }

    /// Closes a parent tag; it is standalone when only indentation precedes its opening tag and
    /// only whitespace follows its closing tag (~inheritance.json, "Standalone parent").
    private mutating func closeParent(_ name: PartialName) {
        let frame = closeFrame()
        var overrides: [String: Block] = [:]
        for case .block(let block) in frame.nodes where overrides[block.name] == nil {
            overrides[block.name] = block
        }
        if frame.openedAfterIndentation, let end = reader.endOfBlankRest(from: reader.offset) {
            reader.offset = end
            let placement = Placement(indentation: frame.indentation, standalone: true)
            append(.parent(name, overrides: overrides, placement, at: frame.location))
            startLine()
        } else {
            text.append(contentsOf: frame.indentation)
            append(.parent(name, overrides: overrides, .inline, at: frame.location))
            lineHasTag = true
        }
    }
}
