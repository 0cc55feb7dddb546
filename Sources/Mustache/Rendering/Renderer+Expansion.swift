extension Renderer {
    /// Finds the template a partial or parent tag names, or `nil` (an error in strict mode).
    mutating func resolve(_ name: PartialName, at location: SourceLocation) throws(MustacheError) -> Template? {
        let key: String
        switch name {
        case .fixed(let fixed):
            key = fixed
        case .dynamic(let dynamic):
            // A failed lookup renders nothing (~dynamic-names.json, "Context Misses - Partial").
            guard let value = try lookup(dynamic, at: location) else { return nil }
            guard case .string(let resolved) = value else {
                if strict {
                    throw MustacheError(.unknownPartial(name.description), at: location)
                }
                return nil
            }
            key = resolved
        }
        if let template = templates[key] {
            return template
        }
        if strict {
            throw MustacheError(.unknownPartial(key), at: location)
        }
        return nil
    }

    /// Renders a partial's or parent's nodes where its tag is, indenting their lines when the
    /// tag stood alone on its line.
    mutating func expand(
        _ nodes: [Node], _ placement: Placement, _ overrides: [String: Block], at location: SourceLocation
    ) throws(MustacheError) {
        try enterExpansion(at: location)
        defer { leaveExpansion() }
        let saved = output.indentation
        if placement.standalone {
            output.indentation += placement.indentation
            output.atLineStart = true
            try render(nodes, overrides)
        } else {
            // An inline partial's own lines are not indented (partials.json, "Inline
            // Indentation"), but its first line continues one that may still need indenting.
            output.writePendingIndentation()
            output.indentation = []
            try render(nodes, overrides)
            output.atLineStart = false
        }
        output.indentation = saved
    }

    /// Renders a block's replacement, or its default content when no parent replaced it.
    ///
    /// The content's lines are indented where the block sits (~inheritance.json, "Block
    /// reindentation"); a block inside its own replacement is what the depth limit stops.
    mutating func renderBlock(_ block: Block, _ overrides: [String: Block]) throws(MustacheError) {
        let content = overrides[block.name] ?? block
        let saved = output.indentation
        output.indentation += block.placement.indentation
        if block.placement.standalone {
            output.atLineStart = true
        }
        if overrides[block.name] != nil {
            try enterExpansion(at: block.location)
            defer { leaveExpansion() }
            try render(content.children, overrides)
        } else {
            try render(content.children, overrides)
        }
        output.indentation = saved
    }

    /// Counts one more nested expansion, failing past the depth or total limits.
    private mutating func enterExpansion(at location: SourceLocation) throws(MustacheError) {
        expansions += 1
        guard depth < Self.recursionLimit else {
            throw MustacheError(.recursionLimit(Self.recursionLimit), at: location)
        }
        guard expansions <= Self.expansionLimit else {
            throw MustacheError(.expansionLimit(Self.expansionLimit), at: location)
        }
        try enterNesting(at: location)
        depth += 1
    }

    /// Counts one nested expansion less.
    private mutating func leaveExpansion() {
        depth -= 1
        nesting -= 1
    }
}
