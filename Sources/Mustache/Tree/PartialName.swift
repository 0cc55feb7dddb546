/// The template a partial or parent tag expands: named in the tag, or found in the context.
enum PartialName: Sendable, Equatable, CustomStringConvertible {
    /// A template named in the tag, such as `{{>partials/row}}`.
    case fixed(String)
    /// A template whose name is the value of a context name, such as `{{>*kind}}`.
    ///
    /// This is the optional dynamic-names module (~dynamic-names.json).
    case dynamic(Name)

    /// Parses a partial tag's trimmed content, or returns `nil` when it is not a name.
    init?(_ text: Substring) {
        if text.first == "*" {
            // The spec allows padding after the asterisk ("Padding Whitespace": `{{> * dynamic }}`).
            guard let name = Name(text.dropFirst().drop(while: \.isWhitespace)) else { return nil }
            self = .dynamic(name)
        } else {
            guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
            self = .fixed(String(text))
        }
    }

    /// The name as written in the tag, with the asterisk of a dynamic name.
    var description: String {
        switch self {
        case .fixed(let name): name
        case .dynamic(let name): "*\(name)"
        }
    }
}
