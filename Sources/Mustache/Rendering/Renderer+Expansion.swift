extension Renderer {
    /// Finds the template number a partial or parent tag names, or `nil` (an error in strict mode).
    mutating func resolve(_ expansion: Int) throws(MustacheError) -> Int? {
        if let template = program.expansions[expansion].template {
            return template
        }
        let location = program.expansions[expansion].location
        let key: String
        if let dynamic = program.expansions[expansion].dynamicName {
            // A failed lookup renders nothing (~dynamic-names.json, "Context Misses - Partial").
            guard let value = try lookup(dynamic, at: location) else { return nil }
            guard case .string(let resolved) = value else {
                if strict {
                    throw MustacheError(
                        .unknownPartial(program.expansions[expansion].name.description),
                        at: program.locations[location])
                }
                return nil
            }
            key = resolved
            if let template = program.templateNumbers[key] {
                return template
            }
        } else {
            key = program.expansions[expansion].name.description
        }
        if strict {
            throw MustacheError(.unknownPartial(key), at: program.locations[location])
        }
        return nil
    }

    /// Renders a template where a partial's or parent's tag is, indenting its lines when the tag
    /// stood alone on its line.
    mutating func expand(_ expansion: Int, _ template: Int, _ overrides: [Int: Int]) throws(MustacheError) {
        try enterExpansion(at: program.expansions[expansion].location)
        defer { leaveExpansion() }
        let standalone = program.expansions[expansion].placement.standalone
        // With no indentation to add, or none to take away, the output's stays as it is and is not
        // copied: every expansion of an unindented library, and most of any other.
        if standalone ? program.expansions[expansion].placement.indentation.isEmpty : output.indentation.isEmpty {
            if standalone {
                output.atLineStart = true
            } else {
                output.writePendingIndentation()
            }
            try render(program.templates[template], overrides)
            if !standalone {
                output.atLineStart = false
            }
            return
        }
        let saved = output.indentation
        if standalone {
            output.indentation += program.expansions[expansion].placement.indentation
            output.atLineStart = true
            try render(program.templates[template], overrides)
        } else {
            // An inline partial's own lines are not indented (partials.json, "Inline
            // Indentation"), but its first line continues one that may still need indenting.
            output.writePendingIndentation()
            output.indentation = []
            try render(program.templates[template], overrides)
            output.atLineStart = false
        }
        output.indentation = saved
    }

    /// Renders a block's replacement, or its default content when no parent replaced it.
    ///
    /// The content's lines are indented where the block sits (~inheritance.json, "Block
    /// reindentation"); a block inside its own replacement is what the depth limit stops.
    mutating func renderBlock(_ block: Int, _ overrides: [Int: Int]) throws(MustacheError) {
        // Most content renders outside any parent tag: no replacement to look for.
        let replacement = overrides.isEmpty ? nil : overrides[program.blocks[block].name]
        let indents = !program.blocks[block].placement.indentation.isEmpty
        let saved = indents ? output.indentation : []
        if indents {
            output.indentation += program.blocks[block].placement.indentation
        }
        if program.blocks[block].placement.standalone {
            output.atLineStart = true
        }
        if let replacement {
            try enterExpansion(at: program.blocks[block].location)
            defer { leaveExpansion() }
            try render(program.blocks[replacement].children, overrides)
        } else {
            try render(program.blocks[block].children, overrides)
        }
        if indents {
            output.indentation = saved
        }
    }

    /// Counts one more nested expansion, failing past the depth or total limits.
    private mutating func enterExpansion(at location: Int) throws(MustacheError) {
        expansions += 1
        guard depth < Self.recursionLimit else {
            throw MustacheError(.recursionLimit(Self.recursionLimit), at: program.locations[location])
        }
        guard expansions <= Self.expansionLimit else {
            throw MustacheError(.expansionLimit(Self.expansionLimit), at: program.locations[location])
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
