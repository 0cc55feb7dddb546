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
    /// Where the snapshot entries of users, tickets and diagnostics are, in view order.
    public let users: [EntryPlace]
    public let tickets: [EntryPlace]
    public let diagnostics: [EntryPlace]

    /// Where one snapshot entry is: in which shard file (its position among those merged) and at which bytes
    /// of it (`ShardFile.users` and the other lists). Within one shard, the places of each list, and of the
    /// lists one after the other, only move forward in the file.
    public struct EntryPlace: Sendable, Equatable {
        public var shard: Int
        public var bytes: Range<Int>
    }

    /// Merges complete, matching shards (the caller checks that they are: one of each of 1…n, one export,
    /// one set of settings).
    public init(_ shards: [ShardFile]) {
        snapshotHead = shards.first?.snapshotHead ?? []
        let users = Self.merge(Self.placed(shards.map(\.users)) { $0.snapshot }) { $0.entry.row.key < $1.entry.row.key }
        let tickets = Self.merge(Self.placed(shards.map(\.tickets)) { $0.snapshot }) {
            IDOrder.less($0.entry.id, $1.entry.id)
        }
        let orphans = Self.merge(shards.map(\.orphanTickets)) { IDOrder.less($0.id, $1.id) }
        let diagnostics = Self.merge(Self.placed(shards.map(\.diagnostics)) { $0.snapshot }) {
            $0.entry.row.diagnostic < $1.entry.row.diagnostic
        }
        var summary =
            shards.first?.summary
            ?? SiteLists.Summary(
                counts: ViewCounts(), messagingMode: "", capApplies: false, cap: 0, redactionNotice: nil)
        summary.counts = ViewCounts()
        for shard in shards { summary.counts.add(shard.summary.counts) }
        lists = SiteLists(
            users: users.map(\.entry.row), orphanTickets: orphans, diagnostics: diagnostics.map(\.entry.row),
            summary: summary)
        self.users = users.map(\.place)
        self.tickets = tickets.map(\.place)
        self.diagnostics = diagnostics.map(\.place)
    }

    /// Each shard's entries, with the place of their snapshot entries.
    private static func placed<Entry>(
        _ lists: [[Entry]], snapshot: (Entry) -> Range<Int>
    ) -> [[(entry: Entry, place: EntryPlace)]] {
        lists.enumerated().map { shard, list in
            list.map { ($0, EntryPlace(shard: shard, bytes: snapshot($0))) }
        }
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
