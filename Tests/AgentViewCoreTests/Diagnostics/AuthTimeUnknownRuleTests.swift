import AgentViewCore
import Testing

/// docs/rules.md §5 rule 4: once per authenticated messaging user whose messages were marked without a known login time.
@Suite struct AuthTimeUnknownRuleTests {
    static let user = "697928a34e6f72746800000d"

    private func files(webhook: String? = nil) -> [String: String] {
        var files = [
            "zendesk/users.json": DiagnosticExport.supportUsers([
                #"{"id": 102, "name": "Diego Alvarez", "external_id": "nw-10002"}"#
            ]),
            "zendesk/tickets.json": DiagnosticExport.tickets([
                DiagnosticExport.ticket(5003, status: "pending", requester: 102, created: "2026-03-09T18:20:12Z")
            ]),
            "zendesk/tickets/5003/audits.json": DiagnosticExport.audits(ticket: 5003, conversation: "c-d"),
            "sunshine/users/d.json": DiagnosticExport.messagingUser(
                #"{"id": "\#(Self.user)", "externalId": "NW-10002", "authenticated": true}"#),
            "sunshine/conversations/c-d/messages.json": DiagnosticExport.messages([
                DiagnosticExport.text("m1", author: Self.user, at: "2026-03-09T18:20:11.448Z"),
                DiagnosticExport.text("m2", author: Self.user, at: "2026-03-09T18:33:02.276Z"),
            ]),
        ]
        if let webhook { files["sunshine/webhooks/update.json"] = webhook }
        return files
    }

    @Test func messagesMarkedWithoutALoginTimeFireOncePerUser() throws {
        let found = try DiagnosticExport.diagnostics("auth-time-unknown", in: files())
        #expect(found.map(\.severity) == [.note])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:102 | messaging user '697928a34e6f72746800000d' has 2 messages shown with the mark without a known login time"
            ])
    }

    @Test func aKnownLoginTimeStaysSilent() throws {
        let update = #"""
            {"app": {"id": "a"}, "webhook": {"id": "w"}, "events": [{"id": "e", "type": "user:update", "createdAt": "2026-03-09T18:00:00.000Z",
             "payload": {"user": {"id": "\#(Self.user)", "externalId": "NW-10002", "authenticated": true}, "reason": "authentication"}}]}
            """#
        #expect(try DiagnosticExport.diagnostics("auth-time-unknown", in: files(webhook: update)).isEmpty)
    }

    /// Web-form comments of an authenticated requester are not messaging messages: no login time is missing.
    @Test func commentsAreNotMessagingMessages() throws {
        let found = try DiagnosticExport.diagnostics(
            "auth-time-unknown",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([#"{"id": 112, "name": "Hannah Schultz"}"#]),
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(5014, status: "solved", requester: 112, channel: "web")
                ]),
                "zendesk/tickets/5014/comments.json":
                    #"{"comments": [{"id": 1, "author_id": 112, "body": "Hello", "public": true, "created_at": "2026-03-30T09:20:00Z"}]}"#,
                "sunshine/users/h.json": DiagnosticExport.messagingUser(
                    #"{"id": "69ca3e604e6f727468000019", "zendeskId": "112", "authenticated": true}"#),
            ])
        #expect(found.isEmpty)
    }
}
