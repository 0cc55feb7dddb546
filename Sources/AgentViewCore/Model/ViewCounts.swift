/// The totals a reviewer checks first, counted once when the view is built.
public struct ViewCounts: Sendable, Equatable {
    public var supportUsers = 0
    public var messagingUsers = 0
    public var authenticatedByJWT = 0
    public var authenticatedByHelpCenter = 0
    /// Stated authenticated with neither an external ID nor a Zendesk ID: how is unknown (§3 rule 6).
    public var authenticatedMethodUnknown = 0
    public var notAuthenticated = 0
    public var hiddenMessagingUsers = 0
    public var activeTickets = 0
    public var markedTickets = 0
    /// Diagnostics by severity.
    public var diagnostics: [Diagnostic.Severity: Int] = [:]

    /// No users, tickets or diagnostics.
    public init() {}

    /// Adds the totals of another part of a view, such as another shard's (`render --shard`).
    public mutating func add(_ other: ViewCounts) {
        supportUsers += other.supportUsers
        messagingUsers += other.messagingUsers
        authenticatedByJWT += other.authenticatedByJWT
        authenticatedByHelpCenter += other.authenticatedByHelpCenter
        authenticatedMethodUnknown += other.authenticatedMethodUnknown
        notAuthenticated += other.notAuthenticated
        hiddenMessagingUsers += other.hiddenMessagingUsers
        activeTickets += other.activeTickets
        markedTickets += other.markedTickets
        for (severity, count) in other.diagnostics { diagnostics[severity, default: 0] += count }
    }

    /// Counts users, tickets and diagnostics in one pass each.
    public init(users: [UserView], tickets: [TicketView], diagnostics: [Diagnostic]) {
        for user in users {
            messagingUsers += user.messagingUsers.count
            guard user.isVisibleToAgents else {
                hiddenMessagingUsers += user.messagingUsers.count
                continue
            }
            supportUsers += 1
            if !user.isAuthenticated {
                notAuthenticated += 1
            } else if user.authenticationMethod == .helpCenter {
                authenticatedByHelpCenter += 1
            } else if user.authenticationMethod == .jwt {
                authenticatedByJWT += 1
            } else {
                authenticatedMethodUnknown += 1
            }
        }
        for ticket in tickets {
            if ActiveTicketCap.isActive(ticket.ticket.status) { activeTickets += 1 }
            if ticket.checkMark { markedTickets += 1 }
        }
        for diagnostic in diagnostics { self.diagnostics[diagnostic.severity, default: 0] += 1 }
    }
}
