import AgentViewCore
import Mustache

/// `diff.html`: what agents would see differently between two renders, changes only, grouped.
///
/// Every part of a change is escaped by the template; values from the snapshots show in `<code>`.
/// Links go into NEW's pages when NEW is a rendered folder (`newPagesRoot`, relative to diff.html).
struct DiffPage: PageModel {
    let diff: SnapshotDiff
    let newPagesRoot: String?
    /// Whether a page of NEW exists; a change links only to a page that does.
    var pageExists: (String) -> Bool = { _ in true }
    let maxItems: Int

    var title: String { "What agents see: changes" }

    /// `{headline, hasChanges, quietLine, groups[{kind, title, headline, count, changes[{parts, href, linkText}],
    /// more}]}`: the template lists the groups once as a summary, then each with its changes.
    var values: MustacheMap {
        [
            "headline": .string(DiffSummary.headline(diff)),
            "hasChanges": .bool(!diff.isEmpty),
            "quietLine": DiffSummary.quietLine(diff).map(MustacheValue.string) ?? .null,
            "groups": .list(diff.groups.map(group)),
        ]
    }

    private func group(_ group: DiffGroup) -> MustacheValue {
        let shown = group.changes.prefix(maxItems)
        let more = group.changes.count - shown.count
        return [
            "kind": .string(group.kind.rawValue),
            "title": .string(group.title),
            "headline": .string(group.headline),
            "count": .init(group.changes.count),
            "changes": .list(shown.map(change)),
            "more": more > 0 ? .string("… and \(more) more not listed (--max-items \(maxItems))") : .null,
        ]
    }

    private func change(_ change: DiffChange) -> MustacheValue {
        // A message change links to the message's anchor on its ticket page: the page is what must exist.
        let href = newPagesRoot.flatMap { root in
            change.page.flatMap { page in
                pageExists(String(page.prefix { $0 != "#" })) ? root + page : nil
            }
        }
        return [
            "parts": .list(
                change.text.parts.map { part in
                    [
                        "string": .string(part.string), "quoted": .bool(part.isQuoted),
                        "name": .bool(part.kind == .name), "checkMark": .bool(part.kind == .checkMark),
                        "plain": .bool(part.kind != .quoted && part.kind != .name && part.kind != .checkMark),
                    ]
                }),
            "href": href.map(MustacheValue.string) ?? .null,
            "linkText": .string(
                change.kind == .messageMarkGained || change.kind == .messageMarkLost
                    ? "view the message" : "view the page"),
            // Cut as the change's own text cuts it: a 200,000-character id made a 400 KB attribute.
            "subject": .string(LookalikeText.cut(change.subject)),
        ]
    }
}
