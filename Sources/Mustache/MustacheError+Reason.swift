extension MustacheError {
    /// What went wrong, with the names and text involved.
    public enum Reason: Equatable, Sendable, CustomStringConvertible {
        /// A tag opens but its closing delimiter (given) never comes.
        case unclosedTag(expected: String)
        /// A tag has nothing between its delimiters, such as `{{}}` or `{{# }}`.
        case emptyTag
        /// A tag's name is not a name: it has spaces inside or an empty dotted part.
        case invalidName(String)
        /// A set-delimiter tag (content given) does not hold two delimiters without `=` or spaces.
        case invalidDelimiters(String)
        /// A section, inverted section, parent or block is never closed.
        case unclosedSection(String)
        /// A closing tag (`found`) does not match the innermost open section (`expected`).
        case mismatchedClosingTag(expected: String, found: String)
        /// A closing tag comes when no section is open.
        case unexpectedClosingTag(String)
        /// Sections, parents and blocks nest deeper than the limit within one template.
        case nestingTooDeep(limit: Int)
        /// Sections and expansions nest deeper than the limit together while rendering.
        case renderingTooDeep(limit: Int)
        /// Strict mode: no context frame defines the name (or a dotted part of it).
        case unknownName(String)
        /// Strict mode: a partial or parent tag names a template that does not exist.
        case unknownPartial(String)
        /// A library was asked to render a template it does not have.
        case unknownTemplate(String)
        /// Partials and parents expand inside each other deeper than the limit.
        case recursionLimit(Int)
        /// One render expanded more partials and parents than the limit, as runaway recursion does.
        case expansionLimit(Int)
        /// A template file or folder (path given) cannot be read as UTF-8 text.
        case unreadable(path: String)

        /// The message in lowercase, without a final period, with user values in single quotes.
        public var description: String {
            switch self {
            case .unclosedTag(let expected): "unclosed tag, expected '\(expected)'"
            case .emptyTag: "empty tag"
            case .invalidName(let name): "invalid name '\(name)'"
            case .invalidDelimiters(let content): "invalid delimiter change '\(content)'"
            case .unclosedSection(let name): "unclosed section '\(name)'"
            case .mismatchedClosingTag(let expected, let found):
                "closing tag '\(found)' does not match open section '\(expected)'"
            case .unexpectedClosingTag(let name): "closing tag '\(name)' has no open section"
            case .nestingTooDeep(let limit): "sections nested more than \(limit) deep"
            case .renderingTooDeep(let limit): "sections and partials nested more than \(limit) deep"
            case .unknownName(let name): "unknown name '\(name)'"
            case .unknownPartial(let name): "unknown partial '\(name)'"
            case .unknownTemplate(let name): "unknown template '\(name)'"
            case .recursionLimit(let limit): "partials nested more than \(limit) deep"
            case .expansionLimit(let limit): "more than \(limit) partial expansions in one render"
            case .unreadable(let path): "cannot read '\(path)'"
            }
        }
    }
}
