import Foundation
import SyntheticExport
import Testing

@testable import AgentViewCore

/// What a shard of `render --shard k/n` loads (docs/rules.md §11 rule 10): only about its share of the
/// messages and comments, and still every record a subject it owns reads, even when that record lies in a
/// file another shard owns.
@Suite struct ShardLoadTests {
    /// Messages and comments an export holds.
    private func heavy(_ export: Export) -> Int { export.messages.count + export.comments.count }

    @Test func eachShardKeepsAboutItsShareOfTheMessages() throws {
        let folder = try makeTemporaryFolder("shard-load")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("export").path
        _ = try SyntheticExport(users: 60, ticketsPerUser: 3, messagesPerTicket: 4).write(to: path)
        let whole = try ExportLoader().load(directory: path)
        #expect(heavy(whole) >= 600)
        for count in [2, 4] {
            var kept = 0
            for index in 1...count {
                let shard = Shard(index: index, count: count)!
                let part = try ExportLoader().load(directory: path, shard: shard, settings: Settings())
                let summary = try #require(part.shardSummary)
                // Users hash unevenly over few shards: allow 1.6 times a fair share, far below keeping everything.
                #expect(
                    Double(heavy(part)) <= 1.6 * Double(heavy(whole)) / Double(count),
                    "shard \(shard) kept \(heavy(part)) of \(heavy(whole)) messages and comments")
                #expect(summary.heavyRecords == heavy(whole) && summary.keptHeavyRecords == heavy(part))
                #expect(summary.filesReadAgain == 0)
                // The light records stay whole in every shard.
                #expect(part.tickets.count == whole.tickets.count)
                #expect(part.messagingUsers.count == whole.messagingUsers.count)
                kept += heavy(part)
            }
            // Every message is kept by some shard. An anonymous user's conversation is read by two: the shard
            // of its ticket's Support requester and that of the messaging user whose page lists it (§2 rule 7).
            #expect(kept >= heavy(whole) && kept < 2 * heavy(whole))
        }
    }

    /// A generated export of 8 users under `folder`, and the paths of its messages files in path order.
    static func smallExport(in folder: URL) throws -> (path: String, messagesFiles: [String]) {
        let path = folder.appendingPathComponent("export").path
        _ = try SyntheticExport(users: 8, ticketsPerUser: 2, messagesPerTicket: 3).write(to: path)
        let files = try FileManager.default.subpathsOfDirectory(atPath: path).filter { $0.hasSuffix("messages.json") }
        return (path, files.sorted())
    }

    @Test func aMalformedMessageFailsTheShardThatDecodesItsFileInFull() throws {
        let folder = try makeTemporaryFolder("shard-malformed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, files) = try Self.smallExport(in: folder)
        let broken = try #require(files.first)
        let url = URL(fileURLWithPath: path + "/" + broken)
        let text = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(text.range(of: #""received": ""#))
        try Data(text.replacingCharacters(in: range, with: #""received": "not a date", "was": ""#).utf8).write(to: url)
        #expect(throws: LoadFailure.self) { try ExportLoader().load(directory: path) }
        for count in [2, 3, 4] {
            var failed: [Int] = []
            for index in 1...count {
                do {
                    _ = try ExportLoader().load(
                        directory: path, shard: Shard(index: index, count: count)!, settings: Settings())
                } catch {
                    #expect(error.errors.contains { $0.description.contains("not a date") })
                    failed.append(index)
                }
            }
            // The shard the file's path hashes to decodes it in full, whichever shard keeps its messages: a
            // set of shards of a broken export never merges. A shard that keeps none only scans it.
            #expect(failed.contains(Shard.owner(of: "file:" + broken, among: count)), "\(failed) of \(count)")
            if count == 4 { #expect(failed.count < count) }
        }
    }

    @Test func aMalformedMessageFoundOnlyWhenAShardReadsAFileAgainStillFailsIt() throws {
        let folder = try makeTemporaryFolder("shard-malformed-again")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, files) = try Self.smallExport(in: folder)
        // A malformed message whose id is filed under two conversations: every shard scans both files first,
        // then reads them again in full once it knows the id repeats (a duplicate is kept by every shard).
        let first = URL(fileURLWithPath: path + "/" + files[0])
        let second = URL(fileURLWithPath: path + "/" + files[1])
        var document = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: first)) as? [String: Any])
        var messages = try #require(document["messages"] as? [[String: Any]])
        messages[0]["received"] = "not a date"
        document["messages"] = messages
        try JSONSerialization.data(withJSONObject: document).write(to: first)
        var other = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: second)) as? [String: Any])
        other["messages"] = [messages[0]] + (try #require(other["messages"] as? [[String: Any]]))
        try JSONSerialization.data(withJSONObject: other).write(to: second)
        #expect(throws: LoadFailure.self) { try ExportLoader().load(directory: path) }
        for index in 1...4 {
            #expect(throws: LoadFailure.self, "shard \(index)/4") {
                try ExportLoader().load(directory: path, shard: Shard(index: index, count: 4)!, settings: Settings())
            }
        }
    }

    @Test func shardsOfExportsThatDifferOnlyInAMessageTextCannotBeMixed() throws {
        let folder = try makeTemporaryFolder("shard-content")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, files) = try Self.smallExport(in: folder)
        func digests() throws -> [String] {
            try (1...4).map { index in
                try ExportLoader().load(directory: path, shard: Shard(index: index, count: 4)!, settings: Settings())
                    .shardSummary?.digest ?? ""
            }
        }
        let before = try digests()
        #expect(Set(before).count == 1)
        // One letter of one message, same size, same ids: most shards only scan the file, yet a shard kept
        // from the first export must not merge with shards of the second.
        let url = URL(fileURLWithPath: path + "/" + (try #require(files.first)))
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "lorem", with: "lorEm").utf8).write(to: url)
        let after = try digests()
        #expect(Set(after).count == 1)
        #expect(after[0] != before[0])
    }

    // MARK: Evidence across shards

    static let xena = "5e00000000000000000000a1"
    static let yuri = "5e00000000000000000000b2"
    static let xenaConversation = "c0000000000000000000000a"
    static let yuriConversation = "c0000000000000000000000b"
    static let yuriSecondConversation = "c0000000000000000000000c"
    static let duplicated = "d00000000000000000000001"
    static let named = "e00000000000000000000001"

    /// Xena (Support 101) and Yuri (Support 102) fall in different shards for n = 2, 3 and 4. One message
    /// id is filed under Xena's conversation and, later in path order, under Yuri's (the later copy wins).
    /// Xena's ticket 9001 has a conversation log whose first event names a message in Yuri's conversation
    /// (Yuri has two, so the log's author cannot decide the link); her ticket 9003 starts on her own
    /// conversation.
    static func writeSplitEvidence(to folder: URL) throws {
        func write(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write(
            "support/users.json",
            """
            {"users": [
              {"id": 101, "name": "Xena Shard", "email": "xena@example.com", "role": "end-user"},
              {"id": 102, "name": "Yuri Shard", "email": "yuri@example.com", "role": "end-user"},
              {"id": 7, "name": "Agent Ada", "email": "ada@example.com", "role": "agent"}
            ]}
            """)
        func ticket(_ id: Int, _ requester: Int, _ created: String) -> String {
            """
            {"id": \(id), "requester_id": \(requester), "status": "open", "subject": "Ticket \(id)", \
            "created_at": "\(created)", "updated_at": "\(created)", "via": {"channel": "native_messaging"}}
            """
        }
        try write(
            "support/tickets.json",
            """
            {"tickets": [\(ticket(9001, 101, "2026-05-01T09:00:00Z")), \(ticket(9002, 102, "2026-05-01T09:00:00Z")), \
            \(ticket(9003, 101, "2026-05-01T09:00:00Z"))]}
            """)
        func chatStarted(_ ticketID: Int, _ conversation: String) -> String {
            """
            {"audits": [{"id": \(ticketID)00, "ticket_id": \(ticketID), "created_at": "2026-05-01T09:00:00Z", \
            "events": [{"id": \(ticketID)01, "type": "ChatStartedEvent", \
            "value": {"conversation_id": "\(conversation)", "channel": "native_messaging"}}]}]}
            """
        }
        try write("support/tickets/9003/audits.json", chatStarted(9003, xenaConversation))
        try write("support/tickets/9002/audits.json", chatStarted(9002, yuriSecondConversation))
        try write(
            "support/tickets/9001/conversation_log.json",
            """
            {"events": [{"id": "log-1", "type": "Messaging::ConversationMessage", "created_at": "2026-05-01T10:05:00Z", \
            "author": {"type": "user", "display_name": "Yuri Shard", "zen:sunco:user_id": "\(yuri)"}, \
            "content": {"type": "text", "text": "Logged on Xena's ticket"}, \
            "reference": "zen:sunco:conversation_message:\(named)"}]}
            """)
        for (id, support, name) in [(xena, 101, "Xena"), (yuri, 102, "Yuri")] {
            try write(
                "messaging/users/\(id).json",
                """
                {"user": {"id": "\(id)", "zendeskId": "\(support)", "authenticated": true, \
                "profile": {"givenName": "\(name)", "surname": "Shard"}}}
                """)
        }
        try write(
            "messaging/users/\(xena)/conversations.json",
            #"{"conversations": [{"id": "\#(xenaConversation)", "type": "personal"}]}"#)
        try write(
            "messaging/users/\(yuri)/conversations.json",
            #"{"conversations": [{"id": "\#(yuriConversation)", "type": "personal"}, {"id": "\#(yuriSecondConversation)", "type": "personal"}]}"#
        )
        func message(_ id: String, _ author: String, _ time: String, _ text: String) -> String {
            """
            {"id": "\(id)", "received": "2026-05-01T\(time).000Z", \
            "author": {"type": "user", "userId": "\(author)", "displayName": "Shard user"}, \
            "content": {"type": "text", "text": "\(text)"}}
            """
        }
        try write(
            "messaging/conversations/\(xenaConversation)/messages.json",
            """
            {"messages": [\(message("f00000000000000000000001", xena, "10:00:00", "Xena's own message")), \
            \(message(duplicated, xena, "10:01:00", "Filed under Xena's conversation"))]}
            """)
        try write(
            "messaging/conversations/\(yuriConversation)/messages.json",
            """
            {"messages": [\(message(duplicated, yuri, "10:02:00", "Filed under Yuri's conversation")), \
            \(message(named, yuri, "10:03:00", "The message Xena's log names"))]}
            """)
        try write(
            "messaging/conversations/\(yuriSecondConversation)/messages.json",
            "{\"messages\": [\(message("f00000000000000000000002", yuri, "10:04:00", "Yuri's second conversation"))]}")
    }

    @Test func evidenceInAnotherShardsFilesIsKept() throws {
        let folder = try makeTemporaryFolder("shard-evidence")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("export").path
        try Self.writeSplitEvidence(to: URL(fileURLWithPath: path))
        let whole = try ExportLoader().load(directory: path)
        #expect(whole.duplicates.contains { $0.kind == "message" && $0.id == Self.duplicated })
        #expect(
            whole.ticketConversations.contains { $0.ticketID == "9001" && $0.conversationID == Self.yuriConversation })
        for count in [2, 3, 4] {
            let xenaShard = Shard.owner(of: "support:101", among: count)
            let yuriShard = Shard.owner(of: "support:102", among: count)
            #expect(xenaShard != yuriShard)
            let xenaPart = try ExportLoader().load(
                directory: path, shard: Shard(index: xenaShard, count: count)!, settings: Settings())
            let yuriPart = try ExportLoader().load(
                directory: path, shard: Shard(index: yuriShard, count: count)!, settings: Settings())
            for part in [xenaPart, yuriPart] {
                // Both copies of the duplicated id are read by both shards, and the later one wins in each.
                #expect(part.duplicates == whole.duplicates)
                #expect(part.messages.first { $0.id == Self.duplicated }?.conversationID == Self.yuriConversation)
                // The log's link to Yuri's conversation is made in every shard, from the message it names.
                #expect(part.ticketConversations == whole.ticketConversations)
            }
            // Xena's shard reads the conversation her ticket 9001 is tied to, although it is Yuri's.
            #expect(xenaPart.messages.contains { $0.id == Self.named })
            // And nothing of Yuri's other conversation, which no subject of hers reads.
            #expect(!xenaPart.messages.contains { $0.conversationID == Self.yuriSecondConversation })
            #expect(
                !yuriPart.messages.contains { $0.conversationID == Self.xenaConversation && $0.id != Self.duplicated })
        }
    }

    /// A conversation Yuri's messaging user lists, where Xena also wrote, once the split evidence is written.
    static let sharedConversation = "c0000000000000000000000d"
    static let yuriInShared = "f00000000000000000000003"

    /// Adds to the split evidence a conversation listed under Yuri where Xena wrote too: Xena's shard reads it
    /// whole, Yuri's message included, though only the messages say she took part.
    static func writeSharedConversation(to folder: URL) throws {
        try Data(
            #"""
            {"conversations": [{"id": "\#(yuriConversation)", "type": "personal"}, \#
            {"id": "\#(yuriSecondConversation)", "type": "personal"}, {"id": "\#(sharedConversation)", "type": "personal"}]}
            """#.utf8
        ).write(to: folder.appendingPathComponent("messaging/users/\(yuri)/conversations.json"))
        func message(_ id: String, _ author: String, _ time: String) -> String {
            """
            {"id": "\(id)", "received": "2026-05-01T\(time).000Z", \
            "author": {"type": "user", "userId": "\(author)", "displayName": "Shard user"}, \
            "content": {"type": "text", "text": "In the shared conversation"}}
            """
        }
        let url = folder.appendingPathComponent("messaging/conversations/\(sharedConversation)/messages.json")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(
            """
            {"messages": [\(message(yuriInShared, yuri, "11:00:00")), \
            \(message("f00000000000000000000004", xena, "11:01:00"))]}
            """.utf8
        ).write(to: url)
    }

    @Test func aConversationWhereAnEndUserWroteIsReadWholeByTheirShard() throws {
        let folder = try makeTemporaryFolder("shard-shared-conversation")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        try Self.writeSplitEvidence(to: export)
        try Self.writeSharedConversation(to: export)
        for count in [2, 3, 4] {
            let xenaShard = Shard(index: Shard.owner(of: "support:101", among: count), count: count)!
            let xenaPart = try ExportLoader().load(directory: export.path, shard: xenaShard, settings: Settings())
            // Found only once the messages are read: the file is read again for the final plan.
            #expect(xenaPart.messages.contains { $0.id == Self.yuriInShared }, "shard \(xenaShard)")
        }
        try expectShardMergesIdentical(export)
    }

    /// A shard asks its plan about every message and comment of the export, one file at a time, and remembers
    /// the answer for the last conversation, author and ticket: questions that alternate between them must
    /// get the plan's own answers.
    @Test func decisionsRememberedPerFileAreThePlansOwn() throws {
        let folder = try makeTemporaryFolder("shard-decisions")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        try Self.writeSplitEvidence(to: export)
        let whole = try ExportLoader().load(directory: export.path)
        let questions: [(conversation: String, author: String?, ticket: String)] = [
            (Self.xenaConversation, Self.xena, "9001"), (Self.yuriSecondConversation, Self.yuri, "9002"),
            (Self.xenaConversation, nil, "9001"), ("c-in-no-record", Self.yuri, "9002"),
            (Self.yuriSecondConversation, Self.xena, "404"), (Self.yuriSecondConversation, nil, "9003"),
        ]
        for count in [2, 3, 4] {
            for index in 1...count {
                let plan = ShardPlan(light: whole, settings: Settings(), shard: Shard(index: index, count: count)!)
                var decisions = ShardPlan.FileDecisions(plan)
                var answers: [Bool] = []
                var planAnswers: [Bool] = []
                for question in questions + questions.reversed() {
                    let hash = ShardPlan.hash(messageID: question.conversation)
                    let comment = TicketComment(id: "1", ticketID: question.ticket, authorID: nil, body: nil)
                    answers += [
                        decisions.keepsMessage(
                            conversation: question.conversation, endUserAuthor: question.author, hash: hash),
                        decisions.keeps(comment, hash: hash),
                    ]
                    planAnswers += [
                        plan.keepsMessage(
                            conversation: question.conversation, endUserAuthor: question.author, hash: hash),
                        plan.keeps(comment, hash: hash),
                    ]
                }
                #expect(answers == planAnswers, "shard \(index)/\(count)")
                // The questions tell the two users' shards apart: some are answered yes, some no.
                #expect(Set(planAnswers).count == 2, "shard \(index)/\(count)")
            }
        }
    }

    @Test func mergesOfSplitEvidenceAreThePlainRender() throws {
        let folder = try makeTemporaryFolder("shard-evidence-merge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        try Self.writeSplitEvidence(to: export)
        try expectShardMergesIdentical(export)
        try expectShardMergesIdentical(
            export, ["--redact", "all"], environment: ["AGENTVIEW_REDACT_KEY": "a shared key of the CI runners"])
    }
}
