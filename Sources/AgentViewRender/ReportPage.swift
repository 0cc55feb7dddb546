import AgentViewCore
import Mustache

/// The one-user report: a single self-contained file with the user page's sections and every
/// ticket's conversation inline, linking only to its own sections.
struct ReportPage: PageModel {
    let user: UserView
    let context: PageContext

    /// The page's title.
    var title: String { "\(LookalikeText.shown(user.displayName)): what agents see" }

    /// The user page's values plus `reportTickets`: each ticket's header and conversation.
    var values: MustacheMap {
        var values = UserPage(user: user, context: context).values
        // In the order of the tickets table above it (`TicketListModel.agentOrder`).
        let ordered = TicketListModel.agentOrder(of: user)
        let tickets = ordered.compactMap { context.view.ticket($0.ticketID) }
        values["reportTickets"] = .list(
            tickets.map { ticket in
                [
                    "header": TicketHeaderModel(ticket: ticket, context: context).value,
                    "conversation": ConversationModel(
                        ticket: ticket, context: context,
                        domID: "conversation-" + SafeFileName.stem(for: ticket.ticket.id), headingLevel: 4
                    ).value,
                ]
            })
        return values
    }
}
