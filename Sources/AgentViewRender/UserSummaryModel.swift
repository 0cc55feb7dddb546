import AgentViewCore
import Mustache

/// One user as a row of the user list: name with the mark, how authenticated, primary email,
/// active tickets and how many carry the mark, and how many diagnostics concern the user.
struct UserSummaryModel {
    let user: UserView
    let context: PageContext
    /// The row's HTML id on the user list when it starts a letter of the A–Z jump.
    var rowID: String? = nil

    /// Whether any active ticket of the user is ranked past the cap (§6).
    var isOverCap: Bool { user.ticketSummary.isOverCap }

    /// The user's diagnostics count.
    var diagnosticCount: Int { context.view.diagnosticCount(of: user.key) }

    /// `{name, checkMark, href, key, initials, authentication, authenticationClass, email, activeTickets,
    /// markedTickets, diagnostics, overCap, staffRole, rowID}`.
    var value: MustacheValue {
        let name = user.displayName
        return [
            "name": .string(LookalikeText.shown(name)),
            "checkMark": .bool(user.nameCheckMark),
            "href": MustacheValue(context.links.user(user.key)),
            "key": .string(user.key.description),
            "initials": .string(Avatar.initials(name)),
            "authentication": .string(Wording.authentication(of: user)),
            "authenticationClass": .string(Wording.authenticationClass(of: user)),
            "email": MustacheValue(LookalikeText.shown(user.supportValue(.email) ?? user.messagingValue(.email))),
            "activeTickets": .init(user.ticketSummary.active),
            "markedTickets": .init(user.ticketSummary.markedActive),
            "diagnostics": .init(diagnosticCount),
            "overCap": .bool(isOverCap),
            // An agent or admin a messaging user links to (§2 rule 6): the role is said plainly.
            "staffRole": MustacheValue(user.staffRole.map(Wording.role)),
            "rowID": MustacheValue(rowID),
        ]
    }
}
