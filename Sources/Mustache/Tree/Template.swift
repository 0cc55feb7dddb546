/// A template parsed once into a tree, ready to be rendered any number of times.
struct Template: Sendable {
    /// The template's name, used in error messages and to find it as a partial.
    let name: String
    /// The top-level nodes of the tree.
    let nodes: [Node]

    /// Parses a template's source, or throws the first problem with its place.
    init(name: String, source: String) throws(MustacheError) {
        var parser = Parser(name: name, source: Array(source.utf8))
        self.name = name
        self.nodes = try parser.parse()
    }

    /// A template from a tree already parsed.
    init(name: String, nodes: [Node]) {
        self.name = name
        self.nodes = nodes
    }
}
