import Testing

@testable import AgentViewCore

/// docs/rules.md §9: an authenticated user still named like a generated placeholder.
@Suite struct PlaceholderNameRuleTests {
    private func diagnostics(
        name: String, authenticated: Bool, settings: Settings = Settings(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        try DiagnosticExport.diagnostics(
            "placeholder-name",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([#"{"id": 1840000000122, "name": "\#(name)"}"#]),
                "sunshine/users/w.json": DiagnosticExport.messagingUser(
                    #"{"id": "6a9686004e6f72746800001f", "zendeskId": "1840000000122", "authenticated": \#(authenticated)}"#
                ),
            ], settings: settings, sourceLocation: sourceLocation)
    }

    @Test func anAuthenticatedWebUserFires() throws {
        let found = try diagnostics(name: "Web User 6a9686004e6f72746800001f", authenticated: true)
        #expect(found.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(found) == [
                "support:1840000000122 | authenticated user is named 'Web User 6a9686004e6f72746800001f', which matches the placeholder pattern 'Web User *'"
            ])
    }

    /// The issue's near miss: an anonymous visitor is expected to carry the generated name.
    @Test func anUnauthenticatedWebUserStaysSilent() throws {
        #expect(try diagnostics(name: "Web User 65f1a2b34e6f727468000020", authenticated: false).isEmpty)
    }

    @Test func patternsAreASetting() throws {
        let settings = Settings(placeholderNamePatterns: ["Guest*"])
        #expect(try diagnostics(name: "Web User 6a96", authenticated: true, settings: settings).isEmpty)
        #expect(
            try diagnostics(name: "guest 42", authenticated: true, settings: settings).map(\.subject.description) == [
                "support:1840000000122"
            ])
    }

    @Test(arguments: [
        ("Web User *", "web user 65f1", true),
        ("Web User *", "Webster User 1", false),
        ("Web User *", "Web User", false),
        ("Mobile App User*", "Mobile App User", true),
        ("Visitor *", "Visitor 83210", true),
        ("Visitor *", "Visitors Bureau", false),
        ("Caller *", "Caller +1-555-0100", true),
        ("a*b*c", "aXXbYYc", true),
        ("a*b*c", "aXXbYY", false),
        ("*", "", true),
    ])
    func namePatterns(pattern: String, name: String, matches: Bool) {
        #expect(NamePattern(pattern).matches(name) == matches)
    }
}
