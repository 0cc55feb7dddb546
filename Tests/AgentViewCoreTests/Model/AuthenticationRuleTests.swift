import AgentViewCore
import Testing

/// docs/rules.md §3: stated wins, derived otherwise, how the user authenticated, contradictions.
@Suite struct AuthenticationRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var user: MessagingUser
        var authenticated: Bool
        var method: Authentication.Method?
        var source: Authentication.Source
        var contradiction: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "external id, no flag: derived jwt", user: MessagingUser(id: "a", externalID: "x"),
            authenticated: true, method: .jwt, source: .derived, contradiction: false),
        Case(
            name: "zendesk id only, no flag: derived help-center", user: MessagingUser(id: "a", zendeskID: "1"),
            authenticated: true, method: .helpCenter, source: .derived, contradiction: false),
        Case(
            name: "both ids: jwt", user: MessagingUser(id: "a", externalID: "x", zendeskID: "1"), authenticated: true,
            method: .jwt, source: .derived, contradiction: false),
        Case(
            name: "neither id, no flag: anonymous", user: MessagingUser(id: "a"), authenticated: false, method: nil,
            source: .derived, contradiction: false),
        Case(
            name: "stated true agrees", user: MessagingUser(id: "a", externalID: "x", statedAuthenticated: true),
            authenticated: true, method: .jwt, source: .stated, contradiction: false),
        Case(
            name: "stated false with external id: stated wins, contradiction",
            user: MessagingUser(id: "a", externalID: "x", statedAuthenticated: false), authenticated: false,
            method: nil, source: .stated, contradiction: true),
        Case(
            name: "stated true without ids: stated wins, contradiction",
            user: MessagingUser(id: "a", statedAuthenticated: true), authenticated: true, method: nil, source: .stated,
            contradiction: true),
    ]

    @Test(arguments: cases)
    func evaluate(_ testCase: Case) {
        let result = AuthenticationRule.evaluate(testCase.user)
        #expect(result.isAuthenticated == testCase.authenticated)
        #expect(result.method == testCase.method)
        #expect(result.source == testCase.source)
        #expect(result.contradictsRule == testCase.contradiction)
    }

    @Test(arguments: [("\"true\"", true), ("\"false\"", false), ("true", true), ("false", false)])
    func authenticatedMayBeAString(literal: String, expected: Bool) throws {
        let export = try Fixtures.load([
            "users/a.json":
                #"{"user": {"id": "aaaaaaaaaaaaaaaaaaaaaaaa", "zendeskId": "5", "authenticated": \#(literal)}}"#
        ])
        #expect(export.messagingUsers.first?.statedAuthenticated == expected)
    }

    @Test func aSupportUserIsAuthenticatedWhenAnyLinkedMessagingUserIs() throws {
        let view = try Fixtures.view([
            "support/users.json": #"{"users": [{"id": 7, "name": "Ann", "external_id": "ann-1"}]}"#,
            "sunshine/users/a.json":
                #"{"user": {"id": "aaaaaaaaaaaaaaaaaaaaaaaa", "zendeskId": "7", "authenticated": false}}"#,
            "sunshine/users/b.json":
                #"{"user": {"id": "bbbbbbbbbbbbbbbbbbbbbbbb", "externalId": "ANN-1", "authenticated": true}}"#,
        ])
        let user = try #require(view.user(UserKey(.support, "7")))
        #expect(user.isAuthenticated)
        #expect(user.authenticationMethod == .jwt)
        #expect(user.messagingUsers.map(\.user.id) == ["aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb"])
    }
}
