import AgentViewCore
import Testing

/// docs/rules.md §8: help-center authentication is main-brand only.
@Suite struct HelpCenterAuthOtherBrandRuleTests {
    /// Tomás signs in through the help center and chats on the Rentals brand; Kenji's ticket makes brand 1 the lowest.
    private func diagnostics(
        messaging: String, channel: String = "native_messaging", settings: Settings = Settings(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        try DiagnosticExport.diagnostics(
            "help-center-auth-other-brand",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 104, "name": "Tomás Rivera"}"#, #"{"id": 126, "name": "Kenji Watanabe"}"#,
                ]),
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(
                        5005, status: "pending", requester: 104, channel: channel, brand: 360000000002),
                    DiagnosticExport.ticket(
                        5025, status: "solved", requester: 126, channel: "email", brand: 360000000001),
                ]),
                "sunshine/users/t.json": DiagnosticExport.messagingUser(messaging),
            ], settings: settings, sourceLocation: sourceLocation)
    }

    private static let helpCenterUser =
        #"{"id": "6a107dc64e6f72746800000f", "zendeskId": "104", "authenticated": true}"#

    @Test func aHelpCenterUserOnAnotherBrandFires() throws {
        let found = try diagnostics(messaging: Self.helpCenterUser)
        #expect(found.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:104 | help-center-authenticated user has messaging or chat ticket 5005 in brand '360000000002', not the main brand '360000000001'"
            ])
    }

    /// A JWT user may authenticate on any brand; an email ticket involves no widget; the setting names the main brand.
    @Test func jwtUsersEmailTicketsAndTheMainBrandSettingStaySilent() throws {
        #expect(
            try diagnostics(
                messaging:
                    #"{"id": "6a107dc64e6f72746800000f", "zendeskId": "104", "externalId": "nw-4", "authenticated": true}"#
            ).isEmpty)
        #expect(try diagnostics(messaging: Self.helpCenterUser, channel: "email").isEmpty)
        #expect(
            try diagnostics(messaging: Self.helpCenterUser, settings: Settings(mainBrandID: "360000000002")).isEmpty)
    }

    /// Live chat and social messaging tickets carry the mark like native messaging ones (§4 rule 3), so on
    /// another brand they are as much the warning's business.
    @Test(arguments: ["chat", "whatsapp", "sunshine_conversations_api"])
    func chatAndSocialMessagingTicketsFireToo(channel: String) throws {
        let found = try diagnostics(messaging: Self.helpCenterUser, channel: channel)
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:104 | help-center-authenticated user has messaging or chat ticket 5005 in brand '360000000002', not the main brand '360000000001'"
            ])
    }
}
