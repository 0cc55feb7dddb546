/// The one list of diagnostic rules, in docs/rules.md §9 catalogue order, and the catalogue they make.
///
/// Adding a code means adding its rule here; `catalogue` then documents it for pages and docs, and the
/// registry test pins codes and severities to §9.
public enum DiagnosticRegistry {
    /// Every rule, in catalogue order.
    static var rules: [any DiagnosticRule.Type] {
        [
            AuthFlagContradictionRule.self,
            LinkTargetMissingRule.self,
            SyncDriftRule.self,
            SyncWindowMissedRule.self,
            DuplicateExternalIDRule.self,
            SharedEmailRule.self,
            ActiveTicketCapRule.self,
            UnverifiedProfileRule.self,
            PlaceholderNameRule.self,
            PossibleDuplicateTicketsRule.self,
            ThreadingConflictRule.self,
            SharedDeviceRule.self,
            CrossBrandHistoryRule.self,
            HelpCenterAuthOtherBrandRule.self,
            AuthTimeUnknownRule.self,
            DanglingReferenceRule.self,
            DuplicateRecordRule.self,
            AIAgentAsksAgainRule.self,
            UnknownChannelRule.self,
            StaffAsEndUserRule.self,
            SkippedFileRule.self,
            LookalikeNameRule.self,
            MessagingModeOverrideRule.self,
        ]
    }

    /// Every code the engine can raise, with its severity and when, in catalogue order.
    public static var catalogue: [DiagnosticCode] { rules.flatMap { $0.codes } }

    /// The catalogue line of a code, if the engine knows it.
    public static func entry(for code: String) -> DiagnosticCode? { catalogue.first { $0.code == code } }

    /// Runs every rule over a built view; the result is sorted by code, subject and message.
    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        // Rules read the view and nothing else, so they run at once; the sort makes their order irrelevant.
        Concurrently.map(rules.count) { rules[$0].diagnose(context) }.joined().sorted()
    }
}
