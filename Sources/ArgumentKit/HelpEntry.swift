/// One item of a help section: a label such as `--out <dir>` and the text explaining it.
struct HelpEntry: Equatable, Sendable {
    /// How far labels are indented.
    static let labelIndent = 2
    /// The column the explaining text starts at, and wraps back to.
    static let textColumn = 26

    /// What the user types: `-o, --out <dir>`, `<export-dir>`, `render (default)`.
    var label: String
    /// What it does, possibly empty.
    var text: String

    /// Appends `(values: a, b; default: a)`, or whichever half applies, to a help sentence.
    static func annotate(_ help: String, allowedValues: [String], defaultValue: String?) -> String {
        var notes: [String] = []
        if !allowedValues.isEmpty { notes.append("values: " + allowedValues.joined(separator: ", ")) }
        // swift-argument-parser leaves an empty default unmentioned rather than print `(default: )`.
        if let defaultValue, !defaultValue.isEmpty { notes.append("default: " + defaultValue) }
        let note = notes.isEmpty ? "" : "(\(notes.joined(separator: "; ")))"
        return [help, note].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The entry's lines, each ending in a newline, with the text wrapped to `width` columns.
    ///
    /// A label too long to leave a space before the text column puts the text on the next line,
    /// as swift-argument-parser does.
    func rendered(width: Int) -> String {
        let paddedLabel = String(repeating: " ", count: Self.labelIndent) + label
        guard !text.isEmpty else { return paddedLabel + "\n" }
        let wrapped = text.wrapped(to: width, indent: Self.textColumn)
        guard paddedLabel.count < Self.textColumn else { return paddedLabel + "\n" + wrapped + "\n" }
        return paddedLabel + wrapped.dropFirst(paddedLabel.count) + "\n"
    }
}
