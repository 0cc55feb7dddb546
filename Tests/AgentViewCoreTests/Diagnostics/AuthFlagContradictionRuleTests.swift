import AgentViewCore
import Testing

/// docs/rules.md §3: a stated `authenticated` that contradicts externalId/zendeskId is reported; the flag still wins.
@Suite struct AuthFlagContradictionRuleTests {
    @Test func statedFalseWithAnExternalIDFires() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "auth-flag-contradiction",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 1840000000115, "name": "Yusuf Demir", "external_id": "nw-10015"}"#
                ]),
                "sunshine/users/y.json": DiagnosticExport.messagingUser(
                    #"{"id": "6a7066a04e6f72746800001c", "externalId": "nw-10015", "authenticated": "false"}"#),
            ])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:1840000000115 | messaging user '6a7066a04e6f72746800001c' states authenticated 'false' but has externalId 'nw-10015': the stated flag wins, so agents see no check mark"
            ])
    }

    @Test func statedTrueWithoutIDsFiresOnTheMessagingUser() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "auth-flag-contradiction",
            in: [
                "sunshine/users/a.json": DiagnosticExport.messagingUser(
                    #"{"id": "6a0000000000000000000001", "authenticated": true}"#)
            ])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "messaging:6a0000000000000000000001 | messaging user '6a0000000000000000000001' states authenticated 'true' but has neither externalId nor zendeskId: the stated flag wins, so agents see the check mark"
            ])
    }

    /// Grace (`"true"` with a zendeskId), Marta (no flag: derived) and an anonymous `false` agree with their ids.
    @Test(arguments: [
        #"{"id": "69b27ab64e6f72746800000e", "zendeskId": "1", "authenticated": "true"}"#,
        #"{"id": "699f0e704e6f72746800001a", "externalId": "nw-10013"}"#,
        #"{"id": "69ce4c354e6f727468000010", "externalId": null, "zendeskId": null, "authenticated": false}"#,
    ])
    func agreeingFlagsStaySilent(user: String) throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "auth-flag-contradiction",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([#"{"id": 1, "name": "Grace Okafor"}"#]),
                "sunshine/users/u.json": DiagnosticExport.messagingUser(user),
            ])
        #expect(diagnostics.isEmpty)
    }
}
