import AgentViewCore
import Foundation
import Testing

/// Reading `snapshot.json` back: the sample round-trips, and a file that is not a snapshot says exactly why.
@Suite struct SnapshotDocumentTests {
    private func sampleJSON() throws -> String {
        Snapshot.json(of: AgentView(export: try SampleDiff.export.get()))
    }

    @Test func theSampleSnapshotReadsBackAsTheViewItWasWrittenFrom() throws {
        let written = try SnapshotText.read(try sampleJSON())
        let view = try SampleDiff.document()
        #expect(written == view)
        #expect(view.users.count == 29 && view.tickets.count == 136 && view.diagnostics.count == 32)
        // Users sort by key: the agent Ingrid (support:1840000000013, linked as an end user) comes first.
        #expect(view.users.first?.key.description == "support:1840000000013" && view.users.first?.staffRole == "agent")
        let amelia = try #require(view.users.first { $0.key.description == "support:1840000000101" })
        #expect(amelia.key.description == "support:1840000000101" && amelia.authenticatedVia == "jwt")
        #expect(amelia.profile.externalID == "nw-10001" && amelia.metadataVariables.authenticatedStatus == "true")
        #expect(amelia.tickets.map(\.reason) == ["within-cap", "email-channel"])
        #expect(view.settings.first == SnapshotSetting(name: "activeTicketCap", value: "100"))
        #expect(
            view.settings.contains(
                SnapshotSetting(name: "essentialsFields", value: #"["phone", "organization", "time-zone", "language"]"#)
            ))
    }

    @Test func aTruncatedSnapshotIsInvalidJSONAtItsEnd() throws {
        let json = try sampleJSON()
        let truncated = String(json.prefix(json.utf8.count / 2))
        let lines = truncated.split(separator: "\n", omittingEmptySubsequences: false)
        let error = try #require(SnapshotText.error(truncated))
        #expect(
            error.hasPrefix(
                "old/snapshot.json:\(lines.count):\(lines.last!.unicodeScalars.count + 1): error: invalid JSON: unexpected end of input inside "
            ))
        #expect(
            SnapshotText.error(#"{"schema": "agentview.snapshot/1", "users": ["#)
                == "old/snapshot.json:1:46: error: invalid JSON: unexpected end of input inside an array")
        #expect(SnapshotText.error("") == "old/snapshot.json:1:1: error: invalid JSON: the file is empty")
    }

    @Test func aWrongTypeNamesTheKeyPathLineAndColumn() throws {
        let json = try sampleJSON().replacingOccurrences(
            of: #""authenticated": true,"#, with: #""authenticated": "yes","#)
        #expect(
            SnapshotText.error(json)
                == "old/snapshot.json:31:24: error: expected a boolean at 'users[0].authenticated', found a string")
        let text = SnapshotText.document(users: [
            SnapshotText.user("support:1"), SnapshotText.user("support:2", fields: #", "tickets": [{"id": 5}]"#),
        ])
        #expect(
            SnapshotText.error(text)
                == "old/snapshot.json:6:473: error: expected a string at 'users[1].tickets[0].id', found a number")
    }

    @Test(arguments: [
        (
            #""x""#,
            "old/snapshot.json:2:13: error: not an AgentView snapshot: schema is 'x', expected 'agentview.snapshot/1'"
        ),
        (
            #""agentview.snapshot/2""#,
            "old/snapshot.json:2:13: error: not an AgentView snapshot: schema is 'agentview.snapshot/2', expected 'agentview.snapshot/1'"
        ),
        ("1", "old/snapshot.json:2:13: error: expected a string at 'schema', found a number"),
    ])
    func aWrongSchemaIsNotASnapshot(schema: String, message: String) {
        #expect(SnapshotText.error(SnapshotText.document(schema: schema)) == message)
    }

    @Test func aFileWithoutSchemaIsNotASnapshot() {
        #expect(
            SnapshotText.error(#"{"users": []}"#)
                == "old/snapshot.json:1:1: error: not an AgentView snapshot: no 'schema' key, expected 'agentview.snapshot/1'"
        )
        #expect(
            SnapshotText.error("[]") == "old/snapshot.json:1:1: error: expected an object at '(root)', found an array")
    }

    @Test(arguments: [
        (
            SnapshotText.user("support:1").replacingOccurrences(of: #""key": "support:1", "#, with: ""),
            "old/snapshot.json:5:5: error: missing required key 'users[0].key'"
        ),
        (
            SnapshotText.user("bob"),
            "old/snapshot.json:5:13: error: invalid value 'bob' at 'users[0].key': expected a user key such as 'support:123' or 'messaging:abc'"
        ),
        (
            SnapshotText.user(
                "support:1",
                fields:
                    #", "tickets": [{"id": "5", "status": "open", "active": true, "checkMark": true, "rank": 1.5, "reason": "within-cap"}]"#
            ),
            "old/snapshot.json:5:539: error: invalid value '1.5' at 'users[0].tickets[0].rank': expected a whole number"
        ),
        (
            SnapshotText.user("support:1", fields: #", "essentialsCard": null"#),
            "old/snapshot.json:5:472: error: expected an object at 'users[0].essentialsCard', found null"
        ),
    ])
    func aBrokenUserSaysWhichKey(user: String, message: String) {
        #expect(SnapshotText.error(SnapshotText.document(users: [user])) == message)
    }

    @Test func aRepeatedUserKeyOrTicketIDIsAnError() {
        let users = SnapshotText.document(users: [SnapshotText.user("support:1"), SnapshotText.user("support:1")])
        #expect(
            SnapshotText.error(users)
                == "old/snapshot.json:6:13: error: invalid value 'support:1' at 'users[1].key': expected a key no other user has"
        )
        let tickets = SnapshotText.document(tickets: [SnapshotText.ticket("5"), SnapshotText.ticket("5")])
        #expect(
            SnapshotText.error(tickets)
                == "old/snapshot.json:7:12: error: invalid value '5' at 'tickets[1].id': expected an id no other ticket has"
        )
    }

    /// A value an error quotes is cut as pages cut values: a hostile snapshot's huge key is not a huge line.
    @Test func anErrorQuotesALongValueCut() throws {
        let key = String(repeating: "b", count: 100_000)
        let error = try #require(SnapshotText.error(SnapshotText.document(users: [SnapshotText.user(key)])))
        #expect(error.utf8.count < 1_000, "\(error.utf8.count) bytes")
        #expect(
            error.hasPrefix("old/snapshot.json:5:13: error: invalid value '\(String(repeating: "b", count: 255))… (")
                && error.contains(" more bytes)' at 'users[0].key'"), "\(error.prefix(400))")
        let schema = try #require(SnapshotText.error(#"{"schema": "\#(key)"}"#))
        #expect(schema.utf8.count < 1_000 && schema.contains("more bytes"), "\(schema.prefix(400))")
    }

    @Test func anErrorLineIsEscapedForTheTerminalLikeALoadError() {
        // A snapshot is input: a control or bidirectional character in a value it quotes is shown escaped,
        // once, by the shared located error (the diff command prints it as it is).
        let users = SnapshotText.document(users: [SnapshotText.user(#"bob\u0007\u202e"#)])
        #expect(
            SnapshotText.error(users)
                == #"old/snapshot.json:5:13: error: invalid value 'bob\u{7}\u{202E}' at 'users[0].key': expected a user key such as 'support:123' or 'messaging:abc'"#
        )
        let load = LoadError(path: "a\u{7}.json", line: 1, column: 2, reason: .syntax("x", withoutInput: "x"))
        let snapshot = SnapshotError(path: "a\u{7}.json", line: 1, column: 2, reason: .syntax("x", withoutInput: "x"))
        #expect(load.description == #"a\u{7}.json:1:2: error: invalid JSON: x"#)
        #expect(snapshot.description == load.description)
    }

    @Test func unknownKeysAreIgnoredAndNullableKeysMayBeAbsent() throws {
        let ticket =
            #"{"id": "5", "page": "tickets/5.html", "status": "open", "checkMark": false, "messages": [], "future": {"x": 1}}"#
        let document = try SnapshotText.read(SnapshotText.document(tickets: [ticket]))
        #expect(document.tickets.first?.requester == nil && document.tickets.first?.reason == nil)
    }

    @Test func aMissingFileCannotBeRead() {
        #expect(throws: SnapshotError(path: "/nonexistent/snapshot.json", reason: .unreadable("no such file"))) {
            try SnapshotDocument(contentsOfFile: "/nonexistent/snapshot.json")
        }
        #expect(throws: SnapshotError(path: NSTemporaryDirectory(), reason: .unreadable("a folder, not a file"))) {
            try SnapshotDocument(contentsOfFile: NSTemporaryDirectory())
        }
    }

    @Test(
        "A page that is not a page of the rendered folder is refused, never turned into a link",
        arguments: [
            "javascript:alert(1)", "data:text/html,x", "../../../etc/passwd.html", "/etc/x.html", "users/../../x.html",
            "https://evil.example/users/x.html", "users/.hidden.html", "users/x.html?y", "index.html",
        ])
    func aHostilePageIsAnError(page: String) {
        let user = SnapshotText.user("support:1").replacingOccurrences(
            of: #""page": "users/x.html""#, with: #""page": "\#(page)""#)
        let message = SnapshotText.error(SnapshotText.document(users: [user]))
        #expect(
            message?.contains("expected a page inside the rendered folder, such as 'users/support-1.html'") == true,
            "\(message ?? "no error")")
    }
}
