/// The Support users a login merge folded into another end user (docs/rules.md §7 rule 2): "the anonymous
/// user, with all its conversations and tickets, is merged into" the authenticated one.
///
/// An export can still list the anonymous user's Support counterpart (a "Web User" whose messaging identity
/// names the discarded messaging id), with the tickets it requested before the login. Those tickets, and the
/// comments it wrote, belong to the end user holding the surviving id, as the messages of the discarded id do
/// (`MessagingOwners`). The Support user keeps its own page: the export still lists it.
///
/// One rule for the view, its diagnostics and a shard's plan (`ShardPlan`), so that a shard keeps a folded
/// ticket with the end user whose page lists it.
public struct MergedSupportUsers: Sendable {
    /// Support user id → the end user its tickets and comments belong to.
    private let survivors: [String: UserKey]

    init(survivors: [String: UserKey]) { self.survivors = survivors }

    /// The end user that requested a ticket or wrote a comment as the Support user `supportUserID`.
    public func owner(ofSupportUser supportUserID: String) -> UserKey {
        survivors[supportUserID] ?? UserKey(.support, supportUserID)
    }

    /// The end user a login merge folded the Support user into, if one did: what it wrote, it wrote while
    /// anonymous (§5 rule 2), and its page says where its tickets went.
    public func survivor(ofSupportUser supportUserID: String) -> UserKey? { survivors[supportUserID] }
}
