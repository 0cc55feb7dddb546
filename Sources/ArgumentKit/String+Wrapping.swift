extension String {
    /// Breaks the text into lines that fit `width` columns once indented by `indent`, keeping
    /// explicit line breaks and indenting every non-empty line.
    ///
    /// The breaking rule is swift-argument-parser's, so that help wraps where its help would: a
    /// line is cut at the last space within the room left by the indent, so a broken line keeps a
    /// column for that space and only the final line may fill the room exactly. A word longer
    /// than the room stands on a line of its own.
    func wrapped(to width: Int, indent: Int = 0) -> String {
        let room = Swift.max(width - indent, 1)
        var lines: [Substring] = []
        var rest = self[...]
        while true {
            let window = rest.prefix(room)
            if let lineBreak = window.lastIndex(of: "\n") {
                lines += rest[..<lineBreak].split(separator: "\n", omittingEmptySubsequences: false)
                rest = rest[rest.index(after: lineBreak)...]
            } else if window.endIndex == rest.endIndex {
                lines.append(rest)
                break
            } else if let space = window.lastIndex(of: " ") ?? rest.firstIndex(of: " ") {
                lines.append(rest[..<space])
                rest = rest[rest.index(after: space)...]
            } else {
                lines.append(rest)
                break
            }
        }
        let margin = String(repeating: " ", count: indent)
        return lines.map { $0.isEmpty ? "" : margin + $0 }.joined(separator: "\n")
    }
}
