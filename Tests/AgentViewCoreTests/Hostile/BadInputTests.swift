import AgentViewCore
import Foundation
import Testing

/// Bad input gets an error naming the file and the place, or loads without losing anything; a data
/// problem that still allows rendering is a diagnostic instead (STYLE.md "Errors and messages").
@Suite("Bad input: exact errors and what still loads")
struct BadInputTests {
    /// One broken export and every line the loader must print for it.
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var files: [String: [UInt8]]
        var expected: [String]

        init(_ description: String, _ files: [String: [UInt8]], _ expected: [String]) {
            testDescription = description
            self.files = files
            self.expected = expected
        }

        init(_ description: String, _ path: String, _ text: String, _ expected: String) {
            self.init(description, [path: Array(text.utf8)], [expected])
        }
    }

    /// Where Support users and tickets live in an export.
    static let users = "zendesk/users.json"
    /// See `users`.
    static let tickets = "zendesk/tickets.json"
    /// UTF-8 bytes of text.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
    /// A users file whose only user's name starts with `raw` bytes, followed by `after`.
    static func name(_ raw: [UInt8], after: String = #""}]}"#) -> [String: [UInt8]] {
        [users: bytes(#"{"users": [{"id": 1, "name": ""#) + raw + bytes(after)]
    }
    /// A tickets file whose ticket has `value` (JSON text) as its `created_at`.
    static func createdAt(_ value: String) -> String {
        #"{"tickets": [{"id": 1, "status": "open", "created_at": \#(value)}]}"#
    }

    /// Files that are not JSON, or not JSON the loader accepts.
    static let syntax: [Case] = [
        Case(
            "truncated inside a string", users, #"{"users": [{"id": 1, "name": "A"#,
            "export/zendesk/users.json:1:32: error: invalid JSON: unexpected end of input inside a string"),
        Case(
            "truncated after a comma", users, #"{"users": [{"id": 1},"#,
            "export/zendesk/users.json:1:22: error: invalid JSON: unexpected end of input inside an array"),
        Case(
            "truncated after a number", users, #"{"users": [{"id": 1"#,
            "export/zendesk/users.json:1:20: error: invalid JSON: unexpected end of input inside an object"),
        Case(
            "an NDJSON file cut mid-line", ["t.ndjson": bytes("{\"id\": 1, \"name\": \"A\"}\n{\"id\": 2, \"na")],
            ["export/t.ndjson:2:14: error: invalid JSON: unexpected end of input inside a string"]),
        Case(
            "a trailing comma in an array", users, #"{"users": [{"id": 1},]}"#,
            "export/zendesk/users.json:1:21: error: invalid JSON: trailing comma before ']'"),
        Case(
            "a trailing comma in an object", users, #"{"users": [{"id": 1,}]}"#,
            "export/zendesk/users.json:1:20: error: invalid JSON: trailing comma before '}'"),
        Case(
            "NaN", users, #"{"users": [{"id": NaN}]}"#,
            "export/zendesk/users.json:1:19: error: invalid JSON: 'NaN' is not valid JSON"),
        Case(
            "Infinity", tickets, createdAt("Infinity"),
            "export/zendesk/tickets.json:1:56: error: invalid JSON: 'Infinity' is not valid JSON"),
        Case(
            "-Infinity", tickets, createdAt("-Infinity"),
            "export/zendesk/tickets.json:1:56: error: invalid JSON: '-Infinity' is not valid JSON"),
        Case(
            "single quotes", users, "{'users': []}",
            "export/zendesk/users.json:1:2: error: invalid JSON: strings must be in double quotes, not single quotes"),
        Case(
            "a comment", users, "// export\n{\"users\": []}",
            "export/zendesk/users.json:1:1: error: invalid JSON: comments are not valid JSON"),
        Case(
            "invalid UTF-8: a stray 0xFF", name([0xFF]),
            ["export/zendesk/users.json:1:31: error: invalid JSON: invalid UTF-8 byte 0xff"]),
        Case(
            "invalid UTF-8: Latin-1 text", name(bytes("Jos") + [0xE9]),
            ["export/zendesk/users.json:1:34: error: invalid JSON: invalid UTF-8 byte 0xe9"]),
        Case(
            "invalid UTF-8: an overlong '/'", name([0xC0, 0xAF]),
            ["export/zendesk/users.json:1:31: error: invalid JSON: invalid UTF-8 byte 0xc0"]),
        Case(
            "invalid UTF-8: an encoded surrogate", name([0xED, 0xA0, 0x80]),
            ["export/zendesk/users.json:1:31: error: invalid JSON: invalid UTF-8 byte 0xed"]),
        Case(
            "invalid UTF-8: cut mid-character", name([0xE2, 0x82], after: ""),
            ["export/zendesk/users.json:1:32: error: invalid JSON: unexpected end of input inside a string"]),
        Case(
            "UTF-16", [users: [0xFF, 0xFE] + Array("{}".utf16.flatMap { [UInt8($0), 0] })],
            ["export/zendesk/users.json:1:1: error: invalid JSON: invalid UTF-8 byte 0xff"]),
        Case("an empty file", users, "", "export/zendesk/users.json:1:1: error: invalid JSON: the file is empty"),
        Case(
            "only whitespace", users, "  \n\t ", "export/zendesk/users.json:2:3: error: invalid JSON: the file is empty"
        ),
        Case(
            "only a byte order mark", [users: [0xEF, 0xBB, 0xBF]],
            ["export/zendesk/users.json:1:1: error: invalid JSON: the file is empty"]),
        Case(
            "nesting 10,000 deep", "deep.json", String(repeating: "[", count: 10_000),
            "export/deep.json:1:513: error: invalid JSON: nesting deeper than 512 levels"),
        Case(
            "nesting 10,000 deep inside a record", users,
            #"{"users": [{"id": 1, "x": "# + String(repeating: "[", count: 10_000),
            "export/zendesk/users.json:1:536: error: invalid JSON: nesting deeper than 512 levels"),
        Case(
            "nesting 10,000 deep on an NDJSON line", "deep.ndjson",
            "{\"id\": 1, \"name\": \"A\"}\n" + String(repeating: #"{"a":"#, count: 10_000),
            "export/deep.ndjson:2:2561: error: invalid JSON: nesting deeper than 512 levels"),
    ]

    @Test("A syntax error names the file, line and column", arguments: syntax)
    func syntaxErrors(_ testCase: Case) {
        #expect(loadErrors(testCase.files) == testCase.expected)
    }

    /// Valid JSON whose values have the wrong type or form.
    static let values: [Case] =
        [
            Case(
                "a Support id as a string", users, #"{"users": [{"id": "1840000000101", "name": "A"}]}"#,
                "export/zendesk/users.json:1:19: error: expected an integer id at 'users[0].id', found a string"),
            Case(
                "a Support id as a boolean", users, #"{"users": [{"id": true, "name": "A"}]}"#,
                "export/zendesk/users.json:1:19: error: expected an integer id at 'users[0].id', found a boolean"),
            Case(
                "a Support id with a fraction", users, #"{"users": [{"id": 1.5, "name": "A"}]}"#,
                "export/zendesk/users.json:1:19: error: invalid value '1.5' at 'users[0].id': expected an integer id up to 9223372036854775807"
            ),
            Case(
                "a Support id in exponent form", users, #"{"users": [{"id": 1e3, "name": "A"}]}"#,
                "export/zendesk/users.json:1:19: error: invalid value '1e3' at 'users[0].id': expected an integer id up to 9223372036854775807"
            ),
            Case(
                "a Support id past Int64", users, #"{"users": [{"id": 99999999999999999999, "name": "A"}]}"#,
                "export/zendesk/users.json:1:19: error: invalid value '99999999999999999999' at 'users[0].id': expected an integer id up to 9223372036854775807"
            ),
            Case(
                "a requester id as a string", tickets,
                #"{"tickets": [{"id": 1, "status": "open", "requester_id": "7"}]}"#,
                "export/zendesk/tickets.json:1:58: error: expected an integer id at 'tickets[0].requester_id', found a string"
            ),
            // Only messaging keys: a messaging user whose id has the wrong type, not a Support user losing its externalId.
            Case(
                "a messaging id as a number", "sunshine/u.json",
                #"{"user": {"id": 5, "externalId": "x", "authenticated": true}}"#,
                "export/sunshine/u.json:1:17: error: expected a string at 'user.id', found a number"),
            Case(
                "a messaging id as an object", "sunshine/u.json",
                #"{"user": {"id": {"$oid": "x"}, "externalId": "x"}}"#,
                "export/sunshine/u.json:1:17: error: expected a string at 'user.id', found an object"),
            Case(
                "an empty messaging id", "sunshine/u.json", #"{"user": {"id": "", "externalId": "x"}}"#,
                "export/sunshine/u.json:1:17: error: invalid value '' at 'user.id': expected a non-empty id"),
            Case(
                "a date as a boolean", tickets, createdAt("true"),
                "export/zendesk/tickets.json:1:56: error: expected a date at 'tickets[0].created_at', found a boolean"),
            Case(
                "an epoch out of range", tickets, createdAt("1e300"),
                "export/zendesk/tickets.json:1:56: error: invalid value '1e300' at 'tickets[0].created_at': expected epoch seconds or milliseconds"
            ),
            Case(
                "an epoch too large for a double", tickets, createdAt("1e999"),
                "export/zendesk/tickets.json:1:56: error: invalid value '1e999' at 'tickets[0].created_at': expected epoch seconds or milliseconds"
            ),
            Case(
                "a list key given twice", users, #"{"users": [{"id": 1}], "users": [{"id": 2}]}"#,
                "export/zendesk/users.json:1:24: error: the key 'users' appears twice in one object: one of its two lists would be silently lost; merge them into one"
            ),
        ]
        + [
            "2026-04-07", "2026-04-07T21:42:50", "2026-04-07T21:42:50+0200", "yesterday", "", "2026-02-30T10:00:00Z",
            "2026-04-07T24:00:00Z", "2026-04-07T21:42:50.1234567890Z", "Mon, 07 Apr 2026 21:42:50 GMT",
            "١٢٣٤-04-07T21:42:50Z",
        ].map { date in
            Case(
                "the date '\(date)'", tickets, createdAt("\"\(date)\""),
                "export/zendesk/tickets.json:1:56: error: invalid value '\(date)' at 'tickets[0].created_at': expected an ISO 8601 date such as '2025-04-07T21:42:50Z'"
            )
        }

    @Test("A value of the wrong type or form names its key path", arguments: values)
    func valueErrors(_ testCase: Case) {
        #expect(loadErrors(testCase.files) == testCase.expected)
    }

    @Test("A quoted value cannot drive the terminal, turn the line around or flood it")
    func quotedValuesAreInert() {
        let errors = loadErrors([
            Self.tickets: Self.bytes(Self.createdAt("\"\\u001b[2J\u{202E}\(String(repeating: "x", count: 200))\""))
        ])
        let shown = #"\u{1B}[2J\u{202E}"# + String(repeating: "x", count: 75) + "…"
        #expect(
            errors == [
                "export/zendesk/tickets.json:1:56: error: invalid value '\(shown)' at 'tickets[0].created_at': expected an ISO 8601 date such as '2025-04-07T21:42:50Z'"
            ])
        #expect(!errors.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let keys = (1...12).map { #""k\#($0)\u0007": 1"# }.joined(separator: ", ")
        let shape = loadErrors(["misc.ndjson": Self.bytes("{\(keys)}")])
        #expect(
            shape.first?.hasPrefix(
                #"export/misc.ndjson:1:1: error: unrecognised export file: saw top-level keys 'k1\u{7}', 'k2\u{7}', 'k3\u{7}', 'k4\u{7}', 'k5\u{7}', 'k6\u{7}', 'k7\u{7}', 'k8\u{7}', 'k9\u{7}', 'k10\u{7}' and 2 more; known shapes: "#
            ) == true)
    }

    @Test("Every broken file is listed, in path order, each at its place")
    func everyFileIsListed() {
        let errors = loadErrors([
            "a.json": Self.bytes("{"),
            "b/c.json": Self.bytes("[1, 2]"),
            "d.ndjson": Self.bytes("{\"id\": 1, \"name\": \"A\"}\nnope\n"),
            "e.json": Self.bytes(#"{"users": [{"id": 1, "name": "fine"}]}"#),
        ])
        #expect(
            errors == [
                "export/a.json:1:2: error: invalid JSON: unexpected end of input inside an object",
                "export/b/c.json:1:2: error: expected an object at '[0]', found a number",
                "export/b/c.json:1:5: error: expected an object at '[1]', found a number",
                "export/d.ndjson:2:1: error: invalid JSON: 'nope' is not valid JSON",
            ])
    }

    // MARK: - What loads

    @Test("A byte order mark is skipped silently, in JSON and NDJSON")
    func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let export = try load([
            Self.users: bom + Self.bytes(#"{"users": [{"id": 1, "name": "A"}]}"#),
            "more.ndjson": bom + Self.bytes("{\"id\": 2, \"name\": \"B\"}\n{\"id\": 3, \"name\": \"C\"}\n"),
        ])
        #expect(export.supportUsers.map(\.name) == ["A", "B", "C"])
    }

    @Test("An empty NDJSON file holds no records, which is no error")
    func emptyNDJSON() throws {
        let export = try load(["empty.ndjson": [], Self.users: Self.bytes(#"{"users": [{"id": 1, "name": "A"}]}"#)])
        #expect(export.supportUsers.count == 1)
    }

    @Test("A 50 MB string loads whole")
    func fiftyMegabyteString() throws {
        let long = String(repeating: "x", count: 50_000_000)
        let export = try load([Self.users: Self.bytes(#"{"users": [{"id": 1, "name": ""# + long + #""}]}"#)])
        #expect(export.supportUsers.first?.name?.utf8.count == 50_000_000)
    }

    @Test("Deep nesting within the limit, under a key nobody reads, loads")
    func deepButAllowed() throws {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let export = try load([Self.users: Self.bytes(#"{"users": [{"id": 1, "name": "A", "x": \#(deep)}]}"#)])
        #expect(export.supportUsers.map(\.name) == ["A"])
    }

    @Test("A repeated key: the last one wins, as in every mainstream JSON reader")
    func repeatedKey() throws {
        let export = try load([Self.users: Self.bytes(#"{"users": [{"id": 1, "name": "First", "name": "Second"}]}"#)])
        #expect(export.supportUsers.map(\.name) == ["Second"])
    }

    /// `load(directory:)` decodes on Dispatch workers, whose stacks are small: the deepest input must be an
    /// error there too, and the deepest allowed tree must be built, compared and freed without overflowing.
    @Test("Deep nesting read from a folder by worker threads is an error, not a crash")
    func deepNestingOnWorkerThreads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agentview-deep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // With the envelope's object, array and record, 509 more levels reach the limit of 512 exactly.
        let allowed = String(repeating: #"{"a":"#, count: 509) + "1" + String(repeating: "}", count: 509)
        for index in 0..<8 {
            try Data((#"{"users": [{"id": \#(index), "x": \#(allowed)}]}"#).utf8).write(
                to: folder.appendingPathComponent("ok\(index).json"))
        }
        try Data(String(repeating: "[", count: 1_000_000).utf8).write(to: folder.appendingPathComponent("deep.json"))
        do {
            _ = try ExportLoader().load(directory: folder.path)
            Issue.record("expected the deep file to fail")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "\(folder.path)/deep.json:1:513: error: invalid JSON: nesting deeper than 512 levels"
                ])
        }
    }

    // MARK: - Data problems that still render

    @Test("A requester not in the export renders, with link-target-missing")
    func requesterNotInTheExport() throws {
        let view = try Fixtures.view([
            Self.tickets:
                #"{"tickets": [{"id": 1, "status": "open", "requester_id": 7, "via": {"channel": "native_messaging"}}]}"#
        ])
        #expect(view.tickets.map(\.ticket.id) == ["1"])
        #expect(
            view.diagnostics.map { "\($0.code) \($0.subject) | \($0.message)" } == [
                "link-target-missing ticket:1 | ticket 1 names requester '7', who is not in the export"
            ])
    }

    @Test(
        "A ticket without requester_id, or with a null one, renders with link-target-missing",
        arguments: [
            #"{"id": 1, "status": "open", "via": {"channel": "chat"}}"#,
            #"{"id": 1, "status": "open", "requester_id": null, "via": {"channel": "chat"}}"#,
        ])
    func ticketWithoutRequester(ticket: String) throws {
        let view = try Fixtures.view([Self.tickets: #"{"tickets": [\#(ticket)]}"#])
        #expect(view.tickets.map(\.ticket.id) == ["1"])
        #expect(view.tickets.first?.requester == nil)
        #expect(
            view.diagnostics.map { "\($0.code) \($0.subject) | \($0.message)" } == [
                "link-target-missing ticket:1 | ticket 1 has no requester_id, so it names no requester: it belongs to no user's page and carries no check mark"
            ])
    }

    @Test("A ticket whose requester is in the export raises no link-target-missing")
    func ticketWithRequester() throws {
        let view = try Fixtures.view([
            Self.tickets:
                #"{"tickets": [{"id": 1, "status": "open", "requester_id": 7, "via": {"channel": "native_messaging"}}]}"#,
            "zendesk/users.json": #"{"users": [{"id": 7, "name": "Ann"}]}"#,
        ])
        #expect(view.diagnostics.map(\.code) == [])
    }

    @Test("A duplicate id renders the later copy, with duplicate-record")
    func duplicateID() throws {
        let view = try Fixtures.view([
            "zendesk/users.json": #"{"users": [{"id": 1, "name": "Current"}]}"#,
            "zendesk/old/users.json": #"{"users": [{"id": 1, "name": "Stale"}]}"#,
        ])
        #expect(view.users.compactMap(\.supportUser?.name) == ["Current"])
        #expect(
            view.diagnostics.map { "\($0.code) \($0.subject) | \($0.message) | \($0.advice)" } == [
                "duplicate-record support:1 | support user '1' appears in 'zendesk/old/users.json' and 'zendesk/users.json'; the copy in 'zendesk/users.json' is used | remove the stale copy from the export"
            ])
    }

    // MARK: - Helpers

    private func load(_ files: [String: [UInt8]]) throws -> Export {
        try ExportLoader().load(files: files.map { ($0.key, $0.value) })
    }

    /// The printed errors of in-memory files; records an issue when they load.
    private func loadErrors(_ files: [String: [UInt8]], sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try load(files)
            Issue.record("expected the export to fail loading", sourceLocation: sourceLocation)
            return []
        } catch let failure as LoadFailure {
            return failure.errors.map(\.description)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
            return []
        }
    }
}
