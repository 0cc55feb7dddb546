/// Dropping the indentation that only makes a template readable.
///
/// Templates are written indented so their structure shows, and a standalone partial adds its own
/// indentation to every line it expands to. On a page of many repeated parts (the bubbles of a
/// conversation, the rows of a list) that whitespace is a tenth of the bytes and says nothing. An
/// unindented template removes the spaces and tabs that start a line of output, and nothing else:
/// every line break stays, so no two words are ever joined, and whitespace inside a line or written
/// by a value is kept.
///
/// The transform only removes whitespace it can prove starts an output line. A text node knows that
/// after its own line breaks; across tags the state is carried conservatively: an interpolation, an
/// inline partial or a partial whose template does not end with a line break may end mid-line, so
/// the text after it keeps its leading whitespace, and a section whose content does not end with a
/// line break may repeat mid-line, so its content keeps its first line's.
extension Template {
    /// Every template of a set without the indentation that starts output lines (see above).
    static func unindented(_ templates: [String: Template]) -> [String: Template] {
        let endingLines = Set(templates.filter { !$0.value.nodes.isEmpty && endsAtLineStart($0.value.nodes[...]) }.keys)
        return templates.mapValues { template in
            var atLineStart = false
            let nodes = unindent(template.nodes, atLineStart: &atLineStart, endingLines: endingLines)
            return Template(name: template.name, nodes: nodes)
        }
    }

    /// Unindents nodes in document order, `atLineStart` saying whether the output is known to be at the
    /// start of a line before them, and after them on return. `endingLines` names the templates whose
    /// output ends with a line break.
    private static func unindent(_ nodes: [Node], atLineStart: inout Bool, endingLines: Set<String>) -> [Node] {
        nodes.map { node in
            switch node {
            case .text(let bytes):
                return .text(unindent(bytes, atLineStart: &atLineStart))
            case .variable:
                atLineStart = false
                return node
            case .section(let name, let inverted, let children, let location):
                let unindented = unindentRepeatable(children, atLineStart: &atLineStart, endingLines: endingLines)
                return .section(name, inverted: inverted, children: unindented, at: location)
            case .partial(let name, var placement, let location):
                placement.indentation = []
                atLineStart = placement.standalone && name.isFixed(in: endingLines)
                return .partial(name, placement, at: location)
            case .parent(let name, let overrides, var placement, let location):
                placement.indentation = []
                let blocks = overrides.mapValues { block in
                    var inside = false
                    let children = unindent(block.children, atLineStart: &inside, endingLines: endingLines)
                    return unindented(block, children: children)
                }
                atLineStart = false
                return .parent(name, overrides: blocks, placement, at: location)
            case .block(let block):
                let children = unindentRepeatable(block.children, atLineStart: &atLineStart, endingLines: endingLines)
                return .block(unindented(block, children: children))
            }
        }
    }

    /// Content that may be shown zero, one or many times in a row: its first line starts an output line
    /// only when the output was at a line start before it and the content itself ends at one.
    private static func unindentRepeatable(
        _ children: [Node], atLineStart: inout Bool, endingLines: Set<String>
    ) -> [Node] {
        var inside = atLineStart && endsAtLineStart(children[...])
        let unindented = unindent(children, atLineStart: &inside, endingLines: endingLines)
        atLineStart = atLineStart && inside
        return unindented
    }

    /// A block with other content, its placement adding no indentation.
    private static func unindented(_ block: Block, children: [Node]) -> Block {
        var placement = block.placement
        placement.indentation = []
        return Block(name: block.name, children: children, placement: placement, location: block.location)
    }

    /// Removes the spaces and tabs that follow a line break, and those at the start when the output is
    /// already at a line start.
    private static func unindent(_ bytes: [UInt8], atLineStart: inout Bool) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for byte in bytes {
            if atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) { continue }
            kept.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return kept
    }

    /// Whether, starting at the start of a line, the output is surely at the start of a line after
    /// these nodes: nothing is written, or the last node is text ending with a line break, or a section
    /// or block whose content ends at a line start and whose nodes before do too (it may show nothing).
    private static func endsAtLineStart(_ nodes: ArraySlice<Node>) -> Bool {
        switch nodes.last {
        case nil:
            return true
        case .text(let bytes)?:
            return bytes.isEmpty ? endsAtLineStart(nodes.dropLast()) : bytes.last == UInt8(ascii: "\n")
        case .section(_, _, let children, _)?:
            return endsAtLineStart(children[...]) && endsAtLineStart(nodes.dropLast())
        case .block(let block)?:
            return endsAtLineStart(block.children[...]) && endsAtLineStart(nodes.dropLast())
        case .variable?, .partial?, .parent?:
            return false
        }
    }
}

extension PartialName {
    /// Whether this is a name written in the tag, and one of these.
    fileprivate func isFixed(in names: Set<String>) -> Bool {
        if case .fixed(let name) = self { return names.contains(name) }
        return false
    }
}
