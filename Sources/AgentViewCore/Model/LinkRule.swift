/// Which rule linked a messaging user to a Support user, strongest first (docs/rules.md §2).
public enum LinkRule: String, Sendable, CaseIterable, Comparable {
    /// `messaging.zendeskId == String(support.id)`.
    case zendeskID = "zendesk-id"
    /// `messaging.externalId` equals `support.external_id`, compared case-insensitively.
    case externalID = "external-id"
    /// A Support identity of type `messaging` whose value is the messaging user id.
    case messagingIdentity = "messaging-identity"
    /// A conversation-log author carrying both `zen:sunco:user_id` and `zen:support:user_id`.
    case conversationLog = "conversation-log"

    public static func < (lhs: LinkRule, rhs: LinkRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
