/// Raises `messaging-mode-override` when the messaging mode given as a setting (`--messaging`)
/// contradicts the export's Sunshine Conversations app (docs/rules.md §7 rule 3).
///
/// "`--messaging` overrides both, and a setting that contradicts the export's app is a note": the pages
/// then preview the other mode, not what this account's agents see.
enum MessagingModeOverrideRule: DiagnosticRule {
    /// The `messaging-mode-override` line of the catalogue.
    static let override = DiagnosticCode(
        code: "messaging-mode-override", severity: .note,
        when: "the --messaging setting contradicts the export's Sunshine Conversations app (multiConvoEnabled) (§7)")

    static var codes: [DiagnosticCode] { [override] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        let choice = context.messaging
        guard choice.overridesApp, let app = choice.app else { return [] }
        let used = MessagingModeChoice.words(choice.mode)
        let stated = MessagingModeChoice.words(app.mode)
        return [
            override.diagnostic(
                subject: .record(kind: "app", id: app.id),
                message:
                    "the setting --messaging \(choice.mode.rawValue) contradicts the export's Sunshine Conversations app \(DiagnosticText.quoted(app.id)), whose settings.multiConvoEnabled is \(app.mode == .multi): the pages use \(used) messaging, not the account's \(stated) messaging",
                advice:
                    "marks, the active-ticket cap and merged conversations follow the setting, so agents of this account may see otherwise; drop --messaging to see what they see, or keep it to preview a change of mode"
            )
        ]
    }
}
