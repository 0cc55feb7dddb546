import AgentViewCore
import Testing

/// docs/rules.md §8: Support users sharing an email raise exactly one of `duplicate-email` and `probable-auth-duplicate`.
@Suite struct SharedEmailRuleTests {
    private static let codes = ["duplicate-email", "probable-auth-duplicate"]

    private func diagnostics(
        _ users: [String], identities: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        try Fixtures.view(
            ["zendesk/users.json": DiagnosticExport.supportUsers(users, identities: identities)],
            sourceLocation: sourceLocation
        )
        .diagnostics.filter { Self.codes.contains($0.code) }
    }

    /// An email is unique in the whole account: an end user sharing one with staff no page shows is a
    /// duplicate email on the end user (no JWT login made the staff member), and two staff members alone
    /// are not reported.
    @Test func anEndUserSharingAnEmailWithStaffIsADuplicateEmailOnTheEndUser() throws {
        let found = try diagnostics([
            #"{"id": 5, "name": "Ann Admin", "role": "admin", "email": "ann@example.com"}"#,
            #"{"id": 9, "name": "Ann Lee", "role": "end-user", "email": "Ann@example.com", "external_id": "e9"}"#,
            #"{"id": 6, "name": "Bo Agent", "role": "agent", "email": "desk@example.com"}"#,
            #"{"id": 7, "name": "Cy Agent", "role": "agent", "email": "desk@example.com"}"#,
        ])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:9 | email 'ann@example.com' is shared with the admin support:5 'Ann Admin' (staff with no page)"
            ])
        #expect(found.map(\.code) == ["duplicate-email"])
        #expect(found.first?.advice.contains("may reach the staff account") == true)
    }

    @Test func twoUsersWithoutExternalIDsAreADuplicateEmail() throws {
        let found = try diagnostics(
            [
                #"{"id": 1840000000118, "name": "Sam Taylor", "email": "sam.taylor@example.net"}"#,
                #"{"id": 1840000000119, "name": "Samantha Taylor"}"#,
            ],
            identities: [
                #"{"id": 24, "user_id": 1840000000119, "type": "email", "value": "Sam.Taylor@example.net", "verified": false, "primary": true}"#
            ])
        #expect(found.map(\.code) == ["duplicate-email"])
        #expect(found.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:1840000000118 | email 'sam.taylor@example.net' is shared with support:1840000000119 'Samantha Taylor'; neither has an external ID"
            ])
    }

    @Test func exactlyOneExternalIDIsAProbableAuthDuplicate() throws {
        let found = try diagnostics([
            #"{"id": 1840000000120, "name": "Nina Petrova", "email": "nina.petrova@example.com"}"#,
            #"{"id": 1840000000121, "name": "Nina Petrova", "email": "nina.petrova@example.com", "external_id": "nw-10021"}"#,
        ])
        #expect(found.map(\.code) == ["probable-auth-duplicate"])
        #expect(found.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:1840000000120 | email 'nina.petrova@example.com' is shared with support:1840000000121 'Nina Petrova'; only support:1840000000121 has an external_id ('nw-10021'): likely created by a JWT login that did not find the existing user"
            ])
    }

    @Test func bothWithExternalIDsIsADuplicateEmailTheAgentUICannotMerge() throws {
        let found = try diagnostics([
            #"{"id": 1, "name": "Ann", "email": "ann@example.com", "external_id": "a-1"}"#,
            #"{"id": 2, "name": "Ann B", "email": "ann@example.com", "external_id": "a-2"}"#,
        ])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:1 | email 'ann@example.com' is shared with support:2 'Ann B'; both have external IDs ('a-1' and 'a-2')"
            ])
        #expect(found.first?.code == "duplicate-email")
        #expect(
            found.first?.advice.contains("the agent UI cannot merge two users that both carry external IDs") == true)
    }

    /// The issue's near miss: same email, both without external IDs, is not a probable auth duplicate.
    @Test func sameEmailWithoutExternalIDsIsNotAProbableAuthDuplicate() throws {
        let found = try diagnostics([
            #"{"id": 1840000000120, "name": "Nina Petrova", "email": "nina.petrova@example.com"}"#,
            #"{"id": 1840000000121, "name": "Nina Petrova", "email": "nina.petrova@example.com"}"#,
        ])
        #expect(found.map(\.code) == ["duplicate-email"])
    }

    @Test func differentEmailsStaySilent() throws {
        let found = try diagnostics([
            #"{"id": 1, "name": "Ann", "email": "ann@example.com"}"#,
            #"{"id": 2, "name": "Bea", "email": "bea@example.com"}"#,
            #"{"id": 3, "name": "Ann (agent)", "email": "ann.agent@example.com", "role": "agent"}"#,
        ])
        #expect(found.isEmpty)
    }
}
