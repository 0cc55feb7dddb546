/// Raises `unverified-profile` when an unauthenticated user agents see shows a name or email it
/// provided itself (docs/rules.md §3).
///
/// "Unauthenticated users may still have a name or an email (typed into an AI-agent form, or taken
/// from a social profile). Show it, marked unverified; it proves nothing." The values come from the
/// messaging profile, else from the user's `formResponse` messages. Messaging users with no Support
/// user are skipped: agents never see them (§2).
enum UnverifiedProfileRule: DiagnosticRule {
    /// The `unverified-profile` line of the catalogue.
    static let unverified = DiagnosticCode(
        code: "unverified-profile", severity: .note, when: "an unauthenticated user shows a name or email")

    static var codes: [DiagnosticCode] { [unverified] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users where !view.isAuthenticated && view.isVisibleToAgents {
            for linked in view.messagingUsers {
                var provided = ProvidedIdentity.profile(of: linked.user)
                if provided.isEmpty {
                    provided = ProvidedIdentity.forms(in: context.endUserFormsByAuthor[linked.user.id] ?? [])
                }
                let values = [
                    provided.names.first.map { "name \(DiagnosticText.quoted($0))" },
                    provided.emails.first.map { "email \(DiagnosticText.quoted($0))" },
                ].compactMap { $0 }
                guard !values.isEmpty else { continue }
                diagnostics.append(
                    unverified.diagnostic(
                        subject: .user(view.key),
                        message:
                            "unauthenticated messaging user \(DiagnosticText.quoted(linked.user.id)) provided \(DiagnosticText.list(values)), shown unverified",
                        advice:
                            "anyone can type a name or email into a bot form or set it in a social profile: agents should confirm identity before sharing order or account details; only a JWT login in the Web Widget or a mobile SDK makes it proof (social channels cannot authenticate)"
                    ))
            }
        }
        return diagnostics
    }
}
