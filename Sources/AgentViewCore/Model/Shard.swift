import Digest

/// One part of a render spread over machines: `render --shard k/n` (docs/rules.md §11 rule 10).
///
/// A shard owns the end users whose key hashes to it, their tickets, and the diagnostics whose page is
/// theirs. The hash is FNV-1a over the key's UTF-8 bytes, the same on every machine and in every process
/// (never Swift's `Hasher`, which is seeded per process).
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// Which shard, from 1.
    public let index: Int
    /// How many shards the render is split into.
    public let count: Int

    /// The most shards a render may be split into.
    public static let maxCount = 1000

    /// Shard `index` of `count`; nil unless 1 ≤ index ≤ count ≤ `maxCount`.
    public init?(index: Int, count: Int) {
        guard count >= 1, count <= Self.maxCount, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// `k/n` as written on the command line, such as `2/4`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let index = Int(parts[0]), let count = Int(parts[1])
        else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether this shard owns the records of an ownership key (`AgentView.shardKey`).
    public func owns(_ key: String) -> Bool { Self.owner(of: key, among: count) == index }

    /// The shard (from 1) owning an ownership key among `count` shards.
    public static func owner(of key: String, among count: Int) -> Int {
        Int(FNV1a.hash(key) % UInt64(max(1, count))) + 1
    }
}

extension AgentView {
    /// The ownership key of an end user: its key, so the user's page, row and snapshot entry go together.
    public func shardKey(of user: UserKey) -> String { user.description }

    /// The ownership key of a ticket: its requester's when the requester is an end user of the view, so a
    /// user's tickets go with the user; else its own (`ticket:<id>`).
    public func shardKey(ofTicket ticket: TicketView) -> String {
        if let requester = ticket.requester, user(requester) != nil { return shardKey(of: requester) }
        return "ticket:" + ticket.ticket.id
    }

    /// The ownership key of a diagnostic: that of the page it is shown on, else its subject's. Diagnostics
    /// that tie in the view's order share a subject, so they always fall in one shard.
    public func shardKey(of diagnostic: Diagnostic) -> String {
        switch page(of: diagnostic.subject) {
        case .user(let key): return shardKey(of: key)
        case .ticket(let id): return ticket(id).map(shardKey(ofTicket:)) ?? "ticket:" + id
        case nil: return "subject:" + diagnostic.subject.description
        }
    }

    /// A digest of the export, the same in every shard of one export: `agentview merge` refuses shards whose
    /// digests differ. It covers what every shard holds whole (every user key, every ticket id and
    /// requester) and the shard's digest of every file's path and bytes and every message and comment id
    /// (`shardDigest`), never what a shard holds only in part (messages, diagnostics).
    public var exportFingerprint: String {
        var digest = SHA256()
        func add(_ text: String) {
            digest.update(text.utf8)
            digest.update([0])
        }
        add("users")
        for user in users { add(user.key.description) }
        add("tickets")
        for ticket in tickets {
            add(ticket.ticket.id)
            add(ticket.requester?.description ?? "")
        }
        add("records")
        add(shardDigest)
        return digest.finalize().hexadecimal
    }
}

extension Redaction {
    /// A keyed digest that tells keys apart without revealing them: shards redacted with different keys
    /// would show different pseudonyms, so `agentview merge` refuses them.
    public var keyFingerprint: String {
        HMAC.sha256(key: key, message: Array("agentview shard settings".utf8)).hexadecimal
    }
}
