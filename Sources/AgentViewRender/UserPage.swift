import AgentViewCore
import Mustache

/// `users/<key>.html`: the user profile view and the essentials card as agents see them, and beside
/// them why: the data-mapping table, authentication and links, metadata variables, tickets, diagnostics.
struct UserPage: PageModel {
    let user: UserView
    let context: PageContext

    /// The page's title.
    var title: String { LookalikeText.shown(user.displayName) }

    /// Everything `user.mustache` (and the report) shows about the user.
    var values: MustacheMap {
        let diagnostics = context.view.diagnostics(of: user.key)
        return [
            "user": UserSummaryModel(user: user, context: context).value,
            "visible": .bool(user.isVisibleToAgents),
            "profile": ProfileModel(user: user).value,
            "card": EssentialsCardModel(user: user, context: context).value,
            "authentication": AuthenticationModel(user: user, context: context).value,
            "metadata": MetadataVariablesModel(user: user).value,
            "mapping": DataMappingModel(user: user).value,
            "tickets": TicketListModel(user: user, context: context).value,
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
