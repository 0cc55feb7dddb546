/// Renders template trees against a context stack into bytes.
///
/// One renderer serves one call to ``MustacheLibrary/render(_:_:strict:)``; it is a value whose
/// state (context stack, output, expansion depth) lives only as long as that call.
struct Renderer {
    /// How deep partials, parents and replaced blocks may expand inside each other.
    static let recursionLimit = 100
    /// How many partials, parents and blocks one render may expand, which stops templates that
    /// include themselves more than once per level from running for ages before the depth limit.
    static let expansionLimit = 1_000_000
    /// How deep sections and expansions may nest together, which keeps rendering within the
    /// stack of a secondary thread (512 KiB) even in a debug build.
    static let nestingLimit = 500

    /// Every template of the library, by name, for partial and parent tags.
    let templates: [String: Template]
    /// Whether unknown names and partials are errors instead of empty text.
    let strict: Bool
    /// The values names are looked up in, innermost last.
    var context: ContextStack
    /// The page rendered so far.
    var output: Output
    /// Partials, parents and replaced blocks being expanded now.
    var depth = 0
    /// Those plus the sections being rendered now.
    var nesting = 0
    /// Partials, parents and replaced blocks expanded so far.
    var expansions = 0

    /// Creates a renderer over the library's templates and a root value.
    init(templates: [String: Template], root: MustacheValue, strict: Bool, output: Output = Output(capacity: 16_384)) {
        self.templates = templates
        self.strict = strict
        context = ContextStack(root: root)
        self.output = output
    }

    /// Renders nodes in order; `overrides` are the blocks that parent tags replaced.
    mutating func render(_ nodes: [Node], _ overrides: [String: Block]) throws(MustacheError) {
        // By index, not `for node in nodes`: an iterator hands out copies, retaining every payload of every
        // node each time a page renders it; a subscript lets the switch read the payloads in place.
        for position in nodes.indices {
            switch nodes[position] {
            case .text(let text):
                output.writeTemplateText(text)
            case .variable(let name, let escaped, let location):
                if let text = try lookup(name, at: location)?.text {
                    output.writeValue(text, escaped: escaped)
                }
            case .section(let name, let inverted, let children, let location):
                try renderSection(name, inverted: inverted, children, overrides, at: location)
            case .partial(let name, let placement, let location):
                if let template = try resolve(name, at: location) {
                    try expand(template.nodes, placement, overrides, at: location)
                }
            case .parent(let name, let own, let placement, let location):
                if let template = try resolve(name, at: location) {
                    // Replacements from further out win (~inheritance.json, "Multi-level inheritance").
                    let merged = own.merging(overrides) { _, outer in outer }
                    try expand(template.nodes, placement, merged, at: location)
                }
            case .block(let block):
                try renderBlock(block, overrides)
            }
        }
    }

    /// Finds a name's value; in strict mode a name no frame defines is an error.
    func lookup(_ name: Name, at location: SourceLocation) throws(MustacheError) -> MustacheValue? {
        if let value = context.lookup(name) {
            return value
        }
        if strict {
            throw MustacheError(.unknownName(name.description), at: location)
        }
        return nil
    }

    /// Renders a section once per list element, once for another true value, or an inverted
    /// section once for a false value.
    private mutating func renderSection(
        _ name: Name, inverted: Bool, _ children: [Node], _ overrides: [String: Block], at location: SourceLocation
    ) throws(MustacheError) {
        let value = try lookup(name, at: location) ?? .null
        if inverted {
            if !value.isTruthy {
                try enterNesting(at: location)
                defer { nesting -= 1 }
                try render(children, overrides)
            }
            return
        }
        guard value.isTruthy else { return }
        try enterNesting(at: location)
        defer { nesting -= 1 }
        guard case .list(let elements) = value else {
            context.push(value)
            try render(children, overrides)
            context.pop()
            return
        }
        for position in elements.indices {
            context.push(elements[position])
            try render(children, overrides)
            context.pop()
        }
    }

    /// Counts one more level of nesting, failing past the limit.
    mutating func enterNesting(at location: SourceLocation) throws(MustacheError) {
        guard nesting < Self.nestingLimit else {
            throw MustacheError(.renderingTooDeep(limit: Self.nestingLimit), at: location)
        }
        nesting += 1
    }
}
