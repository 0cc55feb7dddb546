/// Which rule decided whether an end-user message carries the check mark (docs/rules.md §5).
public enum MessageMarkRule: String, Sendable, CaseIterable {
    /// Rule 1: the webhook's `message.author.user.authenticated` at send time.
    case webhook
    /// Rule 2: the author was anonymous and later merged into an authenticated user by `sdkLogin`.
    case mergedAnonymous = "merged-anonymous"
    /// Rule 3: a known moment of authentication; marked when received at or after it.
    case authenticationTime = "auth-time"
    /// Rule 4: an authenticated author with no known moment: every message marked, `auth-time-unknown` raised.
    case authenticationTimeUnknown = "auth-time-unknown"
    /// The author is not authenticated.
    case notAuthenticated = "not-authenticated"
    /// Agent, bot and system messages never carry the end-user mark.
    case notEndUser = "not-end-user"
    /// An email ticket, where the mark is not carried (§4 rule 4, §5 rule 6).
    case emailChannel = "email-channel"
    /// A Support comment that is no messaging message (web form, email, API, no channel), or any message on a
    /// ticket whose channel is not messaging: the mark is a messaging feature (§4 rules 5–6, §5 rule 6).
    case notMessaging = "not-messaging"
    /// A message on an active ticket ranked past the cap, which carries no mark (§5 rule 6, §6).
    case overCap = "over-cap"
    /// A message rules 1–4 would mark, on a ticket without the mark because its requester is not
    /// authenticated or not in the export (another user wrote on it): the ticket carries no mark, so
    /// neither does the message (§5 rule 6).
    case requesterNotAuthenticated = "requester-not-authenticated"
}
