import AgentViewCore
import Mustache

/// One user as a row of the user list: name with the mark, how authenticated, primary email,
/// active tickets and how many carry the mark, and how many diagnostics concern the user (`UserRow`).
struct UserSummaryModel {
    let user: UserView
    let context: PageContext

    /// `{name, checkMark, href, key, initials, authentication, authenticationClass, email, activeTickets,
    /// markedTickets, diagnostics, overCap, staffRole}`.
    var value: MustacheValue { UserRow(user: user, in: context.view).value(context.links) }
}
