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

    /// Whether a character acts on a terminal or a log instead of showing, or cannot be seen: controls
    /// (C0, C1, DEL), format characters (bidirectional controls, zero-width characters), line and
    /// paragraph separators, and surrogate, private-use and unassigned code points.
    static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }
}
