/// A block `{{$name}}…{{/name}}`: a named slot with default content that a parent tag can replace.
struct Block: Sendable {
    /// The block's name, in a namespace apart from partials and the context.
    let name: String
    /// The default content, or the replacement when the block sits directly inside a parent tag.
    ///
    /// The indentation the block had where it was written is already removed from these lines
    /// (~inheritance.json, "Block reindentation").
    let children: [Node]
    /// How the block tag sits where the block is expanded.
    let placement: Placement
    /// Where the block's opening tag is.
    let location: SourceLocation
}
