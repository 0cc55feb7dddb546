import AgentViewCore
import Testing

/// docs/rules.md §2: each link rule, their order of strength, and that email alone never links.
@Suite struct UserLinkerTests {
    private let supportUsers = """
        {"users": [
          {"id": 101, "name": "Zoe Id", "external_id": null},
          {"id": 102, "name": "Ext Match", "external_id": "CUST-42"},
          {"id": 103, "name": "Identity Match", "email": "same@example.com"},
          {"id": 104, "name": "Log Match"}
        ],
        "identities": [{"id": 9001, "user_id": 103, "type": "messaging", "value": "aaaaaaaaaaaaaaaaaaaaaa03", "verified": true, "primary": false}]}
        """

    private func link(_ messagingUser: String, log: String? = nil) throws -> (key: String, rule: String?) {
        var files = ["support/users.json": supportUsers, "sunshine/users/u.json": "{\"user\": \(messagingUser)}"]
        if let log { files["support/tickets/5/conversation_log.json"] = log }
        let view = try Fixtures.view(files)
        let owner = try #require(view.users.first { $0.messagingUsers.contains { $0.user.id.hasPrefix("aaaa") } })
        return (owner.key.description, owner.messagingUsers.first?.link?.rawValue)
    }

    @Test func zendeskIDLinksFirst() throws {
        let result = try link(#"{"id": "aaaaaaaaaaaaaaaaaaaaaa01", "zendeskId": "101", "externalId": "cust-42"}"#)
        #expect(result.key == "support:101")
        #expect(result.rule == "zendesk-id")
    }

    @Test func externalIDLinksCaseInsensitively() throws {
        let result = try link(#"{"id": "aaaaaaaaaaaaaaaaaaaaaa02", "externalId": "cust-42"}"#)
        #expect(result.key == "support:102")
        #expect(result.rule == "external-id")
    }

    @Test func messagingIdentityLinks() throws {
        let result = try link(#"{"id": "aaaaaaaaaaaaaaaaaaaaaa03"}"#)
        #expect(result.key == "support:103")
        #expect(result.rule == "messaging-identity")
    }

    @Test func conversationLogAuthorLinks() throws {
        let log = """
            {"events": [{"id": "01H", "type": "Messaging::ConversationMessage", "created_at": "2026-01-02T03:04:05Z",
              "reference": "zen:sunco:conversation_message:mmmmmmmmmmmmmmmmmmmmmm01",
              "author": {"type": "user", "display_name": "L", "zen:sunco:user_id": "aaaaaaaaaaaaaaaaaaaaaa04", "zen:support:user_id": 104},
              "content": {"type": "text", "text": "hi"}}]}
            """
        let result = try link(#"{"id": "aaaaaaaaaaaaaaaaaaaaaa04"}"#, log: log)
        #expect(result.key == "support:104")
        #expect(result.rule == "conversation-log")
    }

    @Test func emailAloneNeverLinks() throws {
        let result = try link(#"{"id": "aaaaaaaaaaaaaaaaaaaaaa05", "profile": {"email": "same@example.com"}}"#)
        #expect(result.key == "messaging:aaaaaaaaaaaaaaaaaaaaaa05")
        #expect(result.rule == nil)
    }

    @Test func aZendeskIDNamingNoUserFallsBackAndIsReported() throws {
        let files = [
            "support/users.json": supportUsers,
            "sunshine/users/u.json":
                #"{"user": {"id": "aaaaaaaaaaaaaaaaaaaaaa06", "zendeskId": "999", "externalId": "CUST-42"}}"#,
        ]
        let view = try Fixtures.view(files)
        #expect(view.user(UserKey(.support, "102"))?.messagingUsers.first?.link == .externalID)
        #expect(view.diagnostics.map(\.code) == ["link-target-missing"])
    }
}
