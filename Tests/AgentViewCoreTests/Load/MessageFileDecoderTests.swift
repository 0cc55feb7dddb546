import Foundation
import Testing

@testable import AgentViewCore

/// A messages file read without a tree (`MessageFileDecoder`) gives exactly the messages the tree decoder
/// makes of it, or nothing, never other messages: a transcript would show another text, author or time.
@Suite struct MessageFileDecoderTests {
    private static let path = "messaging/conversations/c1/messages.json"

    private static func file(_ json: String) -> SourceFile {
        SourceFile(displayPath: path, relativePath: path, bytes: Array(json.utf8))
    }

    /// The messages the tree decoder makes of a file; nil when it reports a problem or skips the file.
    private func treeMessages(_ json: String) -> [Message]? {
        let fragment = ExportLoader.decodeTree(Self.file(json))
        guard fragment.errors.isEmpty, !fragment.isUnrecognised else { return nil }
        return fragment.messages
    }

    private func fastMessages(_ json: String) -> [Message]? {
        MessageFileDecoder.messages(in: Array(json.utf8), conversationID: "c1")
    }

    /// Every field of every message, each text by its bytes (`==` on strings compares canonical equivalents).
    private func bytes(_ messages: [Message]) -> [String] {
        messages.map { message in
            let texts: [String?] = [
                message.id, message.conversationID, message.authorType, message.authorUserID,
                message.authorDisplayName, message.content.type, message.content.text, message.content.mediaURL,
                message.content.altText, message.sourceType, message.activityType,
            ]
            return texts.map { $0.map { Array($0.utf8).description } ?? "nil" }.joined(separator: "|")
                + "|\(message.received)|\(message.authorSubtypes)|\(String(describing: message.authorAuthenticatedAtSend))"
        }
    }

    private static let received = #""received": "2026-01-01T00:00:00.000Z""#

    @Test(arguments: [
        // The shape of a REST export's messages, end user and agent.
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": "user", "userId": "5e0", "displayName": "Casey Berg"}, "content": {"type": "text", "text": "Hello"}, "source": {"type": "web"}}, {"id": "a2", \#(received), "author": {"type": "business", "subtypes": ["agent"], "displayName": "Agent Smith"}, "content": {"type": "text", "text": "Hi"}, "source": {"type": "zd:agentWorkspace"}}]}"#,
        // Escapes and UTF-8 in texts, names and ids.
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": "user", "userId": "u\u00e9", "displayName": "Zo\u00eb \"Z\""}, "content": {"type": "text", "text": "line\nnext \\ \/ \uD83D\uDE00 \u00e9 é 😀"}}]}"#,
        // Ids compared by their bytes: decomposed accents are escaped as the tree decoder escapes them.
        "{\"messages\": [{\"id\": \"me\u{301}\", \(received), \"author\": {\"type\": \"user\", \"userId\": \"A\u{30A}\"}}]}",
        // Nulls are absent; a missing author is a business one and missing content a text.
        #"{"messages": [{"id": "a1", \#(received), "author": null, "content": null, "source": null, "activity": null}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": null, "userId": null, "subtypes": null, "user": null}}]}"#,
        #"{"messages": [{"id": "a1", \#(received)}]}"#,
        // The text's fallbacks, each read only when the one before is absent.
        #"{"messages": [{"id": "a1", \#(received), "content": {"type": "text", "text": null, "textFallback": "fb"}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"text": null, "body": "b"}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"type": "text", "text": "t", "textFallback": 5, "body": []}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"type": "image", "mediaUrl": "https://x/y.png", "altText": "a cat", "actions": [], "fields": null}}]}"#,
        // The last of a repeated key counts, whatever the earlier one held.
        #"{"messages": [{"id": "m0", "id": "m1", \#(received), "author": "someone", "author": {"type": "user", "userId": "u2"}, "content": 5, "content": {"text": "x"}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": "user", "type": "business", "subtypes": [1], "subtypes": ["bot", "AI"]}}]}"#,
        // The at-send-time flag, as a boolean or as the text real data writes.
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": "user", "user": {"authenticated": true}}}, {"id": "a2", \#(received), "author": {"type": "user", "user": {"authenticated": "FALSE"}}}, {"id": "a3", \#(received), "author": {"type": "user", "user": {"id": "x"}}}]}"#,
        // Activities, uncommon author and source types, and keys no reader looks at, nested deep.
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": "business", "subtypes": ["activity"]}, "activity": {"type": "ticket:closed", "data": {"x": [1, 2.5e-3, true]}}, "source": {"type": "zd:surveys", "integrationId": "i"}, "metadata": {"a": {"b": {"c": [null, false, {}]}}}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": "whatsapp-user"}, "source": {"type": "whatsapp"}}]}"#,
        // A time with a zone offset; keys around the list that are no record list.
        #"{"meta": {"hasBefore": false}, "messages": [{"id": "a1", "received": "2026-01-01T01:00:00+01:00"}], "links": {"prev": null}}"#,
        #"{"messages": null}"#,
        // As deep as the parser allows, counting the containers around the message.
        #"{"messages": [{"id": "a1", \#(received), "x": \#(String(repeating: "[", count: 509))\#(String(repeating: "]", count: 509))}]}"#,
        " {\"messages\": [ ]}\n",
        "\u{FEFF}{\"messages\": [{\"id\": \"a1\", \(received)}]}",
    ])
    func readsWhatTheTreeDecoderReads(_ json: String) throws {
        let tree = try #require(treeMessages(json))
        let fast = try #require(fastMessages(json))
        #expect(fast == tree)
        #expect(bytes(fast) == bytes(tree))
        // Read from a file, texts without escapes are left there and read back the same.
        #expect(try fieldsReadFromFile(json) == bytes(tree))
    }

    /// `bytes` of the messages of `json` decoded from a file holding it, texts left in the file where they
    /// may be, read while the file is there.
    private func fieldsReadFromFile(_ json: String) throws -> [String]? {
        let folder = try temporaryFolder("messages-file")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("messages.json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        let (content, identity) = try ExportLoader.readRegularFile(path)
        let texts = ExportTexts()
        let textFile = ExportTextFile(path: path, identity: identity, texts: texts)
        let fields = MessageFileDecoder.messages(in: content, conversationID: "c1", textFile: textFile).map(bytes)
        #expect(texts.changedFiles.isEmpty)
        return fields
    }

    @Test(arguments: [
        // Syntax the parser refuses.
        #"{"messages": [{"id": "a1", \#(received)},]}"#,
        #"{"messages": [{"id": "a1", \#(received)}]"#,
        #"{"messages": [{"id": "a1", \#(received), "x": "a\qb"}]}"#,
        "{\"messages\": [{\"id\": \"a1\", \(received), \"x\": \"a\u{1}b\"}]}",
        #"{"messages": [{"id": "a1", \#(received), "x": 01}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "x": tru}]}"#,
        #"{"messages": []} {}"#,
        // A byte order mark anywhere but at the very start.
        " \u{FEFF}{\"messages\": []}",
        #"{"messages": [{"id": "a1", \#(received), "x": "\uD800"}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "x": {"a" 1}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"text": "a",}}]}"#,
        // Deeper than the parser allows, counting the containers around the message.
        #"{"messages": [{"id": "a1", \#(received), "x": \#(String(repeating: "[", count: 510))\#(String(repeating: "]", count: 510))}]}"#,
        // Problems the decoder reports about the fields it reads.
        #"{"messages": [{\#(received), "author": {"type": "user"}}]}"#,
        #"{"messages": [{"id": "", \#(received)}]}"#,
        #"{"messages": [{"id": 5, \#(received)}]}"#,
        #"{"messages": [{"id": "a1"}]}"#,
        #"{"messages": [{"id": "a1", "received": "yesterday"}]}"#,
        #"{"messages": [{"id": "a1", "received": null}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": "someone"}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"type": 1}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"subtypes": "agent"}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"subtypes": ["agent", 2]}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"userId": ["u1"]}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"displayName": false}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"user": {"authenticated": "yes"}}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"user": {"authenticated": 1}}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "author": {"user": true}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": "hello"}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"type": 3}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"text": 3}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"textFallback": 3}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"text": "t", "mediaUrl": 3}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "source": "web"}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "source": {"type": 7}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "activity": {"type": []}}]}"#,
        #"{"messages": ["a1"]}"#,
        #"{"messages": {"id": "a1", \#(received)}}"#,
        #"{"messages": [], "messages": []}"#,
    ])
    func givesUpWhereTheTreeDecoderReportsAProblem(_ json: String) {
        #expect(treeMessages(json) == nil)
        #expect(fastMessages(json) == nil)
    }

    @Test(arguments: [
        // Shapes the tree decoder reads in its own way: v1 messages, buttons and forms, another record list,
        // a bare record or array, a number for a time.
        #"{"messages": [{"_id": "a1", \#(received), "role": "appUser", "authorId": "u1"}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"type": "text", "text": "t", "actions": [{"type": "link", "text": "Go", "uri": "https://x"}]}}]}"#,
        #"{"messages": [{"id": "a1", \#(received), "content": {"type": "formResponse", "fields": [{"type": "email", "email": "a@b.c"}]}}]}"#,
        #"{"messages": [], "conversations": [{"id": "c1"}]}"#,
        #"{"id": "a1", \#(received), "author": {"type": "user"}}"#,
        #"[{"id": "a1", \#(received), "author": {"type": "user"}}]"#,
        #"{"messages": [{"id": "a1", "received": 1767225600}]}"#,
    ])
    func leavesOtherShapesToTheTreeDecoder(_ json: String) {
        #expect(fastMessages(json) == nil)
    }

    @Test func loadingReadsMessagesFilesWithoutATreeAndOthersWithOne() throws {
        let messages = #"{"messages": [{"id": "a1", \#(Self.received), "content": {"text": "hi"}}]}"#
        let fast = ExportLoader.decode(Self.file(messages))
        #expect(fast.errors.isEmpty)
        #expect(bytes(fast.messages) == bytes(try #require(treeMessages(messages))))
        // Elsewhere than under conversations/<id>/ the folder names no conversation: the tree decoder reports it.
        let misplaced = ExportLoader.decode(
            SourceFile(displayPath: "messages.json", relativePath: "messages.json", bytes: Array(messages.utf8)))
        #expect(misplaced.messages.isEmpty)
        #expect(misplaced.errors.count == 1)
    }

    @Test func readsEveryGeneratedMessagesFileAsTheTreeDecoderDoes() throws {
        var read = 0
        try GeneratedMessagesFiles.each(users: 12, ticketsPerUser: 2, messagesPerTicket: 5) { path, json in
            let fast = try #require(fastMessages(json), "\(path)")
            #expect(bytes(fast) == bytes(try #require(treeMessages(json))), "\(path)")
            read += fast.count
        }
        #expect(read == 12 * 2 * 5)
    }
}
