/// Where a tag starts: its template's name and its 1-based line and column.
struct SourceLocation: Sendable, Equatable {
    /// The name of the template the tag belongs to.
    var template: String
    /// The 1-based line of the tag's opening delimiter.
    var line: Int
    /// The 1-based column of the tag's opening delimiter, in Unicode scalars.
    var column: Int
}
