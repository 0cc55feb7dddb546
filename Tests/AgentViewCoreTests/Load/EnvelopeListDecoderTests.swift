import JSONTree
import Testing

@testable import AgentViewCore

/// A large file of one record list read record by record (`EnvelopeListDecoder`) gives exactly what the tree
/// decoder makes of it (the same records, the same problems at the same places, in the same order), or nothing:
/// an agent would otherwise see another ticket, or a problem would go unreported.
@Suite struct EnvelopeListDecoderTests {
    private static func file(_ json: String, at path: String = "support/export.json") -> SourceFile {
        SourceFile(displayPath: "export/" + path, relativePath: path, bytes: Array(json.utf8))
    }

    /// Everything a fragment holds, records and problems, written out in full (`dump` follows the records'
    /// out-of-line parts too).
    private func contents(_ fragment: ExportFragment) -> String {
        var text = ""
        dump(fragment, to: &text)
        return text
    }

    private func expectSame(_ file: SourceFile, sourceLocation: SourceLocation = #_sourceLocation) {
        let streamed = EnvelopeListDecoder.fragment(of: file)
        #expect(streamed != nil, "the decoder should read this shape", sourceLocation: sourceLocation)
        guard let streamed else { return }
        #expect(contents(streamed) == contents(ExportLoader.decodeTree(file)), sourceLocation: sourceLocation)
    }

    private static let audit =
        #"{"id": 9001, "ticket_id": 7, "created_at": "2026-01-22T21:55:00Z", "author_id": 1, "#
        + #""events": [{"id": 8001, "type": "Comment", "body": "Hi", "public": true}]}"#
    private static let ticket = #"{"id": 7, "requester_id": 1, "status": "open", "created_at": "2026-01-22T21:55:00Z"}"#

    @Test(arguments: [
        // The shapes of Zendesk's lists, with the paging keys before or after the list.
        #"{"audits": [\#(audit), \#(audit.replacingOccurrences(of: "9001", with: "9002"))], "next_page": null, "count": 2}"#,
        #"{"count": 1, "previous_page": {"url": [1, {"a": null}]}, "tickets": [\#(ticket)]}"#,
        #"{"tickets": []}"#,
        // A record's own problems are reported in order, at their places, and the others are kept.
        #"{"tickets": [\#(ticket), {"id": "x", "status": 5}, {"id": 8, "requester_id": "one"}, \#(ticket)]}"#,
        #"{"tickets": [{}, {"subject": "no id"}]}"#,
        // Support and messaging users share `users`: each record is judged by its own keys.
        #"{"users": [{"id": 1, "name": "Casey", "role": "end-user"}, {"id": "5e0", "profile": {"givenName": "Zoë"}, "authenticated": true}, {"id": 2, "name": "Agent", "role": "agent"}]}"#,
        // Several lists, each with problems: read, and reported, in the tree's order of keys, not the file's.
        #"{"users": [{"id": 1, "name": 5}], "identities": [{"id": 3, "user_id": 1, "type": "email", "value": 7}, {"id": "x"}], "next_page": null}"#,
        #"{"tickets": [\#(ticket), {"id": []}], "audits": [\#(audit), {"id": 2, "events": 5}]}"#,
        // Escaped keys and texts, and a key repeated inside a record: the last counts, as in the tree.
        #"{"t\u0069ckets": [{"id": 7, "id": 9, "subject": "a \"quoted\" \u00e9 subject", "status": "open"}]}"#,
    ])
    func readsTheSame(json: String) {
        expectSame(Self.file(json))
    }

    @Test("Comments take their ticket from the folder, as in the tree")
    func readsTheParentFromTheFolder() {
        let comments =
            #"{"comments": [{"id": 1, "body": "b", "created_at": "2026-01-01T00:00:00Z"}, {"id": 2, "body": 5}]}"#
        expectSame(Self.file(comments, at: "support/tickets/7/comments.json"))
    }

    @Test(arguments: [
        // Anything about the file as a whole is the tree decoder's to report or read.
        #"{"tickets": [\#(ticket)], "tickets": []}"#,
        #"{"tickets": {"id": 7}}"#,
        #"{"tickets": null}"#,
        #"{"tickets": [\#(ticket), 5]}"#,
        #"{"tickets": [\#(ticket)]"#,
        #"{"tickets": [\#(ticket)]} x"#,
        #"{"tickets": [\#(ticket),]}"#,
        #"{"tickets": [\#(ticket)]}"# + "\n" + #"{"tickets": []}"#,
        #"[\#(ticket)]"#,
        #"{"id": 7, "status": "open"}"#,
        #"{}"#,
        // `events` are a conversation log's or a webhook delivery's, by what else the envelope holds.
        #"{"events": [{"id": "e1", "type": "Messaging::ConversationMessage"}]}"#,
    ])
    func leavesOtherFilesToTheTree(json: String) {
        #expect(EnvelopeListDecoder.fragment(of: Self.file(json)) == nil)
    }

    @Test("Comments outside a ticket's folder are left to the tree, which reports the missing ticket")
    func leavesAMissingParentToTheTree() {
        let file = Self.file(#"{"comments": [{"id": 1, "body": "b"}]}"#, at: "support/comments.json")
        #expect(EnvelopeListDecoder.fragment(of: file) == nil)
        #expect(ExportLoader.decodeTree(file).errors.count == 1)
    }

    @Test("No kind of a streamed key asks the rest of the envelope whether it carries the records")
    func streamedKeysDecodeWhateverTheEnvelope() throws {
        let envelopes = [
            #"{"app": {"id": "a"}, "webhook": {"id": "w"}}"#, #"{"events": [{"payload": {}}]}"#, #"{}"#,
        ]
        for key in EnvelopeListDecoder.streamedKeys {
            let entry = try #require(ExportRecordRegistry.envelopes.first { $0.key.name == key }, "\(key)")
            for envelope in envelopes {
                let object = try #require(try JSONReader.parse(Array(envelope.utf8)).object)
                #expect(ExportRecordRegistry.carriers(of: entry, in: object).count == entry.kinds.count, "\(key)")
            }
        }
    }

    @Test("The generated export's audits and users files read the same, and their lists hold little spare room")
    func readsGeneratedFiles() throws {
        for suffix in ["ticket_audits.json", "users.json"] {
            var seen = 0
            try GeneratedMessagesFiles.each(users: 40, ticketsPerUser: 3, messagesPerTicket: 2, endingWith: suffix) {
                path, json in
                guard !path.contains("messaging/") else { return }
                seen += 1
                let file = Self.file(json, at: path)
                expectSame(file)
                let fragment = try #require(EnvelopeListDecoder.fragment(of: file))
                #expect(fragment.lightRecordCount >= 80)
                #expect(fragment.ticketConversations.capacity <= fragment.ticketConversations.count * 9 / 8 + 1)
                #expect(fragment.identities.capacity <= fragment.identities.count * 9 / 8 + 1)
            }
            #expect(seen == 1, "\(suffix)")
        }
    }

    @Test("Only a large file is read record by record; a small one is parsed whole, its lists sized exactly")
    func readsOnlyLargeFilesRecordByRecord() {
        let small = Self.file(#"{"tickets": [\#(Self.ticket)]}"#)
        #expect(contents(ExportLoader.decode(small)) == contents(ExportLoader.decodeTree(small)))
        // A large file whose tree decoder would report it: the loader's answer is the tree's.
        let padding = String(repeating: " ", count: EnvelopeListDecoder.minimumBytes)
        let large = Self.file(#"{"tickets": [\#(Self.ticket), 5]}"# + padding)
        #expect(ExportLoader.decode(large).errors.count == 1)
    }
}
