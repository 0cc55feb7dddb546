/// How a partial, parent or block tag sits on its line, which decides how its lines are indented.
struct Placement: Sendable, Equatable {
    /// Whitespace added before each template line the tag expands to.
    var indentation: [UInt8]
    /// Whether the tag stood alone on its line, so that its expansion starts a fresh line.
    var standalone: Bool

    /// The placement of a tag in the middle of a line, adding no indentation.
    static let inline = Placement(indentation: [], standalone: false)
}
