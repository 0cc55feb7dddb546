/// Every problem found while loading a library, in template-name order.
///
/// A library reads all of its templates before it gives up, so one run shows every typo.
public struct MustacheLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, sorted by template name, then line, then column.
    public var errors: [MustacheError]

    /// Creates a load error from its problems, sorting them.
    public init(errors: [MustacheError]) {
        self.errors = errors.sorted { ($0.template, $0.line, $0.column) < ($1.template, $1.line, $1.column) }
    }

    /// One problem per line, each in compiler form.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
