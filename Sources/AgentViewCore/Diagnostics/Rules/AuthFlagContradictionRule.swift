/// Raises `auth-flag-contradiction` when a messaging user's stated `authenticated` flag disagrees
/// with its ids (docs/rules.md §3).
///
/// "`authenticated` … When present it is what Zendesk computed, so it wins; when absent (exports
/// before 2025) derive it from the rule above. A stated value that contradicts the rule is a
/// diagnostic." The rule: authenticated if and only if the user has an `externalId` or a `zendeskId`.
enum AuthFlagContradictionRule: DiagnosticRule {
    /// The `auth-flag-contradiction` line of the catalogue.
    static let contradiction = DiagnosticCode(
        code: "auth-flag-contradiction", severity: .warning,
        when: "stated `authenticated` disagrees with externalId/zendeskId")

    static var codes: [DiagnosticCode] { [contradiction] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users {
            for linked in view.messagingUsers where linked.authentication.contradictsRule {
                let user = linked.user
                let stated = linked.authentication.isAuthenticated
                let evidence = [
                    DiagnosticText.nonEmpty(user.externalID).map { "externalId \(DiagnosticText.quoted($0))" },
                    DiagnosticText.nonEmpty(user.zendeskID).map { "zendeskId \(DiagnosticText.quoted($0))" },
                ].compactMap { $0 }
                let has = evidence.isEmpty ? "neither externalId nor zendeskId" : DiagnosticText.list(evidence)
                let effect = stated ? "agents see the check mark" : "agents see no check mark"
                diagnostics.append(
                    contradiction.diagnostic(
                        subject: .user(view.key),
                        message:
                            "messaging user \(DiagnosticText.quoted(user.id)) states authenticated '\(stated)' but has \(has): the stated flag wins, so \(effect)",
                        advice:
                            "Zendesk computed the flag and it wins over the ids: check the JWT or help-center sign-in that set them, then re-export the user (GET /v2/apps/{appId}/users/\(user.id)) to see whether the flag has caught up"
                    ))
            }
        }
        return diagnostics
    }
}
