/// Raises `shared-device` when one unauthenticated messaging user provided two or more different names
/// or emails (docs/rules.md §9; Zendesk's article 4531075858458 on shared devices).
///
/// §9: "one unauthenticated user provided two or more different emails or names". Anonymous messaging
/// users live in one browser or app install, so two people on a shared device become one user whose
/// histories agents see as one. The values are the profile's and those of every `formResponse` the
/// user (or an id merged into it) sent, compared ignoring case and spacing.
enum SharedDeviceRule: DiagnosticRule {
    /// The `shared-device` line of the catalogue.
    static let shared = DiagnosticCode(
        code: "shared-device", severity: .warning,
        when: "one unauthenticated user provided two or more different emails or names")

    static var codes: [DiagnosticCode] { [shared] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (userID, messages) in context.endUserFormsByAuthor {
            guard let user = context.messagingUsersByID[userID], !AuthenticationRule.evaluate(user).isAuthenticated
            else { continue }
            var provided = ProvidedIdentity.profile(of: user)
            provided.add(forms: messages)
            guard provided.names.count > 1 || provided.emails.count > 1 else { continue }
            let values = [
                provided.names.isEmpty
                    ? nil
                    : "\(DiagnosticText.count(provided.names.count, "name")) (\(DiagnosticText.quotedList(provided.names)))",
                provided.emails.isEmpty
                    ? nil
                    : "\(DiagnosticText.count(provided.emails.count, "email")) (\(DiagnosticText.quotedList(provided.emails)))",
            ].compactMap { $0 }
            diagnostics.append(
                shared.diagnostic(
                    subject: .user(context.owner(ofMessagingUser: userID) ?? UserKey(.messaging, userID)),
                    message:
                        "unauthenticated messaging user \(DiagnosticText.quoted(userID)) provided \(DiagnosticText.list(values))",
                    advice:
                        "two people may share this browser or device, and agents see their conversations as one user's history: read the transcripts before trusting either identity, and authenticate users with JWT (logging them out on sign-out) so each person gets their own user"
                ))
        }
        return diagnostics
    }
}
