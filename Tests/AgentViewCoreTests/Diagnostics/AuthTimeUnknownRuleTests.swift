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
                "support:102 | messaging user '697928a34e6f72746800000d' has 2 messages shown with the mark without a known login time: no conversation:message webhook in the export carries them, nor any other message of this user; no user:update webhook with reason authentication names this user; no user:merge (sdkLogin) merged an anonymous user into this user"
            ])
        #expect(
            found.map(\.advice) == [
                "rule 4 marks every one of them, even one sent before login: add their conversation:message webhook deliveries (whose author.user.authenticated decides each message) or the user:update (reason authentication) of the login to the export to mark only messages sent after login"
            ])
    }

    @Test func aConversationLogMessageNamedByItsSupportAuthorOnlyRaisesTheNoteForThatUser() throws {
        var export = files()
        export["sunshine/conversations/c-d/messages.json"] = nil
        export["zendesk/tickets/5003/audits.json"] = nil
        export["zendesk/tickets/5003/conversation_log.json"] = #"""
            {"events": [{"id": "01AAA", "type": "Messaging::ConversationMessage", "created_at": "2026-03-09T18:21:00Z",
             "author": {"type": "user", "zen:support:user_id": 102, "display_name": "Diego Alvarez"},
             "content": {"type": "text", "text": "hi"}, "metadata": {"public": true}}]}
            """#
        let view = try Fixtures.view(export)
        let decisions = view.ticket("5003")?.messages.map(\.decision)
        #expect(decisions?.map(\.rule) == [.authenticationTimeUnknown] && decisions?.map(\.checkMark) == [true])
        let found = try DiagnosticExport.diagnostics("auth-time-unknown", in: export)
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:102 | 'support:102' has 1 message shown with the mark without a known login time: the export names the author of each by Support user id only (a conversation log's author, or a messaging ticket's comment), with no messaging user id, so no webhook or user:update can date them"
            ])
    }

    /// A `conversation:message` delivery of one message; `authenticated` nil leaves the flag out of its author.
    static func messageWebhook(_ id: String, at time: String, authenticated: Bool?) -> String {
        let flag = authenticated.map { #", "authenticated": \#($0)"# } ?? ""
        return #"""
            {"app": {"id": "a"}, "webhook": {"id": "w"}, "events": [{"id": "e-\#(id)", "type": "conversation:message", "createdAt": "\#(time)",
             "payload": {"conversation": {"id": "c-d", "type": "personal"}, "message": {"id": "\#(id)", "received": "\#(time)",
             "author": {"type": "user", "userId": "\#(user)", "user": {"id": "\#(user)"\#(flag)}}, "content": {"type": "text", "text": "hi"}, "source": {"type": "ios"}}}}]}
            """#
    }

    /// The message says which evidence the export holds and why it did not decide, never that it is absent.
    @Test func theMessageNamesTheEvidenceThatExists() throws {
        let prefix =
            "messaging user '697928a34e6f72746800000d' has 1 message shown with the mark without a known login time: "
        let rest =
            "; no user:update webhook with reason authentication names this user; no user:merge (sdkLogin) merged an anonymous user into this user"
        let decided = try DiagnosticExport.diagnostics(
            "auth-time-unknown",
            in: files(webhook: Self.messageWebhook("m1", at: "2026-03-09T18:20:11.448Z", authenticated: true)))
        #expect(
            decided.map(\.message) == [
                prefix
                    + "no conversation:message webhook in the export carries it (webhooks decide 1 other message of this user, not these)"
                    + rest
            ])
        var twoFiles = files(webhook: Self.messageWebhook("m1", at: "2026-03-09T18:20:11.448Z", authenticated: nil))
        twoFiles["sunshine/webhooks/m2.json"] = Self.messageWebhook(
            "m2", at: "2026-03-09T18:33:02.276Z", authenticated: nil)
        #expect(
            try DiagnosticExport.diagnostics("auth-time-unknown", in: twoFiles).map(\.message) == [
                "messaging user '697928a34e6f72746800000d' has 2 messages shown with the mark without a known login time: their conversation:message webhooks carry no author.user.authenticated flag"
                    + rest
            ])
        let oneFlagless = try DiagnosticExport.diagnostics(
            "auth-time-unknown",
            in: files(webhook: Self.messageWebhook("m1", at: "2026-03-09T18:20:11.448Z", authenticated: nil)))
        #expect(
            oneFlagless.map(\.message) == [
                "messaging user '697928a34e6f72746800000d' has 2 messages shown with the mark without a known login time: 1 of them has no conversation:message webhook in the export and the webhook of the other carries no author.user.authenticated flag"
                    + rest
            ])
    }

    /// An update without a time and a login merge the user survived are named, with why neither dated the messages.
    @Test func anUntimedUpdateAndASurvivedMergeAreNamed() throws {
        var files = files(
            webhook: #"""
                {"app": {"id": "a"}, "webhook": {"id": "w"}, "events": [{"id": "e", "type": "user:update",
                 "payload": {"user": {"id": "\#(Self.user)", "externalId": "NW-10002", "authenticated": true}, "reason": "authentication"}}]}
                """#)
        files["sunshine/webhooks/merge.json"] = DiagnosticExport.loginMerge(
            surviving: Self.user, discarded: "anon", at: "2026-03-09T18:30:00.000Z")
        #expect(
            try DiagnosticExport.diagnostics("auth-time-unknown", in: files).map(\.message) == [
                "messaging user '697928a34e6f72746800000d' has 2 messages shown with the mark without a known login time: no conversation:message webhook in the export carries them, nor any other message of this user; its user:update webhook with reason authentication carries no time; the user:merge (sdkLogin) of anonymous user 'anon' at 2026-03-09T18:30:00.000Z into this user dates only that anonymous user's messages, since this user was authenticated before it"
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
