import AgentViewCore
import Testing

/// docs/rules.md §8: a help-center messaging user that never took its Support user's external_id.
@Suite struct SyncWindowMissedRuleTests {
    @Test func aHelpCenterUserWithoutTheSupportExternalIDFires() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "sync-window-missed",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 1840000000114, "name": "Paul Novak", "external_id": "nw-10014"}"#
                ]),
                "sunshine/users/p.json": DiagnosticExport.messagingUser(
                    #"{"id": "6a26b5c84e6f72746800001b", "zendeskId": "1840000000114", "authenticated": true}"#),
            ])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:1840000000114 | messaging user '6a26b5c84e6f72746800001b' has zendeskId '1840000000114' but no externalId, while its Support user has external_id 'nw-10014'"
            ])
        #expect(diagnostics.first?.advice.hasPrefix("set external_id on the Support user") == true)
    }

    /// Grace's Support user has no external_id; Amelia's messaging user already carries it.
    @Test(arguments: [
        (
            #"{"id": 3, "name": "Grace Okafor"}"#,
            #"{"id": "69b27ab64e6f72746800000e", "zendeskId": "3", "authenticated": "true"}"#
        ),
        (
            #"{"id": 3, "name": "Amelia Hart", "external_id": "nw-10001"}"#,
            #"{"id": "6995eb634e6f72746800000c", "zendeskId": "3", "externalId": "nw-10001", "authenticated": true}"#
        ),
    ])
    func nearMissesStaySilent(support: String, messaging: String) throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "sync-window-missed",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([support]),
                "sunshine/users/u.json": DiagnosticExport.messagingUser(messaging),
            ])
        #expect(diagnostics.isEmpty)
    }
}
