import AgentViewCore
import Mustache

/// `users/<key>.html`: the user profile view and the essentials card as agents see them, and beside
/// them why: the data-mapping table, authentication and links, metadata variables, tickets, diagnostics.
///
/// A user with more tickets than `PagePart.ticketsPerPart` has a page in parts: the first shows everything
/// and the first rows of the tickets table, the next ones (`users/<key>.page-2.html`, …) the user's head and
/// the next rows, each with links to the others (docs/rules.md §11). The conversations of a messaging user
/// agents never see are cut the same way, `PagePart.messagesPerPart` messages a part (such a user has no
/// tickets).
struct UserPage: PageModel {
    let user: UserView
    let context: PageContext
    /// The part, from 0; nil shows every ticket on one page (the one-user report).
    var part: Int? = nil

    /// The page's title.
    var title: String {
        let name = LookalikeText.shown(user.displayName)
        guard let part, partCount > 1 else { return name }
        return "\(name), part \(part + 1) of \(partCount)"
    }

    /// How many parts the user's page takes.
    var partCount: Int { Self.partCount(of: user) }

    /// How many parts a user's page takes: enough for its tickets table and for its hidden conversations.
    static func partCount(of user: UserView) -> Int {
        max(
            PagePart.count(user.tickets.count, perPart: PagePart.ticketsPerPart),
            PagePart.count(hiddenSlots(of: user).last ?? 0, perPart: PagePart.messagesPerPart))
    }

    /// Where each hidden conversation ends in the run of their messages, an empty one taking one place so
    /// that it shows on exactly one part.
    static func hiddenSlots(of user: UserView) -> [Int] {
        var end = 0
        return user.hiddenConversations.map { conversation in
            end += max(1, conversation.messages.count)
            return end
        }
    }

    /// The most items the page's other lists show (`ListLimit`): none for the one-user report.
    private var limit: Int? { part == nil ? nil : PagePart.listLimit }

    /// Everything `user.mustache` (and the report) shows about the user; `pager` links the parts of the
    /// tickets table.
    var values: MustacheMap {
        let diagnostics = context.view.diagnostics(of: user.key)
        let diagnosticValues = DiagnosticModel.list(diagnostics, context, limit: limit)
        let ordered = TicketListModel.agentOrder(of: user)
        let perPart = PagePart.ticketsPerPart
        let shown =
            part.map { min(ordered.count, $0 * perPart)..<min(ordered.count, ($0 + 1) * perPart) } ?? ordered.indices
        let current = part ?? 0
        let count = part == nil ? 1 : partCount
        // A user agents never see has no tickets: its parts cut its conversations instead.
        let byConversations = user.tickets.isEmpty && !user.hiddenConversations.isEmpty
        let slots = Self.hiddenSlots(of: user)
        let perConversationPart = PagePart.messagesPerPart
        let slotsShown =
            part.map { $0 * perConversationPart..<($0 + 1) * perConversationPart } ?? 0..<(slots.last ?? 0)
        return [
            "isFirstPart": .bool(current == 0),
            "pager": ListPaging.pager(
                label: byConversations ? "Pages of the conversations" : "Pages of the tickets table",
                current: current, count: count,
                path: {
                    context.links.prefix + PagePart.path(user.key.page, part: $0)
                        + (byConversations ? "#hidden-conversations" : "#tickets")
                },
                first: { page in
                    guard byConversations else {
                        let row = page * perPart
                        return row < ordered.count ? "ticket #" + LookalikeText.cut(ordered[row].ticketID) : ""
                    }
                    let slot = page * perConversationPart
                    guard let index = slots.firstIndex(where: { $0 > slot }) else { return "" }
                    let start = index == 0 ? 0 : slots[index - 1]
                    let id = LookalikeText.cut(user.hiddenConversations[index].id)
                    return slot == start ? "conversation \(id)" : "conversation \(id), message \(slot - start + 1)"
                }),
            "ticketRows": MustacheValue(
                shown.count == ordered.count ? nil : "rows \(shown.lowerBound + 1)–\(shown.upperBound) here"),
            "ticketCount": .init(ordered.count),
            "user": UserSummaryModel(user: user, context: context).value,
            "visible": .bool(user.isVisibleToAgents),
            "profile": ProfileModel(user: user, limit: limit).value,
            "card": EssentialsCardModel(user: user, context: context).value,
            "authentication": AuthenticationModel(user: user, context: context, limit: limit).value,
            "metadata": MetadataVariablesModel(user: user).value,
            "mapping": DataMappingModel(user: user).value,
            "tickets": TicketListModel(user: user, context: context, only: Array(ordered[shown])).value,
            "hasTickets": .bool(!user.tickets.isEmpty),
            "ticketsMovedTo": user.ticketsMovedTo.flatMap { key in
                context.view.user(key).map { survivor -> MustacheValue in
                    [
                        "href": MustacheValue(context.links.user(key)),
                        "name": .string(LookalikeText.shown(survivor.displayName)),
                        "key": .string(LookalikeText.cut(key.description)),
                    ]
                }
            } ?? .null,
            "cap": .init(context.settings.activeTicketCap),
            "capApplies": .bool(context.view.messaging.capApplies),
            "messagingMode": .string(Wording.messagingMode(context.view.messaging)),
            "diagnostics": diagnosticValues.list,
            "moreDiagnostics": diagnosticValues.more,
            "hasDiagnostics": .bool(!diagnostics.isEmpty),
            "hiddenConversations": .list(
                user.hiddenConversations.indices.compactMap { index in
                    let start = index == 0 ? 0 : slots[index - 1]
                    let (low, high) = (max(start, slotsShown.lowerBound), min(slots[index], slotsShown.upperBound))
                    guard low < high else { return nil }
                    let shown = low..<high
                    let messages = user.hiddenConversations[index].messages
                    let range =
                        min(messages.count, shown.lowerBound - start)..<min(messages.count, shown.upperBound - start)
                    return hiddenConversation(index, user.hiddenConversations[index], shown: range)
                }),
        ]
    }

    /// One conversation of a user agents never see (§2 rule 7): its messages as bubbles, with no mark.
    private func hiddenConversation(
        _ position: Int, _ conversation: UserView.HiddenConversation, shown: Range<Int>
    ) -> MustacheValue {
        let count = conversation.messages.count
        var bylines = BylineCache()
        return [
            "domID": .string("hidden-conversation-\(position + 1)"),
            "id": .string(LookalikeText.cut(conversation.id)),
            "hasMessages": .bool(!conversation.messages.isEmpty),
            "rows": MustacheValue(
                shown.count == count ? nil : "messages \(shown.lowerBound + 1)–\(shown.upperBound) of \(count)"),
            "messages": .list(
                conversation.messages[shown].map { message in
                    // A message builds its entry on each read: build it once for its byline and its bubble.
                    let entry = message.entry
                    return MessageModel(
                        entry: entry, decision: nil,
                        byline: bylines.byline(of: entry, author: message.author, context: context), context: context
                    ).value
                }),
        ]
    }
}
