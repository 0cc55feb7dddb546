/// Which end user holds each messaging user id: the one rule that the view, the diagnostics and the
/// pages share, so a diagnostic and the page it links to always agree.
///
/// A messaging user belongs to the end user it was linked to (rulebook §2), or to itself when it has
/// no Support user; an id a merge discarded belongs to whoever holds the surviving id (§7).
public struct MessagingOwners: Sendable {
    private let owners: [String: UserKey]
    private let aliases: [String: String]

    /// Owners of the surviving ids, and the alias map that resolves discarded ids.
    init(owners: [String: UserKey], aliases: [String: String]) {
        self.owners = owners
        self.aliases = aliases
    }

    /// The end user that holds a messaging user id, following merges.
    public func owner(of messagingUserID: String) -> UserKey? {
        owners[aliases[messagingUserID] ?? messagingUserID]
    }
}
