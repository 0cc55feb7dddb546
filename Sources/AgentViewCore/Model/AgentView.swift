/// What agents see for a whole export: every end user, every ticket, every diagnostic.
public struct AgentView: Sendable {
    public var settings: Settings
    /// End users sorted by key (Support users first, then messaging-only users).
    public var users: [UserView]
    /// Tickets sorted by id.
    public var tickets: [TicketView]
    /// Diagnostics sorted by code, subject, message.
    public var diagnostics: [Diagnostic]
    /// Agents and admins by id, to name the authors of replies.
    public var staff: [String: SupportUser]

    /// Builds the view of an export under some settings.
    public init(export: Export, settings: Settings = Settings()) {
        self = AgentViewBuilder(export: export, settings: settings).build()
    }

    init(settings: Settings, users: [UserView], tickets: [TicketView], diagnostics: [Diagnostic], staff: [String: SupportUser]) {
        self.settings = settings
        self.users = users
        self.tickets = tickets
        self.diagnostics = diagnostics
        self.staff = staff
    }

    /// The user with a key, if any.
    public func user(_ key: UserKey) -> UserView? { users.first { $0.key == key } }
}
