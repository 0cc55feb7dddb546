import AgentViewCore
import Testing

/// docs/rules.md §2: a zendeskId or a requester naming nobody in the export.
@Suite struct LinkTargetMissingRuleTests {
    @Test func aZendeskIDNamingNoSupportUserFires() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "link-target-missing",
            in: [
                "sunshine/users/e.json": DiagnosticExport.messagingUser(
                    #"{"id": "6982422c4e6f72746800001d", "zendeskId": "1840000000999", "authenticated": true}"#)
            ])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "messaging:6982422c4e6f72746800001d | messaging user '6982422c4e6f72746800001d' has zendeskId '1840000000999', which names no Support user in the export: agents never see this user"
            ])
    }

    @Test func aRequesterNotInTheExportFires() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "link-target-missing",
            in: [
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(5027, requester: 1840000000998, channel: "email")
                ])
            ])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "ticket:5027 | ticket 5027 names requester '1840000000998', who is not in the export"
            ])
    }

    /// An agent may be a requester, and a zendeskId naming an exported user is a link, not a gap.
    @Test func staffRequestersAndExistingUsersStaySilent() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "link-target-missing",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 11, "name": "Priya Raman", "role": "agent"}"#,
                    #"{"id": 12, "name": "Grace Okafor", "role": "end-user"}"#,
                ]),
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(1, requester: 11, channel: "web")
                ]),
                "sunshine/users/g.json": DiagnosticExport.messagingUser(
                    #"{"id": "69b27ab64e6f72746800000e", "zendeskId": "12", "authenticated": true}"#),
            ])
        #expect(diagnostics.isEmpty)
    }
}
