import AgentViewCore
import Testing

/// docs/rules.md §3 rules 2 and 5: a user's stated `authenticated` comes from its user record (REST user,
/// `appUser`, the latest `user:update`), never from a message webhook's author, which is a fact about
/// that one message (§5 rule 1).
@Suite struct StatedAuthenticationTests {
    static let userID = "6a0000000000000000000001"

    /// A webhook delivery of one event.
    static func webhook(_ id: String, _ type: String, at time: String, payload: String) -> String {
        #"""
        {"app": {"id": "app"}, "webhook": {"id": "hook", "version": "v2"}, "events": [{"id": "\#(id)", "createdAt": "\#(time)", "type": "\#(type)", "payload": \#(payload)}]}
        """#
    }

    /// A `conversation:message` whose author says whether it was authenticated when sending.
    static func message(_ id: String, at time: String, authenticated: Bool) -> String {
        webhook(
            "event-\(id)", "conversation:message", at: time,
            payload: #"""
                {"conversation": {"id": "c1"}, "message": {"id": "\#(id)", "received": "\#(time)", "author": {"type": "user", "userId": "\#(userID)", "user": {"id": "\#(userID)", "authenticated": \#(authenticated)}}, "content": {"type": "text", "text": "hi"}}}
                """#)
    }

    /// A `user:update` stating the flag.
    static func update(_ id: String, at time: String, authenticated: Bool) -> String {
        webhook(
            id, "user:update", at: time,
            payload: #"{"user": {"id": "\#(userID)", "externalId": "ext-1", "authenticated": \#(authenticated)}}"#)
    }

    static let support = DiagnosticExport.supportUsers([#"{"id": 1, "name": "Ann Lee", "external_id": "ext-1"}"#])

    /// The bug of issue 13: a pre-login message's `false` made an external-ID user unauthenticated and
    /// raised a false contradiction.
    @Test func aPreLoginMessageLeavesTheUserRecordAlone() throws {
        let export = try Fixtures.load([
            "zendesk/users.json": Self.support,
            "sunshine/users/a.json": DiagnosticExport.messagingUser(
                #"{"id": "\#(Self.userID)", "externalId": "ext-1"}"#),
            "webhooks/1.json": Self.message("m1", at: "2026-05-01T09:00:00Z", authenticated: false),
        ])
        let view = AgentView(export: export)
        let user = try #require(view.user(UserKey(.support, "1")))
        #expect(user.isAuthenticated && user.authenticationMethod == .jwt)
        #expect(user.messagingUsers.first?.authentication.source == .derived)
        #expect(user.messagingUsers.first?.user.statedAuthenticated == nil)
        #expect(!view.diagnostics.map(\.code).contains("auth-flag-contradiction"))
        // The message's flag still decides that message (§5 rule 1).
        let message = try #require(export.messages.first { $0.id == "m1" })
        #expect(message.authorAuthenticatedAtSend == false)
    }

    /// The latest `user:update` states the flag, whatever a later message webhook's author says.
    @Test func theLatestUserUpdateWins() throws {
        let view = try Fixtures.view([
            "zendesk/users.json": Self.support,
            "webhooks/1.json": Self.update("u1", at: "2026-05-01T09:00:00Z", authenticated: false),
            "webhooks/2.json": Self.update("u2", at: "2026-05-01T10:00:00Z", authenticated: true),
            "webhooks/3.json": Self.message("m1", at: "2026-05-01T11:00:00Z", authenticated: false),
        ])
        let linked = try #require(view.user(UserKey(.support, "1"))?.messagingUsers.first)
        #expect(linked.user.statedAuthenticated == true && linked.authentication.source == .stated)
        #expect(linked.authentication.isAuthenticated)
        #expect(!view.diagnostics.map(\.code).contains("auth-flag-contradiction"))
    }

    /// The user a later `conversation:create` or `user:merge` carries is that event's copy: its flag is not
    /// the user record's, so the latest `user:update` still states it.
    @Test func aConversationCreateOrUserMergeDoesNotStateTheFlag() throws {
        let create = Self.webhook(
            "c1", "conversation:create", at: "2026-05-01T11:00:00Z",
            payload:
                #"{"conversation": {"id": "c1", "type": "personal"}, "user": {"id": "\#(Self.userID)", "authenticated": false}, "creationReason": "message"}"#
        )
        let merge = Self.webhook(
            "g1", "user:merge", at: "2026-05-01T12:00:00Z",
            payload:
                #"{"mergedUsers": {"surviving": {"id": "\#(Self.userID)", "authenticated": false}, "discarded": {"id": "6a0000000000000000000002"}}, "reason": "api"}"#
        )
        for later in [create, merge] {
            let view = try Fixtures.view([
                "zendesk/users.json": Self.support,
                "webhooks/1.json": Self.update("u1", at: "2026-05-01T10:00:00Z", authenticated: true),
                "webhooks/2.json": later,
            ])
            let linked = try #require(view.user(UserKey(.support, "1"))?.messagingUsers.first)
            #expect(linked.user.statedAuthenticated == true && linked.authentication.isAuthenticated)
            #expect(!view.diagnostics.map(\.code).contains("auth-flag-contradiction"))
        }
    }

    /// A `user:update` is a user record: when it is the latest and says `false` against an external ID, the
    /// flag wins and the contradiction is reported.
    @Test func aLatestUserUpdateSayingFalseIsStated() throws {
        let view = try Fixtures.view([
            "zendesk/users.json": Self.support,
            "webhooks/1.json": Self.update("u1", at: "2026-05-01T09:00:00Z", authenticated: true),
            "webhooks/2.json": Self.update("u2", at: "2026-05-01T10:00:00Z", authenticated: false),
        ])
        let linked = try #require(view.user(UserKey(.support, "1"))?.messagingUsers.first)
        #expect(linked.user.statedAuthenticated == false && !linked.authentication.isAuthenticated)
        #expect(view.diagnostics.map(\.code).contains("auth-flag-contradiction"))
    }

    /// A REST record's flag wins over every webhook.
    @Test func aRESTRecordWins() throws {
        let view = try Fixtures.view([
            "zendesk/users.json": Self.support,
            "sunshine/users/a.json": DiagnosticExport.messagingUser(
                #"{"id": "\#(Self.userID)", "externalId": "ext-1", "authenticated": true}"#),
            "webhooks/1.json": Self.update("u1", at: "2026-05-01T09:00:00Z", authenticated: false),
            "webhooks/2.json": Self.message("m1", at: "2026-05-01T11:00:00Z", authenticated: false),
        ])
        let linked = try #require(view.user(UserKey(.support, "1"))?.messagingUsers.first)
        #expect(linked.user.statedAuthenticated == true)
    }
}
