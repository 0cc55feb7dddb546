/// Flattens parsed template trees into a ``Program``'s tables.
struct ProgramCompiler {
    /// The templates' names, sorted: a template's number is its place here.
    let templateNames: [String]
    let templateNumbers: [String: Int]
    var instructions: [Instruction] = []
    var text: [UInt8] = []
    var keys: [String] = []
    var names: [Program.DottedName] = []
    var locations: [SourceLocation] = []
    var expansions: [Program.Expansion] = []
    var blocks: [Program.CompiledBlock] = []
    var templates: [Range<Int>] = []
    /// The number of each block name.
    private var blockNames: [String: Int] = [:]

    init(templateNames: [String]) {
        self.templateNames = templateNames
        templateNumbers = Dictionary(uniqueKeysWithValues: templateNames.enumerated().map { ($0.element, $0.offset) })
    }

    /// Compiles the next template, in `templateNames` order.
    mutating func compileTemplate(_ nodes: [Node]) {
        let start = instructions.count
        compile(nodes)
        templates.append(start..<instructions.count)
    }

    private mutating func compile(_ nodes: [Node]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                guard !bytes.isEmpty else { continue }
                let start = text.count
                text += bytes
                instructions.append(.text(start: start, end: text.count))
            case .variable(let name, let escaped, let location):
                instructions.append(.variable(name: add(name), escaped: escaped, location: add(location)))
            case .section(let name, let inverted, let children, let location):
                let position = reserve()
                compile(children)
                instructions[position] = .section(
                    name: add(name), inverted: inverted, end: instructions.count, location: add(location))
            case .partial(let name, let placement, let location):
                let expansion = add(name, placement, overrides: [:], at: location)
                instructions.append(.partial(expansion: expansion))
            case .parent(let name, let own, let placement, let location):
                let position = reserve()
                var overrides: [Int: Int] = [:]
                // Sorted so that the same templates always compile to the same program.
                for (blockName, block) in own.sorted(by: { $0.key < $1.key }) {
                    overrides[number(ofBlock: blockName)] = add(block)
                }
                let expansion = add(name, placement, overrides: overrides, at: location)
                instructions[position] = .parent(expansion: expansion, end: instructions.count)
            case .block(let block):
                let position = reserve()
                let number = add(block)
                instructions[position] = .block(number, end: instructions.count)
            }
        }
    }

    /// Appends a placeholder for an instruction whose content comes next, returning its place.
    private mutating func reserve() -> Int {
        instructions.append(.text(start: 0, end: 0))
        return instructions.count - 1
    }

    /// Compiles a block's content where the instructions are now and adds the block.
    private mutating func add(_ block: Block) -> Int {
        let start = instructions.count
        compile(block.children)
        blocks.append(
            Program.CompiledBlock(
                name: number(ofBlock: block.name), children: start..<instructions.count, placement: block.placement,
                location: add(block.location)))
        return blocks.count - 1
    }

    private mutating func add(
        _ name: PartialName, _ placement: Placement, overrides: [Int: Int], at location: SourceLocation
    ) -> Int {
        var template: Int?
        var dynamicName: Int?
        switch name {
        case .fixed(let fixed): template = templateNumbers[fixed]
        case .dynamic(let dynamic): dynamicName = add(dynamic)
        }
        expansions.append(
            Program.Expansion(
                name: name, template: template, dynamicName: dynamicName, placement: placement,
                location: add(location), overrides: overrides))
        return expansions.count - 1
    }

    private mutating func add(_ name: Name) -> Int {
        names.append(Program.DottedName(start: keys.count, count: name.components.count))
        keys += name.components
        return names.count - 1
    }

    private mutating func add(_ location: SourceLocation) -> Int {
        locations.append(location)
        return locations.count - 1
    }

    private mutating func number(ofBlock name: String) -> Int {
        if let number = blockNames[name] { return number }
        blockNames[name] = blockNames.count
        return blockNames.count - 1
    }
}
