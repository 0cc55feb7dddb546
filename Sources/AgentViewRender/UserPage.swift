import AgentViewCore
import Mustache

/// `users/<key>.html`: the user profile view and the essentials card as agents see them, and beside
/// them why: the data-mapping table, authentication and links, metadata variables, tickets, diagnostics.
///
/// A user with more tickets than `PagePart.ticketsPerPart` has a page in parts: the first shows everything
/// and the first rows of the tickets table, the next ones (`users/<key>.page-2.html`, …) the user's head and
/// the next rows, each with links to the others (docs/rules.md §11).
struct UserPage: PageModel {
    let user: UserView
    let context: PageContext
    /// The part, from 0; nil shows every ticket on one page (the one-user report).
    var part: Int? = nil

    /// The page's title.
    var title: String {
        let name = LookalikeText.shown(user.displayName)
        guard let part, partCount > 1 else { return name }
        return "\(name), tickets part \(part + 1) of \(partCount)"
    }

    /// How many parts the user's page takes.
    var partCount: Int { PagePart.count(user.tickets.count, perPart: PagePart.ticketsPerPart) }

    /// Everything `user.mustache` (and the report) shows about the user; `pager` links the parts of the
    /// tickets table.
    var values: MustacheMap {
        let diagnostics = context.view.diagnostics(of: user.key)
        let ordered = TicketListModel.agentOrder(user.tickets, byRecency: user.ticketSummary.idsByRecency)
        let perPart = PagePart.ticketsPerPart
        let shown =
            part.map { min(ordered.count, $0 * perPart)..<min(ordered.count, ($0 + 1) * perPart) } ?? ordered.indices
        let current = part ?? 0
        let count = part == nil ? 1 : partCount
        return [
            "isFirstPart": .bool(current == 0),
            "pager": ListPaging.pager(
                label: "Pages of the tickets table", current: current, count: count,
                path: { context.links.prefix + PagePart.path(user.key.page, part: $0) + "#tickets" },
                first: { page in
                    let row = page * perPart
                    return row < ordered.count ? "ticket #" + LookalikeText.cut(ordered[row].ticketID) : ""
                }),
            "ticketRows": MustacheValue(
                shown.count == ordered.count ? nil : "rows \(shown.lowerBound + 1)–\(shown.upperBound) here"),
            "ticketCount": .init(ordered.count),
            "user": UserSummaryModel(user: user, context: context).value,
            "visible": .bool(user.isVisibleToAgents),
            "profile": ProfileModel(user: user).value,
            "card": EssentialsCardModel(user: user, context: context).value,
            "authentication": AuthenticationModel(user: user, context: context).value,
            "metadata": MetadataVariablesModel(user: user).value,
            "mapping": DataMappingModel(user: user).value,
            "tickets": TicketListModel(user: user, context: context, only: Array(ordered[shown])).value,
            "hasTickets": .bool(!user.tickets.isEmpty),
            "cap": .init(context.settings.activeTicketCap),
            "capApplies": .bool(context.view.messaging.capApplies),
            "messagingMode": .string(Wording.messagingMode(context.view.messaging)),
            "diagnostics": DiagnosticModel.list(diagnostics, context),
            "hasDiagnostics": .bool(!diagnostics.isEmpty),
            "hiddenConversations": .list(user.hiddenConversations.enumerated().map(hiddenConversation)),
        ]
    }

    /// One conversation of a user agents never see (§2 rule 7): its messages as bubbles, with no mark.
    private func hiddenConversation(_ position: Int, _ conversation: UserView.HiddenConversation) -> MustacheValue {
        [
            "domID": .string("hidden-conversation-\(position + 1)"),
            "id": .string(conversation.id),
            "hasMessages": .bool(!conversation.messages.isEmpty),
            "messages": .list(
                conversation.messages.map { line in
                    MessageModel(entry: line.entry, author: line.author, decision: nil, context: context).value
                }),
        ]
    }
}
