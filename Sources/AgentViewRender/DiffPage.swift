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

    /// `{headline, hasChanges, quietLine, groups[{kind, title, headline, count, changes[{segments[{parts,
    /// memberHref}], href, linkText}], more}]}`: the template lists the groups once as a summary, then each with
    /// its items (a bundle's members each linked by `memberHref`, a lone change by `href`).
    var values: MustacheMap {
        [
            "headline": .string(DiffSummary.headline(diff)),
            "hasChanges": .bool(!diff.isEmpty),
            "quietLine": DiffSummary.quietLine(diff).map(MustacheValue.string) ?? .null,
            "groups": .list(diff.groups.map(group)),
        ]
    }

    private func group(_ group: DiffGroup) -> MustacheValue {
        let shown = group.bullets.prefix(maxItems)
        let more = group.changes.count - shown.reduce(0) { $0 + $1.changes.count }
        return [
            "kind": .string(group.kind.rawValue),
            "title": .string(group.title),
            "headline": .string(group.headline),
            "count": .init(group.changes.count),
            "changes": .list(shown.map(change)),
            "more": more > 0 ? .string("… and \(more) more not listed (--max-items \(maxItems))") : .null,
        ]
    }

    private func change(_ bullet: DiffBullet) -> MustacheValue {
        let change = bullet.changes[0]
        let segments = bullet.segments()
        // A bundle links each member to its own page; a lone change links once, after its text.
        let href = segments.count == 1 ? link(change.page) : nil
        return [
            "segments": .list(
                segments.map { segment in
                    [
                        "parts": .list(segment.parts.map(Self.part)),
                        "memberHref": segment.member.flatMap { link($0.page) }.map(MustacheValue.string) ?? .null,
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

    /// Where a change's page is from diff.html, when NEW is a rendered folder holding it. A message change
    /// links to the message's anchor on its ticket page: the page is what must exist.
    private func link(_ page: String?) -> String? {
        newPagesRoot.flatMap { root in
            page.flatMap { page in pageExists(String(page.prefix { $0 != "#" })) ? root + page : nil }
        }
    }

    private static func part(_ part: DiffText.Part) -> MustacheValue {
        [
            "string": .string(part.string), "quoted": .bool(part.isQuoted), "name": .bool(part.kind == .name),
            "checkMark": .bool(part.kind == .checkMark),
            "plain": .bool(part.kind != .quoted && part.kind != .name && part.kind != .checkMark),
        ]
    }
}
