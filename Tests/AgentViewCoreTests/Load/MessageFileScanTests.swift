import Testing

@testable import AgentViewCore

/// The scan a shard makes of a messages file it drops (docs/rules.md §11 rule 10) reads each message's id
/// and end-user author exactly as the decoder does, and gives up on any file the decoder might read otherwise.
@Suite struct MessageFileScanTests {
    private static let path = "messaging/conversations/c1/messages.json"

    /// What the decoder reads of a file's messages, as the scan gives it; nil when it reports a problem.
    private func decoded(_ json: String) -> [MessageFileScan.Entry]? {
        let fragment = ExportLoader.decodeTree(
            SourceFile(displayPath: Self.path, relativePath: Self.path, bytes: Array(json.utf8)))
        guard fragment.errors.isEmpty, !fragment.isUnrecognised else { return nil }
        return fragment.messages.map { .init(id: $0.id, endUserAuthor: $0.isFromEndUser ? $0.authorUserID : nil) }
    }

    private static let received = #""received": "2026-01-01T00:00:00Z""#

    @Test(arguments: [
        #"{"messages": [{"id": "m1", \#(received), "author": {"type": "user", "userId": "u1"}}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "author": {"type": "business", "userId": "u1"}}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "author": null}, {"id": "m2", \#(received), "author": {}}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "author": {"type": null, "userId": null, "subtypes": ["a"]}}]}"#,
        // The last of a repeated key is the one read.
        #"{"messages": [{"id": "m0", "id": "m1", \#(received), "author": {"type": "business"}, "author": {"type": "user", "userId": "u2"}}]}"#,
        // v1 messages: `_id`, `role`, `authorId`.
        #"{"messages": [{"_id": "m1", \#(received), "role": "appUser", "authorId": "u1"}, {"_id": "m2", \#(received), "role": "appMaker", "authorId": 5}]}"#,
        #"{"messages": [{"_id": "m1", \#(received), "role": null}, {"_id": "m0", "id": "m2", \#(received), "author": {"type": "user"}}]}"#,
        // Ids compared by their bytes: a decomposed é is escaped as the decoder escapes it.
        "{\"messages\": [{\"id\": \"me\u{301}\", \(received), \"author\": {\"type\": \"user\", \"userId\": \"\u{C5}\"}}]}",
        // Keys that are no record list are stepped over, content included.
        #"{"meta": {"hasMore": false, "n": [1, -2.5e+3, true, null]}, "messages": [{"id": "m1", \#(received), "content": {"type": "text", "text": "a \"quoted\" \\ \u00e9 text"}, "author": {"type": "user", "userId": "u1"}}]}"#,
        #"{"messages": null}"#,
        " {\"messages\": [ ]}\n",
    ])
    func scanReadsWhatTheDecoderReads(_ json: String) throws {
        let expected = try #require(decoded(json))
        #expect(MessageFileScan.entries(in: Array(json.utf8)) == expected)
    }

    @Test(arguments: [
        // Syntax the parser refuses.
        #"{"messages": [{"id": "m1", \#(received)},]}"#,
        #"{"messages": [{"id": "m1", \#(received)}]"#,
        #"{"messages": [{"id": "m1", \#(received), "x": "a\qb"}]}"#,
        "{\"messages\": [{\"id\": \"m1\", \(received), \"x\": \"a\u{1}b\"}]}",
        #"{"messages": [{"id": "m1", \#(received), "x": 01}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "x": tru}]}"#,
        #"{"messages": []} {}"#,
        #"{"messages": [{"id": "m1", \#(received), "x": "\uD800"}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "x": "a\udfff"}]}"#,
        // Problems the decoder reports about the fields the scan reads.
        #"{"messages": [{\#(received), "author": {"type": "user"}}]}"#,
        #"{"messages": [{"id": "", \#(received)}]}"#,
        #"{"messages": [{"id": 5, \#(received)}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "author": "someone"}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "author": {"type": 1}}]}"#,
        #"{"messages": [{"id": "m1", \#(received), "author": {"type": "user", "userId": ["u1"]}}]}"#,
        #"{"messages": [{"_id": "m1", \#(received), "role": "appUser", "authorId": 5}]}"#,
        #"{"messages": ["m1"]}"#,
        #"{"messages": {"id": "m1", \#(received)}}"#,
        #"{"messages": [], "messages": []}"#,
    ])
    func scanGivesUpWhereTheDecoderReportsAProblem(_ json: String) {
        #expect(decoded(json) == nil)
        #expect(MessageFileScan.entries(in: Array(json.utf8)) == nil)
    }

    @Test(arguments: [
        // Other shapes the decoder reads in its own way: another record list, a bare record, a bare array,
        // an escaped key or id, a byte order mark.
        #"{"messages": [], "conversations": [{"id": "c1"}]}"#,
        #"{"id": "m1", \#(received), "author": {"type": "user"}}"#,
        #"[{"id": "m1", \#(received), "author": {"type": "user"}}]"#,
        #"{"messages": [{"\u0069d": "m1", \#(received)}]}"#,
        #"{"messages": [{"id": "m\u0031", \#(received)}]}"#,
        "\u{FEFF}{\"messages\": []}",
        // A surrogate pair, which the parser reads: the scan leaves every surrogate escape to it.
        #"{"messages": [{"id": "m1", \#(received), "x": "\uD83D\uDE00"}]}"#,
    ])
    func scanLeavesOtherShapesToTheDecoder(_ json: String) {
        #expect(MessageFileScan.entries(in: Array(json.utf8)) == nil)
    }

    /// Strings are stepped over eight bytes at a time: a quote, an escape, a control character or a byte
    /// outside ASCII is found wherever it falls in a word, in a key, a skipped text or an id.
    @Test(arguments: [#"\""#, #"\\"#, #"\u00e9"#, "\u{E9}", "\u{1F600}", "\u{7F}", "\u{1}", "\t"])
    func scanFindsEveryByteThatEndsOrEscapesAString(_ inserted: String) {
        for offset in 0...17 {
            let text = String(repeating: "x", count: offset) + inserted + String(repeating: "y", count: 17 - offset)
            for json in [
                #"{"messages": [{"id": "m1", \#(Self.received), "text": "\#(text)"}]}"#,
                #"{"messages": [{"id": "m\#(text)", \#(Self.received)}]}"#,
                #"{"messages": [{"id": "m1", "\#(text)": 1, \#(Self.received)}]}"#,
            ] {
                let expected = decoded(json)
                let scanned = MessageFileScan.entries(in: Array(json.utf8))
                // The scan may leave a file to the decoder, never read it otherwise.
                #expect(scanned == nil || scanned == expected, "\(json)")
                if expected == nil { #expect(scanned == nil, "\(json)") }
            }
        }
    }

    @Test func scanReadsEveryGeneratedMessagesFileAsTheDecoderDoes() throws {
        var scanned = 0
        try GeneratedMessagesFiles.each(users: 12, ticketsPerUser: 2, messagesPerTicket: 5) { path, json in
            let entries = try #require(MessageFileScan.entries(in: Array(json.utf8)))
            #expect(entries == decoded(json), "\(path)")
            scanned += entries.count
        }
        #expect(scanned == 12 * 2 * 5)
    }
}
