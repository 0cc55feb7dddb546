import AgentViewCore
import Testing

/// docs/rules.md §8: two users of one kind sharing an external ID, ignoring case.
@Suite struct DuplicateExternalIDRuleTests {
    @Test func twoSupportUsersSharingAnIDIgnoringCaseFire() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "duplicate-external-id",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 1840000000117, "name": "Jordan Lee", "external_id": "nw-20001"}"#,
                    #"{"id": 1840000000116, "name": "Jordan Lee", "external_id": "NW-20001"}"#,
                ])
            ])
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:1840000000116 | external_id 'NW-20001' is shared with support:1840000000117 'Jordan Lee' as 'nw-20001' (external IDs compare ignoring case)"
            ])
        #expect(
            diagnostics.first?.advice.contains("the agent UI cannot merge two users that both carry external IDs")
                == true)
    }

    /// An external ID is unique in the whole account: an end user sharing one with staff no page shows is
    /// reported on the end user, while two staff members alone concern no end user's page.
    @Test func anEndUserSharingAnIDWithStaffFiresOnTheEndUser() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "duplicate-external-id",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 5, "name": "Ann Admin", "role": "admin", "external_id": "e1"}"#,
                    #"{"id": 9, "name": "Ann Lee", "role": "end-user", "external_id": "E1"}"#,
                    #"{"id": 6, "name": "Bo Agent", "role": "agent", "external_id": "s2"}"#,
                    #"{"id": 7, "name": "Cy Agent", "role": "agent", "external_id": "s2"}"#,
                ])
            ])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:9 | external_id 'E1' is shared with the admin support:5 'Ann Admin' (staff with no page) as 'e1' (external IDs compare ignoring case)"
            ])
        #expect(diagnostics.first?.advice.contains("may sign in as the staff member") == true)
    }

    @Test func twoMessagingUsersSharingAnIDFire() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "duplicate-external-id",
            in: [
                "sunshine/users/a.json": DiagnosticExport.messagingUser(
                    #"{"id": "6a0000000000000000000002", "externalId": "cust-7"}"#),
                "sunshine/users/b.json": DiagnosticExport.messagingUser(
                    #"{"id": "6a0000000000000000000001", "externalId": "cust-7"}"#),
            ])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "messaging:6a0000000000000000000001 | messaging users '6a0000000000000000000001' and '6a0000000000000000000002' share externalId 'cust-7'"
            ])
    }

    /// A group of three is reported against its lowest id, once per other member.
    @Test func aGroupIsReportedAgainstItsLowestID() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "duplicate-external-id",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 30, "name": "C", "external_id": "x"}"#, #"{"id": 4, "name": "A", "external_id": "x"}"#,
                    #"{"id": 10, "name": "B", "external_id": "x"}"#,
                ])
            ])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:4 | external_id 'x' is shared with support:10 'B'",
                "support:4 | external_id 'x' is shared with support:30 'C'",
            ])
    }

    /// Diego: the same ID on a Support user and a messaging user is a link (§2), not a duplicate.
    @Test func theSameIDOnTwoKindsStaysSilent() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "duplicate-external-id",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 1840000000102, "name": "Diego Alvarez", "external_id": "nw-10002"}"#
                ]),
                "sunshine/users/d.json": DiagnosticExport.messagingUser(
                    #"{"id": "697928a34e6f72746800000d", "externalId": "NW-10002", "authenticated": true}"#),
            ])
        #expect(diagnostics.isEmpty)
    }
}
