/// Merges and logins from webhooks: the discarded → surviving alias map and known authentication moments.
///
/// docs/rules.md §7: "If a user with that external ID exists, the anonymous user and all its conversations
/// and tickets are merged into the authenticated user. Keep an alias map discarded → surviving: old
/// messages still name the discarded id."
public struct MergeHistory: Sendable {
    /// One `user:merge` event.
    public struct Merge: Sendable, Equatable {
        public var discardedUserID: String
        public var survivingUserID: String
        public var discardedConversationID: String?
        public var survivingConversationID: String?
        public var at: Timestamp?
        /// `sdkLogin`, `api` or `channelLinking`.
        public var reason: String?

        /// Whether an anonymous user logged in as an existing user (§5 rule 2 applies to its messages).
        public var isLogin: Bool { reason == "sdkLogin" }
    }

    public private(set) var merges: [Merge] = []
    /// Discarded user id → surviving user id, followed to the end of any chain.
    public private(set) var userAliases: [String: String] = [:]
    /// Earliest `user:update` with reason `authentication`, per user (§5 rule 3).
    public private(set) var authenticationTimes: [String: Timestamp] = [:]
    /// The last merge that discarded each user id, as a position in `merges`.
    private var lastMergeDiscarding: [String: Int] = [:]

    /// Reads merges and authentication updates from webhook events (already sorted by time).
    public init(events: [WebhookEvent]) {
        var direct: [String: String] = [:]
        for event in events {
            switch event.payload {
            case .userMerge(
                let surviving, let discarded, let survivingConversation, let discardedConversation, let reason):
                guard surviving.id != discarded.id else { continue }
                lastMergeDiscarding[discarded.id] = merges.count
                merges.append(
                    Merge(
                        discardedUserID: discarded.id, survivingUserID: surviving.id,
                        discardedConversationID: discardedConversation, survivingConversationID: survivingConversation,
                        at: event.createdAt, reason: reason))
                direct[discarded.id] = surviving.id
            case .userUpdate(let user, let reason) where reason == "authentication":
                if let at = event.createdAt, authenticationTimes[user.id].map({ at < $0 }) ?? true {
                    authenticationTimes[user.id] = at
                }
            default: continue
            }
        }
        for id in direct.keys {
            var target = direct[id]!
            var seen: Set<String> = [id]
            // Follow chains (a → b → c) and stop on a cycle, which a hostile export could hold.
            while let next = direct[target], !seen.contains(target) {
                seen.insert(target)
                target = next
            }
            userAliases[id] = target
        }
    }

    /// The surviving id for a possibly discarded user id.
    public func resolve(_ userID: String) -> String { userAliases[userID] ?? userID }

    /// The merge that discarded this user id, if any.
    public func mergeDiscarding(_ userID: String) -> Merge? { lastMergeDiscarding[userID].map { merges[$0] } }

    /// Conversation aliases in single-conversation mode: the anonymous conversation joins the surviving one (§7).
    public func conversationAliases(mode: Settings.MessagingMode) -> [String: String] {
        guard mode == .single else { return [:] }
        var aliases: [String: String] = [:]
        for merge in merges {
            if let discarded = merge.discardedConversationID, let surviving = merge.survivingConversationID,
                discarded != surviving
            {
                aliases[discarded] = surviving
            }
        }
        return aliases
    }

    /// The login moment of each anonymous conversation merged by `sdkLogin` (§5 rule 3, "or the merge time").
    ///
    /// Only the discarded side's conversation gains a moment: the surviving user was authenticated before
    /// the merge, so its own earlier messages were sent authenticated.
    public func loginTimesByConversation() -> [String: Timestamp] {
        var times: [String: Timestamp] = [:]
        for merge in merges where merge.isLogin {
            guard let at = merge.at, let conversation = merge.discardedConversationID else { continue }
            times[conversation] = min(times[conversation] ?? at, at)
        }
        return times
    }
}
