/// Raises `sync-window-missed` when a help-center messaging user never took the external ID its
/// Support user has (docs/rules.md §8).
///
/// "Missed sync window: a messaging user with `zendeskId` but no `externalId`, whose Support user has
/// an `external_id`. JWT login from another app will create a separate user or fail with an email
/// conflict. Advice: set `external_id` on the Support user, then synchronize."
enum SyncWindowMissedRule: DiagnosticRule {
    /// The `sync-window-missed` line of the catalogue.
    static let missed = DiagnosticCode(
        code: "sync-window-missed", severity: .warning,
        when: "a messaging user with zendeskId but no externalId, whose Support user has an external_id (§8)")

    static var codes: [DiagnosticCode] { [missed] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users {
            guard let support = view.supportUser, let supportExternalID = DiagnosticText.nonEmpty(support.externalID)
            else { continue }
            for linked in view.messagingUsers
            where linked.user.zendeskID == support.id && DiagnosticText.nonEmpty(linked.user.externalID) == nil {
                diagnostics.append(
                    missed.diagnostic(
                        subject: .user(view.key),
                        message:
                            "messaging user \(DiagnosticText.quoted(linked.user.id)) has zendeskId \(DiagnosticText.quoted(support.id)) but no externalId, while its Support user has external_id \(DiagnosticText.quoted(supportExternalID))",
                        advice:
                            "set external_id on the Support user (it holds \(DiagnosticText.quoted(supportExternalID)); change it first if your JWTs carry another ID), then synchronize (POST /v2/apps/{appId}/users/\(support.id)/sync) so the messaging user takes it: it is copied only at the first help-center sign-in, and until then a JWT login with it from another app creates a separate user or fails with an email conflict"
                    ))
            }
        }
        return diagnostics
    }
}
