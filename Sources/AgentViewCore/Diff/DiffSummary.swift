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

    /// The most bytes a summary takes when the caller does not say: under GitHub's 65,536 characters for a
    /// pull-request comment and its 1 MiB for a job summary, where the README's recipes post it.
    public static let defaultMaxBytes = 60_000

    /// The summary as Markdown, ending in a newline.
    ///
    /// Every group keeps its heading and count; bullets fill the groups in order while they fit in `maxBytes`
    /// (UTF-8), so long names cut the lists short rather than the comment a CI step posts.
    ///
    /// - Parameters:
    ///   - diff: The changes.
    ///   - maxItems: How many bullets each section lists at most; the changes left are counted in `… and N more`.
    ///   - maxBytes: How many bytes of UTF-8 the summary takes at most, beyond its headings and counts.
    public static func markdown(_ diff: SnapshotDiff, maxItems: Int = defaultMaxItems, maxBytes: Int = defaultMaxBytes)
        -> String
    {
        let groups = diff.groups
        let heading = "## " + headline(diff)
        let quiet = quietLine(diff).map { ["", $0 + "."] } ?? []
        let titles = groups.map { "### \($0.title) (\($0.changes.count))" }
        // What is written whatever the budget: the headings, the quiet line and each group's closing count.
        let moreLine = "- … and 999999999 more"
        var left =
            maxBytes - heading.utf8.count - quiet.reduce(0) { $0 + $1.utf8.count + 1 }
            - titles.reduce(0) { $0 + $1.utf8.count + 3 } - groups.count * (moreLine.utf8.count + 1)
        var lines = [heading]
        for (group, title) in zip(groups, titles) {
            lines += ["", title, ""]
            var shown = 0
            for bullet in group.bullets.prefix(max(0, maxItems)) {
                let line = "- " + bullet.text().parts.map(MarkdownInline.render).joined()
                guard line.utf8.count + 1 <= left else {
                    left = 0
                    break
                }
                left -= line.utf8.count + 1
                lines.append(line)
                shown += bullet.changes.count
            }
            if group.changes.count > shown {
                lines.append("- … and \(group.changes.count - shown) more")
            }
        }
        lines += quiet
        return lines.joined(separator: "\n") + "\n"
    }
}
