/// A short Markdown summary of a ``SnapshotDiff``, fit for a pull-request comment.
///
/// A headline, then one section per group with one bullet per change, each list capped with
/// `… and N more`. User data is shown in code spans or escaped (``MarkdownInline``), so a hostile
/// name cannot format, link or mention anything.
public enum DiffSummary {
    /// How many items each section lists when the caller does not say.
    public static let defaultMaxItems = 20

    /// The headline in plain text: `No change in what agents see`, or `What agents see changed: …`.
    ///
    /// Counts follow the groups' order; after the first mention of the mark, later ones say `it`:
    /// `2 users gained the mark, 3 tickets lost it`.
    public static func headline(_ diff: SnapshotDiff) -> String {
        guard !diff.isEmpty else { return "No change in what agents see" }
        var mentionedMark = false
        let counts = diff.groups.map { group in
            var phrase = group.headline
            if phrase.hasSuffix(" the mark") {
                if mentionedMark { phrase = phrase.dropLast(" the mark".count) + " it" }
                mentionedMark = true
            }
            return phrase
        }
        return "What agents see changed: " + counts.joined(separator: ", ")
    }

    /// The line about changes agents do not see, or nil when there are none:
    /// `Not listed: 3 tickets changed rank or reason without gaining or losing the mark`.
    public static func quietLine(_ diff: SnapshotDiff) -> String? {
        var parts: [String] = []
        if diff.quietTicketChanges > 0 {
            parts.append(DiagnosticText.count(diff.quietTicketChanges, "ticket") + " changed rank or reason")
        }
        if diff.quietMessageChanges > 0 {
            parts.append(DiagnosticText.count(diff.quietMessageChanges, "message") + " changed rule")
        }
        guard !parts.isEmpty else { return nil }
        return "Not listed: " + DiagnosticText.list(parts) + " without gaining or losing the mark"
    }

    /// The summary as Markdown, ending in a newline.
    ///
    /// - Parameters:
    ///   - diff: The changes.
    ///   - maxItems: How many bullets each section lists at most; the rest are counted in `… and N more`.
    public static func markdown(_ diff: SnapshotDiff, maxItems: Int = defaultMaxItems) -> String {
        var lines = ["## " + headline(diff)]
        for group in diff.groups {
            lines += ["", "### \(group.title) (\(group.changes.count))", ""]
            let shown = group.changes.prefix(max(0, maxItems))
            lines += shown.map { "- " + $0.text.parts.map(MarkdownInline.render).joined() }
            if group.changes.count > shown.count {
                lines.append("- … and \(group.changes.count - shown.count) more")
            }
        }
        if let quiet = quietLine(diff) {
            lines += ["", quiet + "."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
