/// One end user as agents see them, with every fact that explains it.
///
/// Read-only and shared by reference: pages look users up by the thousand, and a lookup copies nothing.
public final class UserView: Sendable {
    /// A messaging user tied to this end user, with how it was linked and authenticated.
    public struct LinkedMessagingUser: Sendable {
        public var user: MessagingUser
        /// Nil for a messaging user with no Support user (the view's own key is `messaging:`).
        public var link: LinkRule?
        public var authentication: Authentication
        /// When it became authenticated, from `user:update` (reason `authentication`).
        public var authenticatedAt: Timestamp?
        /// Anonymous ids merged into this one (the alias map's keys that point here).
        public var discardedIDs: [String]
    }

    public let key: UserKey
    public let supportUser: SupportUser?
    /// Linked messaging users, sorted by link strength then id.
    public let messagingUsers: [LinkedMessagingUser]
    /// §3: "A Support user counts as authenticated for messaging if any linked messaging user is."
    public let isAuthenticated: Bool
    /// `jwt` when any authenticated messaging user has an external ID, else `help-center`.
    public let authenticationMethod: Authentication.Method?
    /// The user's tickets' marks, in ticket-id order.
    public let tickets: [ActiveTicketCap.Mark]
    /// Facts about the tickets that many pages show, counted once.
    public let ticketSummary: TicketSummary

    /// Creates the view of a user from what the builder decided, summarizing the tickets the marks name.
    init(
        key: UserKey, supportUser: SupportUser?, messagingUsers: [LinkedMessagingUser], isAuthenticated: Bool,
        authenticationMethod: Authentication.Method?, tickets: [ActiveTicketCap.Mark], ticket: (String) -> Ticket?
    ) {
        self.key = key
        self.supportUser = supportUser
        self.messagingUsers = messagingUsers
        self.isAuthenticated = isAuthenticated
        self.authenticationMethod = authenticationMethod
        self.tickets = tickets
        ticketSummary = TicketSummary(tickets, ticket: ticket)
    }

    /// What the user list and every ticket page of the user show about their tickets.
    public struct TicketSummary: Sendable, Equatable {
        /// Ticket ids most recently updated first, then id descending: the order of "interactions".
        public var idsByRecency: [String] = []
        /// Tickets that took a place in the §6 ranking (active, messaging, authenticated user).
        public var ranked = 0
        public var active = 0
        /// Active tickets that carry the mark.
        public var markedActive = 0
        /// Whether any ticket is ranked past the cap.
        public var isOverCap = false

        /// Counts the facts from a user's marks and the tickets they name.
        init(_ tickets: [ActiveTicketCap.Mark], ticket: (String) -> Ticket?) {
            var byRecency: [(updated: Timestamp, id: String)] = []
            byRecency.reserveCapacity(tickets.count)
            for mark in tickets {
                if mark.rank != nil { ranked += 1 }
                if mark.isActive { active += 1 }
                if mark.isActive && mark.checkMark { markedActive += 1 }
                if mark.reason == .overCap { isOverCap = true }
                let record = ticket(mark.ticketID)
                byRecency.append((record?.updatedAt ?? record?.createdAt ?? .distantPast, mark.ticketID))
            }
            byRecency.sort { lhs, rhs in
                lhs.updated != rhs.updated ? lhs.updated > rhs.updated : IDOrder.less(rhs.id, lhs.id)
            }
            idsByRecency = byRecency.map(\.id)
        }
    }

    /// The name pages show for the user: the Support name, else the messaging profile name, else a
    /// label saying there is none.
    public var displayName: String {
        if let name = supportUser?.name, !name.isEmpty { return name }
        if let name = messagingUsers.first?.user.profileName { return name }
        return isVisibleToAgents ? "(no name)" : "Messaging user \(key.id)"
    }

    /// Whether agents see this user at all: messaging users without a Support user never appear (§2).
    public var isVisibleToAgents: Bool { supportUser != nil }

    /// The value of a data-mapping field on the Support side (what agents see).
    public func supportValue(_ field: DataMapping.Field) -> String? {
        guard let supportUser else { return nil }
        switch field {
        case .id: return supportUser.id
        case .name: return supportUser.name
        case .email: return supportUser.primaryEmail
        case .externalID: return supportUser.externalID
        }
    }

    /// The value of a data-mapping field on the messaging side (the strongest-linked messaging user).
    public func messagingValue(_ field: DataMapping.Field) -> String? {
        guard let user = messagingUsers.first?.user else { return nil }
        switch field {
        case .id: return user.zendeskID
        case .name: return user.profileName
        case .email: return user.email
        case .externalID: return user.externalID
        }
    }

    /// What a surface shows for a field: the Support value where the table makes it visible, else nothing.
    public func shown(_ field: DataMapping.Field, on surface: DataMapping.Surface) -> String? {
        DataMapping.isVisible(field, on: surface) ? supportValue(field) : nil
    }

    /// Whether the green mark stands next to the name on a surface (§4): only for authenticated users agents see.
    public var nameCheckMark: Bool { isAuthenticated && isVisibleToAgents }

    /// The AI-agent messaging metadata variables (§4); the first three are empty for unauthenticated users.
    public var metadataVariables:
        (providedName: String, providedEmail: String, authenticatedExternalID: String, authenticatedStatus: String)
    {
        guard isAuthenticated else { return ("", "", "", "false") }
        let authenticated = messagingUsers.first { $0.authentication.isAuthenticated }?.user
        return (
            authenticated?.profileName ?? supportUser?.name ?? "",
            authenticated?.email ?? supportUser?.primaryEmail ?? "",
            authenticated?.externalID ?? "",
            "true"
        )
    }

    /// A name or email an unauthenticated user typed or a social profile gave: shown marked unverified (§3).
    public var unverifiedProfile: (name: String?, email: String?) {
        guard !isAuthenticated else { return (nil, nil) }
        let user = messagingUsers.first?.user
        return (user?.profileName, user?.email)
    }
}
