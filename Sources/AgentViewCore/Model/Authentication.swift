/// Whether a messaging user is authenticated, how, and on what evidence (docs/rules.md §3).
public struct Authentication: Sendable, Equatable {
    /// How the user authenticated.
    public enum Method: String, Sendable {
        /// JWT login in the Web Widget or mobile SDK, or outbound messaging: the user has an external ID.
        case jwt
        /// Help-center sign-in: the user has a `zendeskId` and may lack an external ID.
        case helpCenter = "help-center"
    }

    /// Where the answer came from.
    public enum Source: String, Sendable {
        /// The `authenticated` flag Zendesk computed.
        case stated
        /// Derived from `externalId` / `zendeskId` (exports before 2025 lack the flag).
        case derived
    }

    public var isAuthenticated: Bool
    /// Set when authenticated and the evidence says how.
    public var method: Method?
    public var source: Source
    /// The stated flag disagrees with what `externalId` / `zendeskId` imply (`auth-flag-contradiction`).
    public var contradictsRule: Bool

    /// The unauthenticated state with no evidence at all.
    public static let anonymous = Authentication(
        isAuthenticated: false, method: nil, source: .derived, contradictsRule: false)
}
