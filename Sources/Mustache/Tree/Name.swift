/// A dotted name from a tag, such as `user.name`, or the implicit iterator `.`.
struct Name: Sendable, Equatable, CustomStringConvertible {
    /// The dotted parts in order; empty for the implicit iterator.
    let components: [String]

    /// Parses a tag's trimmed content, or returns `nil` when it is not a name.
    ///
    /// Names hold no whitespace and no empty dotted part (spec overview: "a non-whitespace
    /// character sequence"); any other character is allowed, so `*x` is an ordinary key.
    init?(_ text: Substring) {
        if text == "." {
            components = []
            return
        }
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        components = parts.map(String.init)
    }

    /// The name as written in the template.
    var description: String {
        components.isEmpty ? "." : components.joined(separator: ".")
    }
}
