/// A library's templates compiled into one flat list of instructions, for rendering.
///
/// The parsed tree (``Node``) is convenient to build and transform, but walking it copies each
/// node's payload (names, child arrays, the template name of its location), and a page visits tens
/// of thousands of nodes: retaining and releasing those copies was most of the cost of rendering.
/// Here every instruction holds only numbers into tables that live as long as the library; fixed
/// partial names are resolved to templates once, and block names to numbers.
///
/// The program is immutable once built, so sharing it between threads is safe; it is a class so
/// that a renderer reads its tables through one reference without copying or retaining them.
final class Program: @unchecked Sendable {
    /// Every template's instructions, one template after another.
    let instructions: [Instruction]
    /// Every text instruction's bytes, in one buffer that rendering reads in place; freed with the
    /// program.
    let text: UnsafeMutableBufferPointer<UInt8>
    /// The dotted parts of every name, for ``DottedName``.
    let keys: [String]
    /// Every name tags use: where its dotted parts are in `keys`.
    let names: [DottedName]
    /// Every tag's place, for error messages.
    let locations: [SourceLocation]
    /// Every partial and parent tag.
    let expansions: [Expansion]
    /// Every block, in parents and templates.
    let blocks: [CompiledBlock]
    /// Each template's instructions, by template number.
    let templates: [Range<Int>]
    /// The template numbers by name, for ``MustacheLibrary/render(_:_:strict:)`` and dynamic partials.
    let templateNumbers: [String: Int]

    /// A name as a run of `keys`: `count` dotted parts from `start`; none for the implicit iterator.
    struct DottedName {
        let start: Int
        let count: Int
    }

    /// A partial or parent tag.
    struct Expansion {
        /// The name as written, for dynamic names and error messages.
        let name: PartialName
        /// The template a fixed name names, or nil when the name is dynamic or names no template.
        let template: Int?
        /// The context name of a dynamic name.
        let dynamicName: Int?
        let placement: Placement
        let location: Int
        /// The blocks a parent tag replaces: block number by block name number.
        let overrides: [Int: Int]
    }

    /// A block `{{$name}}…{{/name}}`, its content being instructions `children`.
    struct CompiledBlock {
        /// The block's name, as a number shared by every block of that name.
        let name: Int
        let children: Range<Int>
        let placement: Placement
        let location: Int
    }

    /// Compiles parsed templates.
    init(_ parsed: [String: Template]) {
        var compiler = ProgramCompiler(templateNames: parsed.keys.sorted())
        for name in compiler.templateNames {
            compiler.compileTemplate(parsed[name]!.nodes)
        }
        instructions = compiler.instructions
        text = .allocate(capacity: compiler.text.count)
        _ = text.initialize(from: compiler.text)
        keys = compiler.keys
        names = compiler.names
        locations = compiler.locations
        expansions = compiler.expansions
        blocks = compiler.blocks
        templates = compiler.templates
        templateNumbers = compiler.templateNumbers
    }

    deinit {
        text.deallocate()
    }

    /// A name as written in its tag, for error messages.
    func description(of name: Int) -> String {
        let name = names[name]
        return name.count == 0 ? "." : keys[name.start..<name.start + name.count].joined(separator: ".")
    }
}
