import Mustache

/// Problems with the templates: a file that cannot be read or parsed, or a name strict mode rejects.
///
/// Each problem prints in compiler form with the template folder in front when the templates came
/// from one (`--templates`), so an editor can open the place: `my-templates/user.mustache:3:14: error: …`.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder the templates came from, or nil for the templates built into the binary.
    public var folder: String?
    /// The problems, in the order found.
    public var errors: [MustacheError]

    /// Creates an error from its problems.
    public init(folder: String?, errors: [MustacheError]) {
        self.folder = folder
        self.errors = errors
    }

    /// One problem per line, each in compiler form.
    public var description: String {
        errors.map { error in
            guard let folder, !error.template.isEmpty else { return error.description }
            return folder + "/" + error.description
        }.joined(separator: "\n")
    }
}
