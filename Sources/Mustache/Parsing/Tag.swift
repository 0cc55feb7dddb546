/// One tag read from a template, with the place it starts.
struct Tag {
    /// What a tag does, decided by the character after its opening delimiter.
    enum Kind {
        /// `{{! … }}`: nothing is rendered.
        case comment
        /// `{{=<% %>=}}`: the delimiters for the rest of the template.
        case delimiters(Delimiters)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
        case variable(Name, escaped: Bool)
        /// `{{#name}}` or, inverted, `{{^name}}`.
        case section(Name, inverted: Bool)
        /// `{{/name}}`, with the name normalised as the opening tag's is.
        case close(String)
        /// `{{>name}}`.
        case partial(PartialName)
        /// `{{<name}}`.
        case parent(PartialName)
        /// `{{$name}}`.
        case block(String)
    }

    /// What the tag does.
    let kind: Kind
    /// Where the tag's opening delimiter is.
    let location: SourceLocation
}
