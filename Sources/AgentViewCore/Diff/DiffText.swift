/// The wording of one change, split into our words and values taken from the snapshots.
///
/// Snapshot values are hostile (a name may hold Markdown, HTML or a line break), so each renderer
/// treats them by kind: ``description`` quotes them as messages do, ``DiffSummary`` puts them in
/// code spans or escapes them, and an HTML template escapes every part and may wrap quoted ones
/// in `<code>`. Control characters and line breaks in values become U+FFFD, and bidirectional controls
/// their code point in brackets (`[U+202E]`, as pages show them), when a part is made, so no renderer
/// can be tricked into a new line or reversed text.
public struct DiffText: Sendable, Equatable, CustomStringConvertible {
    /// One run of the wording.
    public struct Part: Sendable, Equatable {
        /// What a run holds, which decides how it is shown.
        public enum Kind: String, Sendable {
            /// Our own words, never from a snapshot.
            case text
            /// An id, key, status, reason or code from a snapshot, shown as written.
            case data
            /// A user value (name, email, external ID, variable): in single quotes or a code span.
            case quoted
            /// A sentence from a snapshot, such as a diagnostic's message, shown as written.
            case prose
            /// A user's name as agents see it (`LookalikeText.shown`: cut, check-mark look-alikes defused).
            case name
            /// Our own: the green check mark agents would see right after the name before it.
            case checkMark
        }

        /// What the run holds.
        public var kind: Kind
        /// The run's characters; for snapshot values, with invisible controls replaced.
        public var string: String

        /// Whether the run is a user value, for templates that set those apart.
        public var isQuoted: Bool { kind == .quoted }
    }

    /// The runs, in reading order.
    public var parts: [Part]

    /// Creates a wording from its runs.
    init(_ parts: [Part]) {
        self.parts = parts
    }

    /// The wording as one line, user values in single quotes: `support:1 name on profile: 'Ann' → 'Anna'`.
    public var description: String {
        parts.map { part in
            switch part.kind {
            case .quoted, .name: "'\(part.string)'"
            case .checkMark: " ✓"
            default: part.string
            }
        }.joined()
    }

    /// `string` with controls and line and paragraph separators replaced by U+FFFD, and bidirectional
    /// controls written as pages write them (`[U+202E]`), so a diff and the page it describes agree.
    static func visible(_ string: String) -> String {
        guard string.unicodeScalars.contains(where: { isInvisible($0) || LookalikeText.isBidiControl($0) }) else {
            return string
        }
        var result = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            if LookalikeText.isBidiControl(scalar) {
                result.append(contentsOf: "[\(LookalikeText.codePoints([scalar]))]".unicodeScalars)
            } else {
                result.append(isInvisible(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(result)
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}

extension DiffText.Part {
    /// Our own words.
    static func text(_ string: String) -> DiffText.Part { DiffText.Part(kind: .text, string: string) }

    /// An id, key, status or reason from a snapshot, cut as pages cut values (`LookalikeText.cut`): a 200,000-byte
    /// id made a 200 KB diff.md, past the 65,536 characters of a GitHub comment, so posting it failed.
    static func data(_ string: String) -> DiffText.Part {
        DiffText.Part(kind: .data, string: DiffText.visible(LookalikeText.cut(string)))
    }

    /// A sentence from a snapshot, such as a diagnostic's message, defused as the diagnostics page shows it:
    /// a check-mark look-alike in a name it quotes reads as its code point, not as the mark.
    static func prose(_ string: String) -> DiffText.Part {
        DiffText.Part(kind: .prose, string: DiffText.visible(LookalikeText.defused(string)))
    }

    /// A user value; `none` when absent and `empty` when empty, which quotes would hide. Defused and cut as
    /// pages show names (`[U+2714]`, `… (N more bytes)`), so a new name's typed check mark cannot pass for the
    /// mark in the line that reports it, and a huge value costs a line.
    static func value(_ string: String?) -> DiffText.Part {
        guard let string else { return text("none") }
        return string.isEmpty
            ? text("empty") : DiffText.Part(kind: .quoted, string: DiffText.visible(LookalikeText.shown(string)))
    }

    /// A user's name as agents see it, or `no name`.
    static func name(_ string: String?) -> DiffText.Part {
        guard let string, !string.isEmpty else { return text("no name") }
        return DiffText.Part(kind: .name, string: DiffText.visible(LookalikeText.shown(string)))
    }

    /// The check mark after a name.
    static var checkMark: DiffText.Part { DiffText.Part(kind: .checkMark, string: "✓") }

    /// An id or `none`.
    static func data(_ string: String?) -> DiffText.Part { string.map(data) ?? text("none") }
}
