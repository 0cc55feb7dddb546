/// The current opening and closing tag delimiters, `{{` and `}}` until a set-delimiter tag.
struct Delimiters: Sendable, Equatable {
    /// The bytes that open a tag.
    var open: [UInt8]
    /// The bytes that close a tag.
    var close: [UInt8]

    /// The delimiters every template starts with.
    static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))

    /// Parses the content of a set-delimiter tag such as `=<% %>=`, without its equals signs.
    ///
    /// The content must be two non-empty delimiters separated by whitespace, neither holding
    /// whitespace or `=` (delimiters.json overview).
    init?(content: Substring) {
        let parts = content.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else { return nil }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }

    /// Creates delimiters from their bytes.
    init(open: [UInt8], close: [UInt8]) {
        self.open = open
        self.close = close
    }
}
