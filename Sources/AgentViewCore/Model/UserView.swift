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

    /// A conversation of a messaging user agents never see, as the messaging export holds it (§2 rule 7).
    public struct HiddenConversation: Sendable {
        /// The conversation id.
        public var id: String
        /// Its messages in time order, each with its author; no ticket shows them, so none carries a mark.
        public var messages: [HiddenMessage]
    }

    /// A message of a hidden conversation: a reference to the export's message and its author, the entry made
    /// when a page reads it, as a ticket's lines are (`TranscriptLine`). A copied entry weighed over 160 bytes,
    /// about 90 MB for the hidden users of a 10,000-user export.
    public struct HiddenMessage: Sendable {
        /// Where the message is read from: the export's messages, shared.
        let line: TranscriptLine
        /// The end user, agent, bot or system that wrote it.
        public let author: MessageAuthor
        /// The message as the conversation shows it.
        public var entry: TranscriptEntry { line.entry }
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
    /// For a messaging user with no Support user: its conversations, sorted by id (empty for everyone else).
    public let hiddenConversations: [HiddenConversation]
    /// The end user a login merge moved this Support user's tickets to (docs/rules.md §7 rule 2): the export
    /// still lists the anonymous user's Support counterpart, whose tickets are now the survivor's.
    public let ticketsMovedTo: UserKey?

    /// Creates the view of a user from what the builder decided, summarizing the tickets the marks name.
    init(
        key: UserKey, supportUser: SupportUser?, messagingUsers: [LinkedMessagingUser], isAuthenticated: Bool,
        authenticationMethod: Authentication.Method?, tickets: [ActiveTicketCap.Mark],
        hiddenConversations: [HiddenConversation] = [], ticketsMovedTo: UserKey? = nil, ticket: (String) -> Ticket?
    ) {
        self.hiddenConversations = hiddenConversations
        self.ticketsMovedTo = ticketsMovedTo
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
        /// Positions in the user's `tickets` in the order agents look at them, sorted once for every page and
        /// part that lists them: active tickets first, in their §6 rank (so the marked ones lead and those over
        /// the cap follow), then active tickets with no rank (email, channels that are not messaging), most
        /// recently updated first, then the solved and closed ones, most recently updated first; ties keep
        /// ticket-id order.
        public var agentOrder: [Int] = []

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
            agentOrder = Self.agentOrder(tickets, byRecency: idsByRecency)
        }

        /// The positions of `marks` in agent order, given the ticket ids most recently updated first; ids the
        /// recency list does not name come after those it names.
        public static func agentOrder(_ marks: [ActiveTicketCap.Mark], byRecency: [String]) -> [Int] {
            var recency: [String: Int] = [:]
            for (place, id) in byRecency.enumerated() where recency[id] == nil { recency[id] = place }
            let keys = marks.map { mark -> (Int, Int, Int) in
                let recent = recency[mark.ticketID] ?? Int.max
                if mark.isActive, let rank = mark.rank { return (0, rank, recent) }
                return (mark.isActive ? 1 : 2, 0, recent)
            }
            return marks.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        }
    }

    /// The name pages show for the user: the Support name, else the messaging profile name, else a
    /// label saying there is none.
    public var displayName: String {
        if let name = supportUser?.name, !name.isEmpty { return name }
        if let name = messagingUsers.first?.user.profileName { return name }
        return isVisibleToAgents ? "(no name)" : "Messaging user \(key.id)"
    }

    /// `agent` or `admin` when the Support user is staff that a messaging user links to (§2 rule 6,
    /// `staff-as-end-user`); nil for end users and messaging-only users.
    public var staffRole: String? {
        guard let supportUser, supportUser.isStaff else { return nil }
        return supportUser.role
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

    /// The messaging user whose JWT the AI agent reads (§4 rule 10): the first authenticated linked
    /// messaging user with an external ID, in link order; nil when the user signed in by JWT nowhere.
    public var jwtMessagingUser: MessagingUser? {
        messagingUsers.first { $0.authentication.isAuthenticated && $0.authentication.method == .jwt }?.user
    }

    /// The AI-agent messaging metadata variables (docs/rules.md §4 rules 9–11).
    ///
    /// Provided name, Provided email and Authenticated external ID come from the JWT only: the
    /// JWT-authenticated messaging user's profile name, email identity and `externalId`, empty when the token
    /// carried none, and never the Support user's (nor a `profile.email` a client set, which the JWT did not
    /// give). Unauthenticated users get three empty values and status
    /// `false`; a user authenticated without a JWT (help center only) gets three empty values and `true`.
    public var metadataVariables:
        (providedName: String, providedEmail: String, authenticatedExternalID: String, authenticatedStatus: String)
    {
        guard isAuthenticated else { return ("", "", "", "false") }
        let jwt = jwtMessagingUser
        return (jwt?.profileName ?? "", jwt?.identityEmail ?? "", jwt?.externalID ?? "", "true")
    }

    /// Authenticated, but through the help center only: the AI agent has no name, email or external ID
    /// and asks for them again (§4 rule 11, `ai-agent-asks-again`).
    public var isAuthenticatedWithoutJWT: Bool {
        isAuthenticated && authenticationMethod == .helpCenter && jwtMessagingUser == nil
    }

    /// A name or email an unauthenticated user typed or a social profile gave: shown marked unverified (§3).
    public var unverifiedProfile: (name: String?, email: String?) {
        guard !isAuthenticated else { return (nil, nil) }
        let user = messagingUsers.first?.user
        return (user?.profileName, user?.email)
    }
}
