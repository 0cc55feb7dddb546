/// Renders a compiled program's templates against a context stack into bytes.
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

    /// Every template of the library, compiled.
    let program: Program
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

    /// Creates a renderer over the library's program and a root value.
    init(program: Program, root: MustacheValue, strict: Bool) {
        self.program = program
        self.strict = strict
        context = ContextStack(root: root)
        output = Output(capacity: 16_384)
    }

    /// Renders the program's instructions in `range`; `overrides` are the blocks that parent tags
    /// replaced, block number by block name number.
    mutating func render(_ range: Range<Int>, _ overrides: [Int: Int]) throws(MustacheError) {
        var position = range.lowerBound
        while position < range.upperBound {
            switch program.instructions[position] {
            case .text(let start, let end):
                output.writeTemplateText(UnsafeBufferPointer(rebasing: program.text[start..<end]))
            case .variable(let name, let escaped, let location):
                if let text = try lookup(name, at: location)?.text {
                    output.writeValue(text, escaped: escaped)
                }
            case .section(let name, let inverted, let end, let location):
                try renderSection(name, inverted: inverted, position + 1..<end, overrides, at: location)
                position = end
                continue
            case .partial(let expansion):
                if let template = try resolve(expansion) {
                    try expand(expansion, template, overrides)
                }
            case .parent(let expansion, let end):
                if let template = try resolve(expansion) {
                    // Replacements from further out win (~inheritance.json, "Multi-level inheritance").
                    let merged = program.expansions[expansion].overrides.merging(overrides) { _, outer in outer }
                    try expand(expansion, template, merged)
                }
                position = end
                continue
            case .block(let block, let end):
                try renderBlock(block, overrides)
                position = end
                continue
            }
            position += 1
        }
    }

    /// Finds the value of the program's name `name`; in strict mode a name no frame defines is an
    /// error at the program's location `location`.
    func lookup(_ name: Int, at location: Int) throws(MustacheError) -> MustacheValue? {
        if let value = context.lookup(program.names[name], in: program) {
            return value
        }
        if strict {
            throw MustacheError(.unknownName(program.description(of: name)), at: program.locations[location])
        }
        return nil
    }

    /// Renders a section once per list element, once for another true value, or an inverted
    /// section once for a false value.
    private mutating func renderSection(
        _ name: Int, inverted: Bool, _ children: Range<Int>, _ overrides: [Int: Int], at location: Int
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
    mutating func enterNesting(at location: Int) throws(MustacheError) {
        guard nesting < Self.nestingLimit else {
            throw MustacheError(.renderingTooDeep(limit: Self.nestingLimit), at: program.locations[location])
        }
        nesting += 1
    }
}
