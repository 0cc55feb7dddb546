import AgentViewCore
import Testing

/// Each kind of load error, on its exact message (STYLE.md "Errors and messages").
@Suite struct LoadErrorTests {
    @Test func malformedJSONReportsLineAndColumn() {
        let errors = Fixtures.loadErrors(["users.json": "{\n  \"users\": [\n    {\"id\": 1,}\n  ]\n}"])
        #expect(errors == ["export/users.json:3:13: error: invalid JSON: trailing comma before '}'"])
    }

    @Test func anNDJSONSyntaxErrorIsTheFilesOnlyError() {
        // Lines are decoded as they are read; a later line's syntax error still leaves the file with that error alone.
        let errors = Fixtures.loadErrors([
            "tickets.ndjson": "{\"id\": \"1\", \"status\": \"open\", \"requester_id\": 1}\n{\"id\": 2,}\n"
        ])
        #expect(errors == ["export/tickets.ndjson:2:9: error: invalid JSON: trailing comma before '}'"])
    }

    @Test func wrongTypeNamesTheKeyPathAndWhatWasFound() {
        let errors = Fixtures.loadErrors([
            "users.json": "{\"users\": [\n  {\"id\": 1},\n  {\"id\": 2, \"external_id\": 42}\n]}"
        ])
        #expect(
            errors == ["export/users.json:3:28: error: expected a string at 'users[1].external_id', found a number"])
    }

    @Test func aSupportIDMustBeAnInteger() {
        let errors = Fixtures.loadErrors([
            "tickets.json": #"{"tickets": [{"id": "12", "status": "open", "requester_id": 1}]}"#
        ])
        #expect(
            errors == ["export/tickets.json:1:21: error: expected an integer id at 'tickets[0].id', found a string"])
    }

    @Test func anUnrecognisedFileNamesItsKeysAndTheKnownShapes() throws {
        // A whole file in no known shape is skipped (unrecognised-file); a line of NDJSON is an error.
        let errors = Fixtures.loadErrors(["misc/data.ndjson": #"{"swagger": "2.0", "paths": {}}"#])
        let message = try #require(errors.first)
        #expect(
            message.hasPrefix(
                "export/misc/data.ndjson:1:1: error: unrecognised export file: saw top-level keys 'swagger', 'paths'; known shapes: Zendesk 'tickets'/'ticket' (ticket)"
            ))
    }

    @Test(arguments: [
        ("messages.json", #"{"messages": []}"#, "messages", "conversations/<conversationId>/messages.json"),
        ("x/conversations.json", #"{"conversations": []}"#, "conversations", "users/<userId>/conversations.json"),
        ("tickets/abc/comments.json", #"{"comments": []}"#, "comments", "tickets/<ticketId>/comments.json"),
        (
            "conversation_log.json", #"{"events": [{"id": "1", "reference": "zen:ticket_event:1"}]}"#,
            "conversation-log events", "tickets/<ticketId>/conversation_log.json"
        ),
    ])
    func aRecordWithoutParentSaysWhichFolderItBelongsIn(path: String, json: String, records: String, location: String) {
        #expect(
            Fixtures.loadErrors([path: json]) == [
                "export/\(path): error: \(records) carry no parent id: put this file at '\(location)'"
            ])
    }

    @Test func everyProblemOfEveryFileIsListed() {
        let errors = Fixtures.loadErrors([
            "a.json": "{",
            "b.json": #"{"users": [{"id": 1, "name": 5}, {"id": 2, "email": false}]}"#,
            "c.json": "",
        ])
        #expect(
            errors == [
                "export/a.json:1:2: error: invalid JSON: unexpected end of input inside an object",
                "export/b.json:1:30: error: expected a string at 'users[0].name', found a number",
                "export/b.json:1:53: error: expected a string at 'users[1].email', found a boolean",
                "export/c.json:1:1: error: invalid JSON: the file is empty",
            ])
    }

    @Test func anUnknownDateFormatIsAnError() {
        let errors = Fixtures.loadErrors([
            "t.json": #"{"tickets": [{"id": 1, "status": "open", "created_at": "07/04/2026"}]}"#
        ])
        #expect(
            errors == [
                "export/t.json:1:56: error: invalid value '07/04/2026' at 'tickets[0].created_at': expected an ISO 8601 date such as '2025-04-07T21:42:50Z'"
            ])
    }
}
