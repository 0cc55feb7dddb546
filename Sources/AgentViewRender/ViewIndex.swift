import AgentViewCore

/// Lookups over one `AgentView` that every page needs: tickets by id, users by key, and which user
/// or ticket each diagnostic is about.
struct ViewIndex: Sendable {
    /// What a diagnostic's subject names, once resolved against the view.
    enum Subject: Equatable {
        case user(UserKey)
        case ticket(String)
        /// Something the export does not hold (a ticket or user that is missing).
        case other
    }

    let view: AgentView
    let ticketsByID: [String: TicketView]
    let usersByKey: [UserKey: UserView]
    /// Messaging user id → the end user it belongs to, so a `messaging:` subject reaches its page.
    private let ownerOfMessagingID: [String: UserKey]

    /// Indexes a view.
    init(_ view: AgentView) {
        self.view = view
        ticketsByID = Dictionary(view.tickets.map { ($0.ticket.id, $0) }, uniquingKeysWith: { first, _ in first })
        usersByKey = Dictionary(view.users.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var owners: [String: UserKey] = [:]
        for user in view.users {
            for linked in user.messagingUsers {
                owners[linked.user.id] = user.key
                for discarded in linked.discardedIDs { owners[discarded] = user.key }
            }
        }
        ownerOfMessagingID = owners
    }

    /// Resolves a subject (`support:1`, `messaging:abc`, `ticket:5`) to a user or ticket of the view.
    func subject(of diagnostic: Diagnostic) -> Subject {
        let text = diagnostic.subject
        if text.hasPrefix("ticket:") {
            let id = String(text.dropFirst("ticket:".count))
            return ticketsByID[id] == nil ? .other : .ticket(id)
        }
        guard let key = UserKey(text) else { return .other }
        if usersByKey[key] != nil { return .user(key) }
        if key.kind == .messaging, let owner = ownerOfMessagingID[key.id] { return .user(owner) }
        return .other
    }

    /// The diagnostics about one user (its key, or one of its messaging users), in view order.
    func diagnostics(of user: UserKey) -> [Diagnostic] {
        view.diagnostics.filter { subject(of: $0) == .user(user) }
    }

    /// The diagnostics about one ticket, in view order.
    func diagnostics(ofTicket id: String) -> [Diagnostic] {
        view.diagnostics.filter { subject(of: $0) == .ticket(id) }
    }

    /// The name agents see for a user, else the messaging profile name, else a label saying there is none.
    func displayName(of user: UserView) -> String {
        if let name = user.supportUser?.name, !name.isEmpty { return name }
        if let name = user.messagingUsers.first?.user.profileName { return name }
        return user.isVisibleToAgents ? "(no name)" : "Messaging user \(user.key.id)"
    }
}
