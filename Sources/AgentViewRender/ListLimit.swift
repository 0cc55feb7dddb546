import AgentViewCore
import Mustache

/// The lists of a site page besides its paged table and transcript (identities, linked messaging users,
/// merged-away ids, diagnostics) show at most `PagePart.listLimit` items, then say how many more the export
/// holds and where they all are (docs/rules.md §11 rule 7): a user linked to ten thousand messaging users,
/// or a ticket with ten thousand diagnostics, would otherwise make one page of many megabytes. The one-user
/// report is one file by design and shows every item (`limit` nil).
enum ListLimit {
    /// The first `limit` items, or all of them when `limit` is nil, and how many are left out.
    static func cut<Items: Collection>(_ items: Items, limit: Int?) -> (shown: Items.SubSequence, more: Int) {
        guard let limit, items.count > limit else { return (items[...], 0) }
        return (items.prefix(limit), items.count - limit)
    }

    /// A list's template values, cut at `limit`: the shown items made by `each`, and the sentence saying how
    /// many more there are and where they all are (null when none were left out).
    static func values<Items: Collection>(
        _ items: Items, limit: Int?, noun: String, whereAll: String, each: (Items.Element) -> MustacheValue
    ) -> (list: MustacheValue, more: MustacheValue) {
        let (shown, more) = cut(items, limit: limit)
        return (.list(shown.map(each)), Self.more(more, noun, whereAll: whereAll))
    }

    /// The sentence after a cut list, such as "…and 1234 more identities, left out to keep this page small:
    /// snapshot.json and the one-user report (agentview render --user support:1) list them all."; null when
    /// nothing was left out.
    static func more(_ count: Int, _ noun: String, whereAll: String) -> MustacheValue {
        guard count > 0 else { return .null }
        return .string("…and \(count) more \(noun), left out to keep this page small: \(whereAll) list them all.")
    }

    /// Where every item of a user's lists is.
    static func everything(of user: UserView) -> String {
        "snapshot.json and the one-user report (agentview render --user \(LookalikeText.cut(user.key.description)))"
    }

    /// Where every diagnostic is.
    static let everyDiagnostic = "snapshot.json and the diagnostics pages"
}
