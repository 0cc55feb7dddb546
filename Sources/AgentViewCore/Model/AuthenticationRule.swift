/// Decides whether a messaging user is authenticated (docs/rules.md §3).
///
/// "A messaging user is authenticated if and only if it was assigned an external ID (JWT login in the
/// Web Widget / mobile SDK, or outbound messaging) or it signed in through the help center (then it has
/// `zendeskId` and may lack `externalId`). `authenticated` … When present it is what Zendesk computed, so
/// it wins; when absent (exports before 2025) derive it from the rule above. A stated value that
/// contradicts the rule is a diagnostic."
public enum AuthenticationRule {
    /// The authentication of one messaging user.
    public static func evaluate(_ user: MessagingUser) -> Authentication {
        let hasExternalID = !(user.externalID ?? "").isEmpty
        let hasZendeskID = !(user.zendeskID ?? "").isEmpty
        let derived = hasExternalID || hasZendeskID
        let method: Authentication.Method? = hasExternalID ? .jwt : (hasZendeskID ? .helpCenter : nil)
        guard let stated = user.statedAuthenticated else {
            return Authentication(isAuthenticated: derived, method: method, source: .derived, contradictsRule: false)
        }
        return Authentication(
            isAuthenticated: stated, method: stated ? method : nil, source: .stated, contradictsRule: stated != derived)
    }
}
