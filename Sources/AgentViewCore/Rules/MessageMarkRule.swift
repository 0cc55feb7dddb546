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

    /// Why this rule decided a message's mark as it did, citing the rule: the words under an end-user message
    /// on its page, and in a diff of a message that gained or lost the mark. `isMessagingMessage` is nil where
    /// it is not known (a snapshot does not say whether a line was a Support comment).
    public func reason(checkMark: Bool, isMessagingMessage: Bool?) -> String {
        switch (self, checkMark) {
        case (.webhook, true):
            return "the conversation:message webhook says the author was authenticated when sending (§5 rule 1)."
        case (.webhook, false):
            return "the conversation:message webhook says the author was not authenticated when sending (§5 rule 1)."
        case (.mergedAnonymous, _):
            return "sent by an anonymous user who was later merged into this user at login (§5 rule 2)."
        case (.authenticationTime, true):
            return "received at or after the moment the author authenticated (§5 rule 3)."
        case (.authenticationTime, false):
            return "received before the moment the author authenticated (§5 rule 3)."
        case (.authenticationTimeUnknown, _):
            return "the author is authenticated and nothing says since when, so every message is marked (§5 rule 4)."
        case (.notAuthenticated, _):
            return "the author is not authenticated (§3)."
        case (.emailChannel, _):
            return "an email ticket; the mark is not carried onto email (§5 rule 6)."
        case (.notMessaging, _):
            switch isMessagingMessage {
            case true?:
                return "the ticket's channel is not messaging, so none of its messages carries the mark (§5 rule 6)."
            case false?: return "a Support comment, not a messaging message; the mark is a messaging feature (§4)."
            case nil:
                return
                    "the ticket's channel is not messaging, or the line is a Support comment, not a messaging message; the mark is a messaging feature (§4, §5 rule 6)."
            }
        case (.overCap, _):
            return "the ticket is over the active-ticket cap, so none of its messages carries the mark (§5 rule 6)."
        case (.notEndUser, _):
            return "agent, bot and system messages never carry the end-user mark (§5 rule 5)."
        case (.requesterNotAuthenticated, _):
            return
                "the ticket's requester is not authenticated or not in the export, so the ticket carries no mark and neither do its messages, whoever wrote them (§5 rule 6)."
        }
    }
}
