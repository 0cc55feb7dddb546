/// Raises `sync-drift-name`, `sync-drift-email` and `sync-drift-external-id` when a Support user and
/// an authenticated messaging user linked to it disagree (docs/rules.md §8).
///
/// "The messaging user copies the Support user's name, primary email and `external_id` only at the
/// first help-center login. Later edits on either side (agents may edit name and email) drift. Drift in
/// name, email or external ID is a diagnostic whose advice is the Synchronize User API."
///
/// A pair differs when both sides have a value and the values differ, or when the messaging side still
/// holds a value the Support side no longer has (cleared after the copy): agents see none while the AI
/// agent or a JWT login still uses the old one. A messaging side without a value is no drift, since a JWT
/// without a name or an email is common and nothing was copied. The name pairs Support `name` with
/// `givenName + " " + surname` exactly; the email pairs the Support primary email with the messaging
/// user's first email identity (where synchronizing writes it), else its profile email, ignoring case;
/// external IDs compare ignoring case, as linking does (§2), so a letter-case difference is no drift.
/// Unauthenticated pairs are left to `unverified-profile`: their values prove nothing either way.
enum SyncDriftRule: DiagnosticRule {
    /// The `sync-drift-name` line of the catalogue.
    static let name = DiagnosticCode(
        code: "sync-drift-name", severity: .warning, when: "linked users disagree on the name (§8)")
    /// The `sync-drift-email` line of the catalogue.
    static let email = DiagnosticCode(
        code: "sync-drift-email", severity: .warning, when: "linked users disagree on the email (§8)")
    /// The `sync-drift-external-id` line of the catalogue.
    static let externalID = DiagnosticCode(
        code: "sync-drift-external-id", severity: .warning, when: "linked users disagree on the external ID (§8)")

    static var codes: [DiagnosticCode] { [name, email, externalID] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users {
            guard let support = view.supportUser else { continue }
            for linked in view.messagingUsers where linked.authentication.isAuthenticated {
                let user = linked.user
                let sync = "POST /v2/apps/{appId}/users/\(support.id)/sync"
                switch pair(support.name, user.profileName, same: ==) {
                case .supportLacks(let messagingName)?:
                    diagnostics.append(
                        name.diagnostic(
                            subject: .user(view.key),
                            message:
                                "Support user has no name, while messaging user \(DiagnosticText.quoted(user.id)) is named \(DiagnosticText.quoted(messagingName))",
                            advice:
                                "agents see no name, while the AI agent's Provided name is \(DiagnosticText.quoted(messagingName)): give the Support user a name, then call the Synchronize User API (\(sync))"
                        ))
                case .differ(let supportName, let messagingName)?:
                    diagnostics.append(
                        name.diagnostic(
                            subject: .user(view.key),
                            message:
                                "Support name \(DiagnosticText.quoted(supportName)) differs from messaging user \(DiagnosticText.quoted(user.id)) name \(DiagnosticText.quoted(messagingName))",
                            advice:
                                "agents see \(DiagnosticText.quoted(supportName)), while the AI agent's Provided name is \(DiagnosticText.quoted(messagingName)): the name was copied only at first sign-in; call the Synchronize User API (\(sync)) to copy the Support name"
                        ))
                case nil: break
                }
                switch pair(support.primaryEmail, messagingEmail(of: user), same: Self.sameIgnoringCase) {
                case .supportLacks(let messagingEmail)?:
                    diagnostics.append(
                        email.diagnostic(
                            subject: .user(view.key),
                            message:
                                "Support user has no email, while messaging user \(DiagnosticText.quoted(user.id)) still holds \(DiagnosticText.quoted(messagingEmail))",
                            advice:
                                "agents see no email, while messaging still holds \(DiagnosticText.quoted(messagingEmail)) from the first sign-in; give the Support user its email, or call the Synchronize User API (\(sync)) so both agree"
                        ))
                case .differ(let supportEmail, let messagingEmail)?:
                    diagnostics.append(
                        email.diagnostic(
                            subject: .user(view.key),
                            message:
                                "Support email \(DiagnosticText.quoted(supportEmail)) differs from messaging user \(DiagnosticText.quoted(user.id)) email \(DiagnosticText.quoted(messagingEmail))",
                            advice:
                                "agents see \(DiagnosticText.quoted(supportEmail)), while messaging still holds \(DiagnosticText.quoted(messagingEmail)) from the first sign-in; call the Synchronize User API (\(sync)) to copy the Support primary email"
                        ))
                case nil: break
                }
                switch pair(support.externalID, DiagnosticText.nonEmpty(user.externalID), same: Self.sameIgnoringCase) {
                case .supportLacks(let messagingID)?:
                    diagnostics.append(
                        externalID.diagnostic(
                            subject: .user(view.key),
                            message:
                                "Support user has no external_id, while messaging user \(DiagnosticText.quoted(user.id)) has externalId \(DiagnosticText.quoted(messagingID))",
                            advice:
                                "agents see no external ID, while JWT logins and the AI agent's Authenticated external ID use \(DiagnosticText.quoted(messagingID)): set it as the Support user's external_id (PUT /api/v2/users/\(support.id)), then call the Synchronize User API (\(sync))"
                        ))
                case .differ(let supportID, let messagingID)?:
                    diagnostics.append(
                        externalID.diagnostic(
                            subject: .user(view.key),
                            message:
                                "Support external_id \(DiagnosticText.quoted(supportID)) differs from messaging user \(DiagnosticText.quoted(user.id)) externalId \(DiagnosticText.quoted(messagingID))",
                            advice:
                                "decide which ID your JWTs carry: a JWT login with the other one creates a separate user; fix the Support external_id (PUT /api/v2/users/\(support.id)) or the JWTs, then call the Synchronize User API (\(sync))"
                        ))
                case nil: break
                }
            }
        }
        return diagnostics
    }

    /// How the two sides of one field stand, when they drift.
    enum Drift {
        /// The messaging side holds a value the Support side has not (cleared after the copy).
        case supportLacks(messaging: String)
        /// Both sides hold a value, and they differ.
        case differ(support: String, messaging: String)
    }

    /// Whether one field drifts: a messaging value the Support side lacks, or two values `same` tells apart.
    /// A messaging side without a value never drifts (a JWT without a name or an email is common). The
    /// messaging value comes as its reader gives it (nil when empty); the Support value is trimmed.
    static func pair(_ support: String?, _ messaging: String?, same: (String, String) -> Bool) -> Drift? {
        guard let messaging else { return nil }
        guard let support = DiagnosticText.nonEmpty(support) else { return .supportLacks(messaging: messaging) }
        return same(support, messaging) ? nil : .differ(support: support, messaging: messaging)
    }

    /// Emails and external IDs compare ignoring case, as linking does (§2).
    static func sameIgnoringCase(_ left: String, _ right: String) -> Bool { left.lowercased() == right.lowercased() }

    /// The messaging side of the email pair: the first email identity, else the profile email.
    static func messagingEmail(of user: MessagingUser) -> String? {
        DiagnosticText.nonEmpty(user.identities.first { $0.type == "email" }?.value)
            ?? DiagnosticText.nonEmpty(user.profileEmail)
    }
}
