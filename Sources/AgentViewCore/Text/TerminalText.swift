/// Text for a terminal or a CI log: every character that could act instead of show is written escaped
/// (rulebook: "Escaping for every sink").
///
/// File names, ids and values reach error messages and progress lines. Written raw, an ESC starts a
/// terminal control sequence (colours, cursor moves, a changed window title), a line break starts a new
/// log line that a CI runner may read as a command (`::error::`, `##vso[`), a carriage return hides what
/// came before, and a bidirectional control reverses what follows. Each of those is shown as `\u{…}`
/// (`\n`, `\r`, `\t` by their usual names), and a backslash as `\\` so that the escapes stay unambiguous.
public enum TerminalText {
    /// `text` with every control, line or paragraph separator, and bidirectional control escaped.
    public static func safe(_ text: some StringProtocol) -> String {
        var needsEscape = false
        for scalar in text.unicodeScalars where isActive(scalar) || scalar == "\\" {
            needsEscape = true
            break
        }
        guard needsEscape else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isActive(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a character acts on a terminal or a log instead of showing: C0 and C1 controls, DEL, line
    /// and paragraph separators, and the bidirectional embeddings, overrides, isolates and marks.
    static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
