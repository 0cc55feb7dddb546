/// Raises `placeholder-name` when an authenticated user still carries a generated name (docs/rules.md §9).
///
/// §9: "an authenticated user's name looks generated ("Web User …", "Visitor …", "Mobile App User",
/// "Caller …"; patterns are a setting)". Anonymous users are expected to carry such names, so only
/// authenticated users with a Support name fire: there the placeholder stands next to the check mark.
enum PlaceholderNameRule: DiagnosticRule {
    /// The `placeholder-name` line of the catalogue.
    static let placeholder = DiagnosticCode(
        code: "placeholder-name", severity: .warning,
        when:
            "an authenticated user's name looks generated (\"Web User …\", \"Visitor …\", \"Mobile App User\", \"Caller …\"; patterns are a setting)"
    )

    static var codes: [DiagnosticCode] { [placeholder] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        let patterns = context.settings.placeholderNamePatterns.map(NamePattern.init)
        var diagnostics: [Diagnostic] = []
        for view in context.users where view.isAuthenticated {
            guard let support = view.supportUser, let name = DiagnosticText.nonEmpty(support.name),
                let pattern = patterns.first(where: { $0.matches(name) })
            else { continue }
            diagnostics.append(
                placeholder.diagnostic(
                    subject: .user(view.key),
                    message:
                        "authenticated user is named \(DiagnosticText.quoted(name)), which matches the placeholder pattern \(DiagnosticText.quoted(pattern.text))",
                    advice:
                        "agents see a generated name next to the check mark: send the name claim in the JWT (or set the name on Support user \(support.id)), then synchronize (POST /v2/apps/{appId}/users/\(support.id)/sync)"
                ))
        }
        return diagnostics
    }
}
