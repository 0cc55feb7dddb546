import Testing

@testable import AgentViewCore

/// Which copy of a duplicated record the export keeps, and how the duplicates are reported (docs/rules.md §10
/// rule 7): `duplicate-record` diagnostics and `snapshot.json` list them in the order the assembler meets them.
@Suite struct ExportAssemblerTests {
    /// A messages file of conversation `c1` under `folder`, one message per (id, text, minute).
    private static func messages(_ records: [(id: String, text: String, minute: Int)]) -> String {
        let listed = records.map { record in
            #"{"id": "\#(record.id)", "received": "2026-01-01T00:0\#(record.minute):00Z", "author": {"type": "business"}, "#
                + #""content": {"type": "text", "text": "\#(record.text)"}}"#
        }
        return #"{"messages": [\#(listed.joined(separator: ", "))]}"#
    }

    private static func tickets(_ records: [(id: Int, subject: String)]) -> String {
        let listed = records.map { record in #"{"id": \#(record.id), "subject": "\#(record.subject)"}"# }
        return #"{"tickets": [\#(listed.joined(separator: ", "))]}"#
    }

    @Test("The last copy in path order, then file order, is kept; each duplicate names the copy it replaced")
    func lastCopyWinsAndDuplicatesKeepTheirOrder() throws {
        let export = try Fixtures.load([
            "a/conversations/c1/messages.json": Self.messages([("m1", "a1", 1), ("m10", "a10", 2), ("m2", "a2", 2)]),
            "b/conversations/c1/messages.json": Self.messages([("m1", "b1", 1), ("m3", "b3", 3), ("m1", "b1 again", 1)]
            ),
            "c/conversations/c1/messages.json": Self.messages([("m10", "c10", 2), ("m1", "c1", 1)]),
            "a/tickets.json": Self.tickets([(10, "a10"), (9, "a9")]),
            "b/tickets.json": Self.tickets([(9, "b9"), (9, "b9 again")]),
            "c/tickets.json": Self.tickets([(10, "c10")]),
        ])
        // Messages by time, then id: "m10" sorts before "m2" as text.
        #expect(export.messages.map(\.id) == ["m1", "m10", "m2", "m3"])
        #expect(export.messages.map(\.content.text) == ["c1", "c10", "a2", "b3"])
        // Tickets by id as numbers.
        #expect(export.tickets.map(\.id) == ["9", "10"])
        #expect(export.tickets.map(\.subject) == ["b9 again", "c10"])
        // Tickets' duplicates come before messages', each kind's in the order met.
        let duplicates = export.duplicates.map { "\($0.kind) \($0.id): \($0.droppedPath) → \($0.keptPath)" }
        #expect(
            duplicates == [
                "ticket 9: a/tickets.json → b/tickets.json",
                "ticket 9: b/tickets.json → b/tickets.json",
                "ticket 10: a/tickets.json → c/tickets.json",
                "message m1: a/conversations/c1/messages.json → b/conversations/c1/messages.json",
                "message m1: b/conversations/c1/messages.json → b/conversations/c1/messages.json",
                "message m10: a/conversations/c1/messages.json → c/conversations/c1/messages.json",
                "message m1: b/conversations/c1/messages.json → c/conversations/c1/messages.json",
            ])
    }

    @Test("Across many files, each id keeps its last copy and every replacement is listed in the order met")
    func manyDuplicatesMatchTheRuleOneByOne() throws {
        // 24 files of 800 messages over 6,000 ids: most ids come several times, in one file and across files.
        // More messages than one core sorts alone, so the two-core sort is the one checked.
        var files: [String: String] = [:]
        var expectedKept: [String: (text: String, minute: Int)] = [:]
        var keptPath: [String: String] = [:]
        var expectedDuplicates: [String] = []
        var seed: UInt64 = 0x9e37_79b9_7f4a_7c15
        for file in 0..<24 {
            let path = "f\(String(file + 10))/conversations/c1/messages.json"
            var records: [(id: String, text: String, minute: Int)] = []
            for copy in 0..<800 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let id = "m\((seed >> 33) % 6000)"
                let record = (id: id, text: "\(file)-\(copy)", minute: Int((seed >> 20) % 10))
                records.append(record)
                if let previous = keptPath[id] {
                    expectedDuplicates.append("\(id): \(previous) → \(path)")
                }
                keptPath[id] = path
                expectedKept[id] = (record.text, record.minute)
            }
            files[path] = Self.messages(records)
        }
        let export = try Fixtures.load(files)

        let expectedOrder = expectedKept.keys.sorted { left, right in
            (expectedKept[left]!.minute, left) < (expectedKept[right]!.minute, right)
        }
        #expect(export.messages.map(\.id) == expectedOrder)
        #expect(export.messages.map(\.content.text) == expectedOrder.map { expectedKept[$0]!.text })
        #expect(
            export.duplicates.map { "\($0.id): \($0.droppedPath) → \($0.keptPath)" } == expectedDuplicates)
    }

    @Test("Two different ids whose hashes meet are two messages, and the copies of each are still found")
    func idsWhoseHashesMeetStayApart() throws {
        // Duplicates are found by sorting the top 32 bits of the ids' FNV-1a hashes, where these two ids meet.
        #expect(FNV1a.hash("m141641") >> 32 == FNV1a.hash("m750010") >> 32)
        let export = try Fixtures.load([
            "a/conversations/c1/messages.json": Self.messages([("m141641", "a", 1), ("m750010", "b", 2)]),
            "b/conversations/c1/messages.json": Self.messages([("m750010", "b again", 2), ("m141641", "a again", 1)]),
        ])
        #expect(export.messages.map(\.id) == ["m141641", "m750010"])
        #expect(export.messages.map(\.content.text) == ["a again", "b again"])
        #expect(
            export.duplicates.map { "\($0.id): \($0.droppedPath) → \($0.keptPath)" } == [
                "m750010: a/conversations/c1/messages.json → b/conversations/c1/messages.json",
                "m141641: a/conversations/c1/messages.json → b/conversations/c1/messages.json",
            ])
    }

    @Test(
        "A conversation:create webhook adds a conversation the lists lack and fills what a listed one lacks, in id order"
    )
    func webhookConversationsJoinTheListed() throws {
        let listed = #"{"conversations": [{"id": "10", "type": "personal"}, {"id": "9", "type": "personal"}]}"#
        func created(_ id: String, user: String) -> String {
            #"{"id": "e\#(id)", "createdAt": "2026-01-01T00:00:00Z", "type": "conversation:create", "payload": "#
                + #"{"conversation": {"id": "\#(id)", "type": "personal"}, "user": {"id": "\#(user)"}}}"#
        }
        let webhooks = #"{"events": [\#(created("100", user: "u1")), \#(created("9", user: "u2"))]}"#
        let export = try Fixtures.load(["users/u0/conversations.json": listed, "webhooks/1.json": webhooks])
        #expect(export.conversations.map(\.id) == ["9", "10", "100"])
        // The listed user stands; the webhook's time fills the listed "9", which has none.
        #expect(export.conversations.map(\.userID) == ["u0", "u0", "u1"])
        #expect(export.conversations.map { $0.createdAt != nil } == [true, false, true])
    }
}
