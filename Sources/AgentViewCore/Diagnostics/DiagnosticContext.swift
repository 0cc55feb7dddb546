/// Everything the diagnostic rules look at, with the indexes they share, built once per view.
///
/// Each index is one pass over its records, so building the context is O(n log n) and no rule needs
/// to loop over users × tickets.
struct DiagnosticContext: Sendable {
    /// The export the view was built from, for records no view keeps (comments, metrics, raw messages). Its
    /// tickets have moved into their views (`AgentViewBuilder.build()`): rules read `tickets`, never
    /// `export.tickets`, which is empty here.
    let export: Export
    let settings: Settings
    /// The messaging mode used and where it came from (docs/rules.md §7 rule 3).
    let messaging: MessagingModeChoice
    /// Merges and logins from webhooks: the alias map that resolves discarded ids.
    let merges: MergeHistory
    /// End users sorted by key.
    let users: [UserView]
    /// Tickets sorted by id.
    let tickets: [TicketView]

    /// Every Support user, staff included, by id.
    let supportUsersByID: [String: SupportUser]
    /// Every messaging user in the export by id (discarded ids are not among them).
    let messagingUsersByID: [String: MessagingUser]
    /// The end user that holds each messaging user id, merged-away ids included (the view's one rule).
    let owners: MessagingOwners
    /// End users by key.
    let usersByKey: [UserKey: UserView]
    /// Tickets by requester key, sorted by id.
    let ticketsByRequester: [UserKey: [TicketView]]
    /// Tickets by the conversation their `ChatStartedEvent` or conversation log names, raw or after aliasing, sorted
    /// by id.
    let ticketsByConversation: [String: [TicketView]]
    /// Conversations the export lists, plus those merges name (merged away in single mode, never dangling).
    let knownConversationIDs: Set<String>
    /// End users' `formResponse` messages (the only messages a rule reads) by the surviving id of their
    /// author, in time order; the other messages are not copied into an index.
    let endUserFormsByAuthor: [String: [Message]]
    /// The brand help-center authentication works on: the setting, else the lowest brand id on a ticket.
    let mainBrandID: String?
    /// The Support users the uniqueness rules compare (§8 rule 4): those of the users with a page, then the
    /// agents and admins no page shows, by id, since an external ID or an email is unique in the whole account.
    let accountSupportUsers: [SupportUser]

    /// Builds every index in one pass over each kind of record. The export's indexes and the view's do not
    /// depend on each other and are built at once: one after the other they took 0.4 s of one core at
    /// 10,000 users, while the other core waited to run the rules.
    init(
        export: Export, settings: Settings, messaging: MessagingModeChoice, merges: MergeHistory,
        owners: MessagingOwners, users: [UserView],
        tickets: [TicketView]
    ) {
        self.export = export
        self.settings = settings
        self.messaging = messaging
        self.merges = merges
        self.users = users
        self.tickets = tickets
        self.owners = owners
        let (exportIndexes, viewIndexes) = Concurrently.both(
            { ExportIndexes(export, merges: merges) }, { ViewIndexes(export, users: users, tickets: tickets) })
        supportUsersByID = exportIndexes.supportUsersByID
        messagingUsersByID = exportIndexes.messagingUsersByID
        knownConversationIDs = exportIndexes.knownConversationIDs
        endUserFormsByAuthor = exportIndexes.endUserFormsByAuthor
        usersByKey = viewIndexes.usersByKey
        ticketsByRequester = viewIndexes.ticketsByRequester
        ticketsByConversation = viewIndexes.ticketsByConversation
        mainBrandID = settings.mainBrandID ?? tickets.compactMap(\.ticket.brandID).min(by: IDOrder.less)
        let usersByKey = viewIndexes.usersByKey
        accountSupportUsers =
            users.compactMap(\.supportUser)
            + export.supportUsers.filter { $0.isStaff && usersByKey[UserKey(.support, $0.id)] == nil }
            .sorted { IDOrder.less($0.id, $1.id) }
    }

    /// The indexes made from the export's records alone.
    private struct ExportIndexes: Sendable {
        let supportUsersByID: [String: SupportUser]
        let messagingUsersByID: [String: MessagingUser]
        let knownConversationIDs: Set<String>
        let endUserFormsByAuthor: [String: [Message]]

        init(_ export: Export, merges: MergeHistory) {
            supportUsersByID = Dictionary(
                export.supportUsers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            messagingUsersByID = Dictionary(
                export.messagingUsers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var known = Set(export.conversations.map(\.id))
            for merge in merges.merges {
                known.formUnion([merge.discardedConversationID, merge.survivingConversationID].compactMap { $0 })
            }
            knownConversationIDs = known
            var byAuthor: [String: [Message]] = [:]
            // By index: a loop over the messages themselves copies each one, retaining every string it holds.
            let messages = export.messages
            for index in messages.indices
            where messages[index].isFromEndUser && messages[index].content.type == "formResponse" {
                guard let author = messages[index].authorUserID else { continue }
                byAuthor[merges.resolve(author), default: []].append(messages[index])
            }
            endUserFormsByAuthor = byAuthor
        }
    }

    /// The indexes made from the view's users and tickets.
    private struct ViewIndexes: Sendable {
        let usersByKey: [UserKey: UserView]
        let ticketsByRequester: [UserKey: [TicketView]]
        let ticketsByConversation: [String: [TicketView]]

        init(_ export: Export, users: [UserView], tickets: [TicketView]) {
            usersByKey = Dictionary(users.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            // Sized at once: grown as they filled, the tables were rehashed a dozen times for 100,000 tickets.
            var byRequester: [UserKey: [TicketView]] = [:]
            byRequester.reserveCapacity(users.count)
            var byConversation: [String: [TicketView]] = [:]
            byConversation.reserveCapacity(tickets.count)
            let ticketsByID = Dictionary(tickets.map { ($0.ticket.id, $0) }, uniquingKeysWith: { first, _ in first })
            for ticket in tickets {
                if let requester = ticket.requester { byRequester[requester, default: []].append(ticket) }
                if let conversationID = ticket.conversationID {
                    byConversation[conversationID, default: []].append(ticket)
                }
            }
            // A ticket whose event names a conversation merged away in single mode is found under both ids.
            // The tickets come in id order, so only a list this adds to may need sorting again, in place: sorted
            // into a second table, each of 100,000 one-ticket lists was made again.
            var added: Set<String> = []
            for link in export.ticketConversations {
                guard let ticket = ticketsByID[link.ticketID], ticket.conversationID != link.conversationID else {
                    continue
                }
                byConversation[link.conversationID, default: []].append(ticket)
                added.insert(link.conversationID)
            }
            for conversationID in added {
                byConversation[conversationID]?.sort { IDOrder.less($0.ticket.id, $1.ticket.id) }
            }
            ticketsByRequester = byRequester
            ticketsByConversation = byConversation
        }
    }

    /// The view key of a messaging user, following merges; nil when no view holds it.
    func owner(ofMessagingUser id: String) -> UserKey? {
        owners.owner(of: id)
    }

    /// Whether a Support user is staff no messaging user links to, so no page shows (§2 rule 6).
    func isUnshownStaff(_ user: SupportUser) -> Bool {
        user.isStaff && usersByKey[UserKey(.support, user.id)] == nil
    }

    /// A group of Support users sharing a value (`accountSupportUsers`), users with a page first and staff with
    /// no page after, each part in the order given; nil when none has a page, as no page would show it.
    func withPagesFirst(_ group: [SupportUser]) -> [SupportUser]? {
        let ordered = group.filter { !isUnshownStaff($0) } + group.filter(isUnshownStaff)
        return ordered.first.map(isUnshownStaff) == false ? ordered : nil
    }

    /// `describe`, saying also that the user is staff with no page: "the admin support:9 'Jo' (staff with no page)".
    func describeMember(_ user: SupportUser) -> String {
        let described = describe(UserKey(.support, user.id))
        guard isUnshownStaff(user) else { return described }
        return "the \(user.role ?? "staff") \(described) (staff with no page)"
    }

    /// A user key as messages name it: `support:123 'Ann Lee'`.
    func describe(_ key: UserKey) -> String {
        DiagnosticText.user(key, name: key.kind == .support ? supportUsersByID[key.id]?.name : nil)
    }
}
