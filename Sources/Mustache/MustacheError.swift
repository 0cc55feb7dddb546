/// A problem found while loading, parsing or rendering a template, with the place it happened.
///
/// Tests compare whole values; people read ``description``, which has the compiler form
/// `page.mustache:3:14: error: unclosed section 'users'`.
public struct MustacheError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The name of the template at fault, such as `page` or `partials/check-mark`.
    ///
    /// It is empty when the problem belongs to no template, such as a missing template folder.
    public var template: String
    /// The 1-based line of the tag at fault, or 0 when the problem concerns the whole template.
    public var line: Int
    /// The 1-based column of the tag at fault, counted in Unicode scalars, or 0 with line 0.
    public var column: Int
    /// What went wrong.
    public var reason: Reason

    /// Creates an error at a place in a template.
    public init(template: String, line: Int, column: Int, reason: Reason) {
        self.template = template
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The error in compiler form: `name.mustache:line:column: error: message`.
    ///
    /// Template names are file paths without the `.mustache` extension, so the extension is put
    /// back to give a path an editor can open relative to the template folder.
    public var description: String {
        if template.isEmpty {
            return "error: \(reason)"
        }
        if line == 0 {
            return "\(template).mustache: error: \(reason)"
        }
        return "\(template).mustache:\(line):\(column): error: \(reason)"
    }
}

extension MustacheError {
    /// Creates an error at a tag's place.
    init(_ reason: Reason, at location: SourceLocation) {
        self.init(template: location.template, line: location.line, column: location.column, reason: reason)
    }
}
