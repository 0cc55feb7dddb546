/// One element of a parsed template tree.
enum Node: Sendable {
    /// Template text, copied to the output as it is (UTF-8).
    case text([UInt8])
    /// An interpolation: `{{name}}` is HTML-escaped, `{{{name}}}` and `{{&name}}` are raw.
    case variable(Name, escaped: Bool, at: SourceLocation)
    /// A section `{{#name}}` or, when inverted, `{{^name}}`.
    case section(Name, inverted: Bool, children: [Node], at: SourceLocation)
    /// A partial `{{>name}}`, expanded in place with the context stack at the tag.
    case partial(PartialName, Placement, at: SourceLocation)
    /// A parent `{{<name}}…{{/name}}`: a partial whose blocks are replaced by the given ones.
    case parent(PartialName, overrides: [String: Block], Placement, at: SourceLocation)
    /// A block, showing its default content unless a parent tag replaced it.
    case block(Block)
}
