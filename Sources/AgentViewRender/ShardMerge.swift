import AgentViewCore
import JSONTree

/// The shards of one render put back together (`agentview merge`, docs/rules.md §11 rule 10): every list
/// in the order a plain render gives, by a k-way merge of the shards' lists, each already in that order.
///
/// Things that tie in a view's order (diagnostics with one code, subject and message) have one owner, so
/// they sit in one shard and keep that shard's order: the merged lists are exactly a plain render's.
public struct ShardMerge: Sendable {
    /// The rows of the list pages.
    public let lists: SiteLists
    /// The members of `snapshot.json` before its lists.
    public let snapshotHead: [(String, JSONValue)]
    /// The snapshot entries of users, tickets and diagnostics, in view order.
    public let users: [JSONValue]
    public let tickets: [JSONValue]
    public let diagnostics: [JSONValue]

    /// Merges complete, matching shards (the caller checks that they are: one of each of 1…n, one export,
    /// one set of settings).
    public init(_ shards: [ShardFile]) {
        snapshotHead = shards.first?.snapshotHead ?? []
        let users = Self.merge(shards.map(\.users)) { $0.row.key < $1.row.key }
        let tickets = Self.merge(shards.map(\.tickets)) { IDOrder.less($0.id, $1.id) }
        let orphans = Self.merge(shards.map(\.orphanTickets)) { IDOrder.less($0.id, $1.id) }
        let diagnostics = Self.merge(shards.map(\.diagnostics)) { $0.row.diagnostic < $1.row.diagnostic }
        var summary =
            shards.first?.summary
            ?? SiteLists.Summary(
                counts: ViewCounts(), messagingMode: "", capApplies: false, cap: 0, redactionNotice: nil)
        summary.counts = ViewCounts()
        for shard in shards { summary.counts.add(shard.summary.counts) }
        lists = SiteLists(
            users: users.map(\.row), orphanTickets: orphans, diagnostics: diagnostics.map(\.row), summary: summary)
        self.users = users.map(\.snapshot)
        self.tickets = tickets.map(\.snapshot)
        self.diagnostics = diagnostics.map(\.snapshot)
    }

    /// Merges lists that are each sorted by `less` into one sorted list; on a tie the earlier list's
    /// element comes first, and each list keeps its own order.
    static func merge<Element>(_ lists: [[Element]], by less: (Element, Element) -> Bool) -> [Element] {
        var heads = Array(repeating: 0, count: lists.count)
        var merged: [Element] = []
        merged.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        while true {
            var best: Int?
            for list in lists.indices where heads[list] < lists[list].count {
                if let current = best {
                    if less(lists[list][heads[list]], lists[current][heads[current]]) { best = list }
                } else {
                    best = list
                }
            }
            guard let list = best else { return merged }
            merged.append(lists[list][heads[list]])
            heads[list] += 1
        }
    }
}
