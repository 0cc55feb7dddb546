import AgentViewCore
import Testing

/// docs/rules.md §11 rule 10: which shard owns what, the same on every machine.
@Suite struct ShardTests {
    @Test func parsesKOfN() {
        #expect(Shard("2/4") == Shard(index: 2, count: 4))
        #expect(Shard("1/1")?.description == "1/1")
        #expect(Shard("1000/1000") != nil)
        for bad in ["0/4", "5/4", "x/y", "1/0", "1001/1001", "1/1001", "-1/4", "+1/4", "1/4/4", "1 /4", "", "/", "٣/٤"]
        {
            #expect(Shard(bad) == nil, "'\(bad)'")
        }
    }

    /// FNV-1a of the key's UTF-8 bytes: fixed values, so a change of hash (which would make shards of two
    /// versions disagree) fails here, and never a per-process seed.
    @Test func ownerIsAStableHashOfTheKey() {
        #expect(Shard.owner(of: "", among: 1_000) == Int(UInt64(0xcbf2_9ce4_8422_2325) % 1_000) + 1)
        #expect(Shard.owner(of: "a", among: 1_000) == Int(UInt64(0xaf63_dc4c_8601_ec8c) % 1_000) + 1)
        #expect(Shard.owner(of: "support:1", among: 1) == 1)
        let keys = (0..<400).map { "support:\($0)" }
        for count in 1...8 {
            let owners = keys.map { Shard.owner(of: $0, among: count) }
            #expect(owners.allSatisfy { (1...count).contains($0) })
            // Every shard gets a fair part: at least half of an even split.
            for index in 1...count {
                #expect(owners.filter { $0 == index }.count >= 400 / count / 2, "shard \(index) of \(count)")
            }
            let shard = Shard(index: 1, count: count)!
            #expect(keys.filter(shard.owns).count == owners.filter { $0 == 1 }.count)
        }
    }
}
