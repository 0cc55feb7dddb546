import AgentViewCore
import Testing

/// docs/rules.md §9: one unauthenticated messaging user that provided two or more names or emails.
@Suite struct SharedDeviceRuleTests {
    static let user = "6a46a7204e6f727468000022"

    private func diagnostics(
        profile: String = "{}", authenticated: Bool = false, forms: [(String, String)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        let messages = forms.enumerated().map { index, form in
            DiagnosticExport.formResponse(
                "f\(index)", author: Self.user, at: "2026-0\(7 + index)-02T18:00:45.318Z", name: form.0, email: form.1)
        }
        let externalID = authenticated ? #""externalId": "nw-25", "# : ""
        return try DiagnosticExport.diagnostics(
            "shared-device",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers(
                    [#"{"id": 125, "name": "Ethan Moore"}"#],
                    identities: [#"{"id": 1, "user_id": 125, "type": "messaging", "value": "\#(Self.user)"}"#]),
                "sunshine/users/e.json": DiagnosticExport.messagingUser(
                    #"{"id": "\#(Self.user)", \#(externalID)"authenticated": \#(authenticated), "profile": \#(profile)}"#
                ),
                "sunshine/conversations/c-e/messages.json": DiagnosticExport.messages(messages),
            ], sourceLocation: sourceLocation)
    }

    @Test func twoPeopleInOneBrowserFire() throws {
        let found = try diagnostics(
            profile: #"{"givenName": "Ethan", "surname": "Moore", "email": "ethan.moore@example.org"}"#,
            forms: [("Ethan Moore", "ethan.moore@example.org"), ("Lily Moore", "lily.moore@example.org")])
        #expect(found.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:125 | unauthenticated messaging user '6a46a7204e6f727468000022' provided 2 names ('Ethan Moore' and 'Lily Moore') and 2 emails ('ethan.moore@example.org' and 'lily.moore@example.org')"
            ])
    }

    @Test func aProfileAndOneDifferentFormFire() throws {
        let found = try diagnostics(
            profile: #"{"givenName": "Ethan", "surname": "Moore"}"#, forms: [("Lily Moore", "lily.moore@example.org")])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:125 | unauthenticated messaging user '6a46a7204e6f727468000022' provided 2 names ('Ethan Moore' and 'Lily Moore') and 1 email ('lily.moore@example.org')"
            ])
    }

    /// The same person typing in another case or spacing is one person; authenticated users are who they logged in as.
    @Test func sameValuesOrAnAuthenticatedUserStaySilent() throws {
        #expect(
            try diagnostics(forms: [
                ("Ethan Moore", "ethan.moore@example.org"), ("ethan  moore", "Ethan.Moore@example.org"),
            ]).isEmpty)
        #expect(
            try diagnostics(
                authenticated: true,
                forms: [("Ethan Moore", "ethan.moore@example.org"), ("Lily Moore", "lily.moore@example.org")]
            ).isEmpty)
    }
}
