/// One step of a compiled template (see ``Program``).
///
/// Every payload is a plain number, so the render loop reads an instruction without retaining
/// anything; a section, block or parent is followed by the instructions of its content, and `end`
/// is where rendering goes on after it.
enum Instruction: Sendable {
    /// Template text: the program's text bytes `start..<end`.
    case text(start: Int, end: Int)
    /// An interpolation of the program's name `name`, HTML-escaped unless `escaped` is false.
    case variable(name: Int, escaped: Bool, location: Int)
    /// A section or inverted section over the program's name `name`; its content runs to `end`.
    case section(name: Int, inverted: Bool, end: Int, location: Int)
    /// A partial tag: the program's expansion `expansion`.
    case partial(expansion: Int)
    /// A parent tag: the program's expansion `expansion`, followed up to `end` by the content of
    /// the blocks it replaces, which only an expansion renders.
    case parent(expansion: Int, end: Int)
    /// A block: the program's block `block`, followed up to `end` by its default content.
    case block(Int, end: Int)
}
