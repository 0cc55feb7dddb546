import AgentViewCore
import Mustache

/// The user essentials card exactly as an agent sees it (docs/rules.md §4).
///
/// The name and the primary email come from the data-mapping table (`shown(_:on: .essentialsCard)`:
/// never the external ID), then the admin-configured extra fields in `Settings.essentialsFields` order.
struct EssentialsCardModel {
    let user: UserView
    let context: PageContext
    /// Whether the mark stands by the name: the user's on a profile, the ticket's on a ticket page.
    let checkMark: Bool
    /// Why the card shows no mark here although the user is authenticated, if so.
    let note: String?

    /// The card of a user on their own page: the mark follows the user (§4).
    init(user: UserView, context: PageContext) {
        self.user = user
        self.context = context
        checkMark = user.nameCheckMark
        note = nil
    }

    /// The card in a ticket's context panel: the mark follows the ticket, which may be over the cap or
    /// email (§6); `explanation` says why the ticket has no mark.
    init(user: UserView, ticket: TicketView, explanation: String, context: PageContext) {
        self.user = user
        self.context = context
        checkMark = user.nameCheckMark && ticket.checkMark
        note = user.nameCheckMark && !ticket.checkMark ? explanation : nil
    }

    /// `{visible, name, checkMark, initials, email, fields, note}`.
    var value: MustacheValue {
        let name = user.shown(.name, on: .essentialsCard)
        return [
            "visible": .bool(user.isVisibleToAgents),
            "name": MustacheValue(LookalikeText.shown(name) ?? (user.isVisibleToAgents ? "(no name)" : nil)),
            "checkMark": .bool(checkMark),
            "initials": .string(Avatar.initials(name)),
            "email": MustacheValue(LookalikeText.shown(user.shown(.email, on: .essentialsCard))),
            "fields": .list(UserFields.list(context.settings.essentialsFields, of: user.supportUser)),
            "note": MustacheValue(note),
        ]
    }
}
