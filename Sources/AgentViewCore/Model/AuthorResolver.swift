/// Finds who wrote each transcript line and what §5 needs to know about them, by lookup.
///
/// Built once per view: each line costs a few dictionary lookups, whatever the size of the export.
struct AuthorResolver {
    let users: [AgentViewBuilder.UserDraft]
    let positions: [UserKey: Int]
    let owners: MessagingOwners
    /// The Support users a login merge folded: their comments are the survivor's, written while anonymous.
    let mergedSupportUsers: MergedSupportUsers
    let merges: MergeHistory
    /// The login moment of each anonymous conversation a login merge dated (§7).
    let loginTimes: [String: Timestamp]

    /// The facts §5 needs about an entry's author, and the author for the snapshot; `requester` is the
    /// position of the ticket's requester, which Support comments without an author fall back on.
    func author(of entry: TranscriptEntry, requester: Int?) -> (MessageCheckMark.Author, MessageAuthor) {
        switch entry.role {
        case .agent: return (MessageCheckMark.Author(isAuthenticated: false), .agent(entry.authorSupportUserID))
        case .bot: return (MessageCheckMark.Author(isAuthenticated: false), .bot)
        case .system: return (MessageCheckMark.Author(isAuthenticated: false), .system)
        case .endUser: break
        }
        let conversationTime = entry.conversationID.flatMap { loginTimes[$0] }
        if let rawID = entry.authorMessagingUserID {
            let resolved = merges.resolve(rawID)
            let wasAnonymous = merges.mergeDiscarding(rawID)?.isLogin ?? false
            if let ownerKey = owners.owner(of: resolved), let position = positions[ownerKey],
                let linked = users[position].messagingUsers.first(where: { $0.user.id == resolved })
            {
                let author = MessageCheckMark.Author(
                    isAuthenticated: linked.authentication.isAuthenticated,
                    authenticatedAt: linked.authenticatedAt ?? conversationTime, wasAnonymousBeforeLogin: wasAnonymous)
                return (author, .endUser(ownerKey))
            }
            return (
                MessageCheckMark.Author(isAuthenticated: false, wasAnonymousBeforeLogin: wasAnonymous),
                .endUser(UserKey(.messaging, resolved))
            )
        }
        let authorKey = entry.authorSupportUserID.map(mergedSupportUsers.owner(ofSupportUser:))
        guard let position = authorKey.flatMap({ positions[$0] }) ?? requester else {
            return (MessageCheckMark.Author(isAuthenticated: false), authorKey.map(MessageAuthor.endUser) ?? .unknown)
        }
        let at = users[position].messagingUsers.compactMap(\.authenticatedAt).min() ?? conversationTime
        let author = MessageCheckMark.Author(
            isAuthenticated: users[position].isAuthenticated, authenticatedAt: at,
            wasAnonymousBeforeLogin: entry.authorSupportUserID.flatMap(mergedSupportUsers.fold(ofSupportUser:)) != nil)
        return (author, .endUser(users[position].key))
    }
}
