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
        // A message change links to the message's anchor on its ticket page: the page is what must exist.
        let href = newPagesRoot.flatMap { root in
            bullet.page.flatMap { page in
                pageExists(String(page.prefix { $0 != "#" })) ? root + page : nil
            }
        }
        return [
            "parts": .list(
                bullet.text().parts.map { part in
                    [
                        "string": .string(part.string), "quoted": .bool(part.isQuoted),
                        "name": .bool(part.kind == .name), "checkMark": .bool(part.kind == .checkMark),
                        "plain": .bool(part.kind != .quoted && part.kind != .name && part.kind != .checkMark),
                    ]
                }),
            "href": href.map(MustacheValue.string) ?? .null,
            "linkText": .string(Self.linkText(bullet)),
            // Cut as the change's own text cuts it: a 200,000-character id made a 400 KB attribute.
            "subject": .string(LookalikeText.cut(change.subject)),
        ]
    }

    /// `view the message`, `view the first ticket`: what the bullet's link opens.
    private static func linkText(_ bullet: DiffBullet) -> String {
        let isMessage = bullet.changes[0].kind == .messageMarkGained || bullet.changes[0].kind == .messageMarkLost
        guard bullet.changes.count > 1 else { return isMessage ? "view the message" : "view the page" }
        return isMessage ? "view the first message" : "view the first ticket"
    }
}
