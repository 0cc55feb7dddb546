/// Links each messaging user to at most one Support user, recording the rule that did it (docs/rules.md §2).
///
/// "They are linked, in this order of strength: 1. `messaging.zendeskId == String(support.id)`;
/// 2. `messaging.externalId` equals `support.external_id`, compared case-insensitively; 3. a Support
/// identity of `type: "messaging"` whose `value` is the messaging user id; 4. a Zendesk
/// conversation-log event whose author carries both `zen:sunco:user_id` and `zen:support:user_id`.
/// Email alone never links two users."
public struct UserLinker: Sendable {
    /// A messaging user's Support counterpart and why.
    public struct Link: Sendable, Equatable {
        public var supportUserID: String
        public var rule: LinkRule
    }

    private var supportIDs: Set<String> = []
    private var byExternalID: [String: String] = [:]
    private var byMessagingIdentity: [String: String] = [:]
    private var byConversationLog: [String: String] = [:]

    /// Indexes the Support side once, so linking is linear in the number of users.
    public init(supportUsers: [SupportUser], logEvents: [ConversationLogEvent], merges: MergeHistory) {
        // Users are sorted by id, so on a duplicate external id the lowest id wins, on every machine.
        for user in supportUsers {
            supportIDs.insert(user.id)
            if let externalID = user.externalID?.lowercased(), !externalID.isEmpty, byExternalID[externalID] == nil {
                byExternalID[externalID] = user.id
            }
            for identity in user.identities
            where identity.type == "messaging" && byMessagingIdentity[identity.value] == nil {
                byMessagingIdentity[identity.value] = user.id
            }
        }
        // Only end-user authors link: bot entries carry a Sunshine id of their own beside Support id -1.
        for event in logEvents where event.authorType == "user" {
            guard let messagingID = event.authorMessagingUserID, let supportID = event.authorSupportUserID,
                supportID != "-1", supportIDs.contains(supportID)
            else { continue }
            let resolved = merges.resolve(messagingID)
            if byConversationLog[resolved] == nil { byConversationLog[resolved] = supportID }
        }
    }

    /// The Support user a messaging user id the export holds no record of links to: only a Support identity
    /// of `type: "messaging"` can name it (rule 3), as it names a merged-away anonymous user.
    public func link(messagingUserID: String) -> Link? {
        byMessagingIdentity[messagingUserID].map { Link(supportUserID: $0, rule: .messagingIdentity) }
    }

    /// The Support user a messaging user links to, by the strongest rule that applies.
    public func link(_ user: MessagingUser) -> Link? {
        if let zendeskID = user.zendeskID, supportIDs.contains(zendeskID) {
            return Link(supportUserID: zendeskID, rule: .zendeskID)
        }
        if let externalID = user.externalID?.lowercased(), let id = byExternalID[externalID] {
            return Link(supportUserID: id, rule: .externalID)
        }
        if let id = byMessagingIdentity[user.id] {
            return Link(supportUserID: id, rule: .messagingIdentity)
        }
        if let id = byConversationLog[user.id] {
            return Link(supportUserID: id, rule: .conversationLog)
        }
        return nil
    }
}
