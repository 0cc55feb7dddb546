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
///
/// Only a Support end user receives folded tickets: a requester is always a Support user (§2), and a messaging
/// user no Support user holds is one agents never see (§2 rule 7).
public struct MergedSupportUsers: Sendable {
    /// One Support user folded by a login merge.
    public struct Fold: Sendable, Equatable {
        /// The Support end user holding the surviving messaging id.
        public var survivor: UserKey
        /// When the login merge happened, if its event says: until then the tickets were an anonymous user's.
        public var loginAt: Timestamp?
    }

    /// Support user id → its fold.
    private let folds: [String: Fold]

    init(folds: [String: Fold]) { self.folds = folds }

    /// The end user that requested a ticket or wrote a comment as the Support user `supportUserID`.
    public func owner(ofSupportUser supportUserID: String) -> UserKey {
        folds[supportUserID]?.survivor ?? UserKey(.support, supportUserID)
    }

    /// How a login merge folded the Support user into another end user, if one did: what it wrote, it wrote
    /// while anonymous (§5 rule 2), and its page says where its tickets went.
    public func fold(ofSupportUser supportUserID: String) -> Fold? { folds[supportUserID] }
}
