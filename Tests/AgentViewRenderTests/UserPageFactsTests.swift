import AgentViewCore
import Testing

@testable import AgentViewRender

/// What a user's page says about staff links (docs/rules.md §2 rule 6), an unknown sign-in method (§3),
/// identities (§4 rule 7), the organization's name (§4 rule 8), AI-agent variables (§4 rules 10–11) and the conversations of a messaging user
/// agents never see (§2 rule 7).
@Suite struct UserPageFactsTests {
    /// Every HTML page of a site rendered from in-memory files.
    private func site(_ files: [String: String]) throws -> [String: String] {
        let export = try ExportLoader().load(files: files.map { ($0.key, Array($0.value.utf8)) })
        let renderer = try makeRenderer(timeZone: "UTC")
        return Dictionary(
            try renderer.site(AgentView(export: export)).filter { $0.path.hasSuffix(".html") }.map {
                ($0.path, $0.contents)
            },
            uniquingKeysWith: { first, _ in first })
    }

    private let mark = #"class="auth-check""#

    @Test("A staff user a messaging user links to is shown, with the role said plainly")
    func staffLink() throws {
        let pages = try site([
            "zendesk/users.json":
                #"{"users": [{"id": 5, "name": "Ada Admin", "role": "admin"}]}"#,
            "sunshine/users/a.json":
                #"{"user": {"id": "6a0000000000000000000001", "zendeskId": "5", "externalId": "ada", "authenticated": true}}"#,
        ])
        let page = try #require(pages["users/support-5.html"])
        let head = try #require(HTMLQuery.element(#"class="page-head"#, in: page))
        #expect(head.contains("Admin, not an end user"))
        #expect(page.contains("This Support user's role is Admin, not end user."))
        #expect(page.contains("<code>staff-as-end-user</code>"))
        #expect(HTMLQuery.count(mark, in: head) == 1)
        #expect(try #require(pages["index.html"]).contains(#"<span class="flag">Admin</span>"#))
    }

    @Test("An authenticated user with neither externalId nor zendeskId is said to have an unknown method")
    func unknownMethod() throws {
        let pages = try site([
            "zendesk/users.json": #"""
            {"users": [{"id": 1, "name": "Ann Lee"}], "identities": [{"id": 10, "user_id": 1, "type": "messaging", "value": "6a0000000000000000000001"}]}
            """#,
            "sunshine/users/a.json": #"{"user": {"id": "6a0000000000000000000001", "authenticated": true}}"#,
        ])
        let page = try #require(pages["users/support-1.html"])
        let authentication = try #require(HTMLQuery.element(#"id="authentication""#, in: page))
        #expect(authentication.contains("Authenticated, method unknown:"))
        #expect(!page.contains("Authenticated by JWT"))
        #expect(page.contains(#"<span class="auth auth-unknown">Authenticated, method unknown</span>"#))
        let index = try #require(pages["index.html"])
        #expect(index.contains("<dt>Authenticated by JWT</dt><dd>0</dd>"))
        #expect(index.contains("<dt>Authenticated, method unknown</dt><dd>1</dd>"))
    }

    @Test("The profile lists identities primary first; the card shows the primary email")
    func identities() throws {
        let pages = try site([
            "zendesk/users.json": #"""
            {"users": [{"id": 1, "name": "Ann Lee", "email": "old@example.com"}], "identities": [
              {"id": 13, "user_id": 1, "type": "messaging", "value": "6a0000000000000000000001"},
              {"id": 12, "user_id": 1, "type": "phone_number", "value": "+4512345678"},
              {"id": 11, "user_id": 1, "type": "email", "value": "other@example.com"},
              {"id": 14, "user_id": 1, "type": "email", "value": "primary@example.com", "primary": true}]}
            """#
        ])
        let page = try #require(pages["users/support-1.html"])
        let list = try #require(HTMLQuery.element(#"class="identities""#, in: page))
        let order = ["primary@example.com", "other@example.com", "+4512345678", "6a0000000000000000000001"].map {
            list.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        let card = try #require(HTMLQuery.element(#"id="essentials-card""#, in: page))
        #expect(card.contains("primary@example.com") && !card.contains("old@example.com"))
    }

    @Test("The card names a user's organization when the export holds it, else gives its id")
    func organizationName() throws {
        let users = #"""
            {"users": [{"id": 1, "name": "Ann Lee", "organization_id": 900}, {"id": 2, "name": "Bo Park", "organization_id": 901},
                       {"id": 3, "name": "Cy Ray", "organization_id": 902}],
             "organizations": [{"id": 900, "name": "Acme <Outdoors>", "domain_names": []},
                               {"id": 902, "name": "Trail \u2705 Co", "domain_names": []}]}
            """#
        let pages = try site(["zendesk/users.json": users])
        // A check mark typed into an organization's name is defused, as in a user's name.
        for (user, shown) in [
            ("1", "<bdi>Acme &lt;Outdoors&gt;</bdi>"), ("2", "<bdi>Organization 901</bdi>"),
            ("3", "<bdi>Trail [U+2705] Co</bdi>"),
        ] {
            let page = try #require(pages["users/support-\(user).html"])
            let card = try #require(HTMLQuery.element(#"id="essentials-card""#, in: page))
            #expect(card.contains("<dt>Organization</dt><dd>\(shown)</dd>"), "\(user)")
        }
        // The organizations are no users: three end users, three pages.
        #expect(
            pages.keys.filter { $0.hasPrefix("users/") }.sorted() == [
                "users/support-1.html", "users/support-2.html", "users/support-3.html",
            ])
    }

    @Test("A help-center-only user's page shows empty AI-agent name and email, and the note")
    func helpCenterOnlyVariables() throws {
        let pages = try site([
            "zendesk/users.json":
                #"{"users": [{"id": 1, "name": "Caller +45 12 34 56 78", "email": "c@example.com"}]}"#,
            "sunshine/users/a.json":
                #"{"user": {"id": "6a0000000000000000000001", "zendeskId": "1", "authenticated": true, "profile": {"givenName": "Caller"}}}"#,
        ])
        let page = try #require(pages["users/support-1.html"])
        let variables = try #require(HTMLQuery.element(#"id="metadata-variables""#, in: page))
        #expect(!variables.contains("Caller") && !variables.contains("c@example.com"))
        #expect(variables.contains("<code><bdi>true</bdi></code>"))
        #expect(page.contains("<code>ai-agent-asks-again</code>"))
    }

    @Test("A messaging user agents never see shows its conversation, escaped, with no mark claims")
    func hiddenConversation() throws {
        let pages = try site([
            "sunshine/users/h.json":
                #"{"user": {"id": "6a0000000000000000000009", "externalId": "x", "authenticated": true}}"#,
            "sunshine/conversations/c1/messages.json": #"""
            {"messages": [{"id": "m1", "received": "2026-05-01T09:00:01Z", "author": {"type": "user", "userId": "6a0000000000000000000009"}, "content": {"type": "text", "text": "<script>alert(1)</script>"}}]}
            """#,
        ])
        let page = try #require(pages["users/messaging-6a0000000000000000000009.html"])
        let section = try #require(HTMLQuery.element(#"id="hidden-conversations""#, in: page))
        let bubble = try #require(HTMLQuery.element(#"data-message-id="m1""#, in: String(section)))
        #expect(bubble.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>"))
        #expect(!bubble.contains(mark) && !bubble.contains("message-rule") && !bubble.contains("title="))
        #expect(section.contains("<code><bdi>c1</bdi></code>"))
    }
}
