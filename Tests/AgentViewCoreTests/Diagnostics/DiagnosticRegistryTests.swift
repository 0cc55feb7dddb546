import AgentViewCore
import Testing

/// docs/rules.md §9: the registry lists exactly the catalogue, in its order, with its severities.
@Suite struct DiagnosticRegistryTests {
    /// The §9 table, row by row.
    static let catalogue: [(String, Diagnostic.Severity)] = [
        ("auth-flag-contradiction", .warning),
        ("link-target-missing", .warning),
        ("sync-drift-name", .warning),
        ("sync-drift-email", .warning),
        ("sync-drift-external-id", .warning),
        ("sync-window-missed", .warning),
        ("duplicate-external-id", .error),
        ("duplicate-email", .warning),
        ("probable-auth-duplicate", .warning),
        ("active-ticket-cap", .note),
        ("unverified-profile", .note),
        ("placeholder-name", .warning),
        ("possible-duplicate-tickets", .note),
        ("threading-conflict", .warning),
        ("shared-device", .warning),
        ("cross-brand-history", .note),
        ("help-center-auth-other-brand", .warning),
        ("auth-time-unknown", .note),
        ("dangling-reference", .warning),
        ("duplicate-record", .warning),
        ("ai-agent-asks-again", .note),
        ("unknown-channel", .note),
        ("staff-as-end-user", .warning),
        ("skipped-file", .warning),
        ("unrecognised-file", .warning),
        ("lookalike-name", .warning),
        ("messaging-mode-override", .note),
    ]

    @Test func listsExactlyTheCatalogueInOrder() {
        #expect(DiagnosticRegistry.catalogue.map(\.code) == Self.catalogue.map(\.0))
        #expect(DiagnosticRegistry.catalogue.map(\.severity) == Self.catalogue.map(\.1))
    }

    @Test func everyCodeSaysWhenItFires() {
        for entry in DiagnosticRegistry.catalogue {
            #expect(!entry.when.isEmpty, "\(entry.code) has no 'when'")
        }
        #expect(
            DiagnosticRegistry.entry(for: "threading-conflict")?.when
                == "two non-closed tickets for one conversation and user")
        #expect(DiagnosticRegistry.entry(for: "no-such-code") == nil)
    }
}
