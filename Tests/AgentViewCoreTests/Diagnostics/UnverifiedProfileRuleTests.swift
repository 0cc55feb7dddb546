import AgentViewCore
import Testing

/// docs/rules.md §3: names and emails an unauthenticated user provided are shown unverified.
@Suite struct UnverifiedProfileRuleTests {
    private func diagnostics(
        messaging: String, support: String = #"{"id": 5, "name": "Lena Fischer"}"#, extra: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        var files = [
            // Linked by a messaging identity (§2 rule 3): anonymous users have neither zendeskId nor externalId.
            "zendesk/users.json": DiagnosticExport.supportUsers(
                [support],
                identities: [#"{"id": 50, "user_id": 5, "type": "messaging", "value": "69ce4c354e6f727468000010"}"#]),
            "sunshine/users/l.json": DiagnosticExport.messagingUser(messaging),
        ]
        files.merge(extra) { _, new in new }
        return try DiagnosticExport.diagnostics("unverified-profile", in: files, sourceLocation: sourceLocation)
    }

    @Test func aProfileFilledByABotFormFires() throws {
        let found = try diagnostics(
            messaging:
                #"{"id": "69ce4c354e6f727468000010", "authenticated": false, "profile": {"givenName": "Lena", "surname": "Fischer", "email": "lena.fischer@example.net"}}"#
        )
        #expect(found.map(\.severity) == [.note])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:5 | unauthenticated messaging user '69ce4c354e6f727468000010' provided name 'Lena Fischer' and email 'lena.fischer@example.net', shown unverified"
            ])
    }

    @Test func aFormResponseCountsWhenTheProfileIsEmpty() throws {
        let found = try diagnostics(
            messaging: #"{"id": "69ce4c354e6f727468000010", "authenticated": false}"#,
            extra: [
                "sunshine/conversations/c1/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.formResponse(
                        "f1", author: "69ce4c354e6f727468000010", at: "2026-04-02T11:00:58.642Z", name: "Lena Fischer",
                        email: "lena.fischer@example.net")
                ])
            ])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:5 | unauthenticated messaging user '69ce4c354e6f727468000010' provided name 'Lena Fischer' and email 'lena.fischer@example.net', shown unverified"
            ])
    }

    @Test func aSocialProfileNameAloneFires() throws {
        let found = try diagnostics(
            messaging:
                #"{"id": "69ce4c354e6f727468000010", "authenticated": false, "profile": {"givenName": "Rafa Souza"}}"#)
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:5 | unauthenticated messaging user '69ce4c354e6f727468000010' provided name 'Rafa Souza', shown unverified"
            ])
    }

    /// Authenticated users are verified; empty profiles show nothing, even when a stated `false` overrides an externalId (Yusuf).
    @Test(arguments: [
        #"{"id": "69ce4c354e6f727468000010", "externalId": "nw-5", "authenticated": true, "profile": {"givenName": "Lena"}}"#,
        #"{"id": "69ce4c354e6f727468000010"}"#,
        #"{"id": "69ce4c354e6f727468000010", "externalId": "nw-10015", "authenticated": "false", "profile": {}}"#,
    ])
    func verifiedOrEmptyProfilesStaySilent(messaging: String) throws {
        #expect(try diagnostics(messaging: messaging).isEmpty)
    }

    /// Agents never see a messaging user without a Support user, so there is nothing shown to them unverified.
    @Test func aMessagingOnlyUserStaysSilent() throws {
        let found = try DiagnosticExport.diagnostics(
            "unverified-profile",
            in: [
                "sunshine/users/v.json": DiagnosticExport.messagingUser(
                    #"{"id": "6aad27c04e6f727468000023", "authenticated": false, "profile": {"givenName": "Store"}}"#)
            ])
        #expect(found.isEmpty)
    }
}
