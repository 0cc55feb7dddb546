import AgentViewCore
import Testing

/// docs/rules.md §8: linked Support and authenticated messaging users that disagree on name, email or external ID.
@Suite struct SyncDriftRuleTests {
    private static let driftCodes = ["sync-drift-name", "sync-drift-email", "sync-drift-external-id"]

    private func drift(support: String, messaging: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [Diagnostic]
    {
        try Fixtures.view(
            [
                "zendesk/users.json": DiagnosticExport.supportUsers([support]),
                "sunshine/users/m.json": DiagnosticExport.messagingUser(messaging),
            ], sourceLocation: sourceLocation
        ).diagnostics.filter { Self.driftCodes.contains($0.code) }
    }

    @Test func aRenamedSupportUserDriftsByName() throws {
        let diagnostics = try drift(
            support: #"{"id": 1840000000111, "name": "Robert Chen"}"#,
            messaging:
                #"{"id": "6a0212184e6f727468000018", "zendeskId": "1840000000111", "authenticated": true, "profile": {"givenName": "Bob", "surname": "Chen"}}"#
        )
        #expect(diagnostics.map(\.code) == ["sync-drift-name"])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:1840000000111 | Support name 'Robert Chen' differs from messaging user '6a0212184e6f727468000018' name 'Bob Chen'"
            ])
        #expect(diagnostics.first?.advice.contains("POST /v2/apps/{appId}/users/1840000000111/sync") == true)
    }

    @Test func aChangedSupportEmailDriftsFromTheMessagingEmailIdentity() throws {
        let diagnostics = try drift(
            support: #"{"id": 1840000000112, "name": "Hannah Schultz", "email": "hannah.schultz@example.org"}"#,
            messaging:
                #"{"id": "69ca3e604e6f727468000019", "zendeskId": "1840000000112", "authenticated": true, "profile": {"givenName": "Hannah", "surname": "Schultz"}, "identities": [{"type": "email", "value": "h.schultz@example.com", "verification": "sso"}]}"#
        )
        #expect(diagnostics.map(\.code) == ["sync-drift-email"])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:1840000000112 | Support email 'hannah.schultz@example.org' differs from messaging user '69ca3e604e6f727468000019' email 'h.schultz@example.com'"
            ])
    }

    @Test func differentExternalIDsDrift() throws {
        let diagnostics = try drift(
            support: #"{"id": 1840000000113, "name": "Marta Kowalski", "external_id": "crm-88231"}"#,
            messaging: #"{"id": "699f0e704e6f72746800001a", "zendeskId": "1840000000113", "externalId": "nw-10013"}"#)
        #expect(diagnostics.map(\.code) == ["sync-drift-external-id"])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:1840000000113 | Support external_id 'crm-88231' differs from messaging user '699f0e704e6f72746800001a' externalId 'nw-10013'"
            ])
    }

    struct NearMiss: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var support: String
        var messaging: String
    }

    static let nearMisses: [NearMiss] = [
        NearMiss(
            testDescription: "external IDs differing in letter case only (Diego)",
            support: #"{"id": 2, "name": "Diego Alvarez", "external_id": "nw-10002"}"#,
            messaging:
                #"{"id": "697928a34e6f72746800000d", "externalId": "NW-10002", "authenticated": true, "profile": {"givenName": "Diego", "surname": "Alvarez"}}"#
        ),
        NearMiss(
            testDescription: "emails differing in letter case only",
            support: #"{"id": 2, "name": "Ann Lee", "email": "Ann.Lee@Example.com"}"#,
            messaging:
                #"{"id": "6a0000000000000000000002", "zendeskId": "2", "authenticated": true, "profile": {"email": "ann.lee@example.com"}}"#
        ),
        NearMiss(
            testDescription: "a messaging side without a value (a JWT without name or email)",
            support: #"{"id": 2, "name": "Grace Okafor", "email": "grace@example.com", "external_id": "nw-2"}"#,
            messaging:
                #"{"id": "69b27ab64e6f72746800000e", "zendeskId": "2", "externalId": "nw-2", "authenticated": true}"#),
        NearMiss(
            testDescription: "an unauthenticated pair (values prove nothing)",
            support: #"{"id": 2, "name": "Victor Almeida"}"#,
            messaging: #"{"id": "6a5e37f04e6f727468000021", "authenticated": false, "profile": {"givenName": "Vic"}}"#),
    ]

    /// A value cleared on the Support side after the copy still lives on the messaging side: agents see none,
    /// while the AI agent and JWT logins use the old one.
    @Test func aValueTheSupportSideNoLongerHasDrifts() throws {
        let diagnostics = try drift(
            support: #"{"id": 42, "name": "Tia Park"}"#,
            messaging:
                #"{"id": "aaaaaaaaaaaaaaaaaaaaaa42", "zendeskId": "42", "externalId": "tia-ext", "authenticated": true, "profile": {"givenName": "Tia", "surname": "Park"}, "identities": [{"type": "email", "value": "tia-old@example.com"}]}"#
        )
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:42 | Support user has no email, while messaging user 'aaaaaaaaaaaaaaaaaaaaaa42' still holds 'tia-old@example.com'",
                "support:42 | Support user has no external_id, while messaging user 'aaaaaaaaaaaaaaaaaaaaaa42' has externalId 'tia-ext'",
            ])
    }

    @Test(arguments: nearMisses)
    func nearMissesStaySilent(_ nearMiss: NearMiss) throws {
        #expect(try drift(support: nearMiss.support, messaging: nearMiss.messaging).isEmpty)
    }
}
