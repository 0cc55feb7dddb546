/// Raises `lookalike-name` when a name agents see holds a check-mark-like character, a bidirectional
/// control, or letters of two scripts in one word (rulebook: "Look-alike names"; `LookalikeText`).
///
/// An unauthenticated "Alice Carter ✅" reads as the authenticated Alice in every list, header and
/// bubble. The pages show such characters defused; this warning says where they are.
enum LookalikeNameRule: DiagnosticRule {
    static let lookalike = DiagnosticCode(
        code: "lookalike-name", severity: .warning,
        when: "a name holds a check-mark-like character, a bidirectional control, or letters of two scripts in one word"
    )

    static var codes: [DiagnosticCode] { [lookalike] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users {
            var names = [view.displayName]
            for linked in view.messagingUsers {
                if let name = linked.user.profileName, !names.contains(name) { names.append(name) }
            }
            for name in names {
                let findings = LookalikeText.findings(in: name)
                guard !findings.isEmpty else { continue }
                diagnostics.append(
                    lookalike.diagnostic(
                        subject: .user(view.key),
                        message:
                            "the name \(DiagnosticText.quoted(LookalikeText.defused(name))) holds \(DiagnosticText.list(findings))",
                        advice:
                            "the real check mark is drawn by Zendesk, never typed: do not trust a mark inside a name; the pages show these characters as their code points"
                    ))
            }
        }
        return diagnostics
    }
}
