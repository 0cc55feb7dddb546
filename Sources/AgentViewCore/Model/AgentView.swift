/// What agents see for a whole export: every end user, every ticket, every diagnostic, and the lookups
/// every page needs, built once (house style, "Batch work at scale").
///
/// A view is read-only and shared by reference, so rendering thousands of pages on every core copies
/// nothing: each page looks up what it shows in O(size of that page).
public final class AgentView: Sendable {
    /// The settings the view was built with; `messagingMode` is the mode actually used.
    public let settings: Settings
    /// The messaging mode used and where it came from (docs/rules.md §7 rule 3).
    public let messaging: MessagingModeChoice
    /// End users sorted by key (Support users first, then messaging-only users).
    public let users: [UserView]
    /// Tickets sorted by id.
    public let tickets: [TicketView]
    /// Diagnostics sorted by code, subject, message.
    public let diagnostics: [Diagnostic]
    /// Agents and admins by id, to name the authors of replies.
    public let staff: [String: SupportUser]
    /// The totals the user list starts with.
    public let counts: ViewCounts
    /// Which end user holds each messaging user id, merged-away ids included.
    public let messagingOwners: MessagingOwners
    /// A shard's digest of the whole export's files and messages (`ShardLoadSummary.digest`); empty when
    /// the view was built from a whole load.
    public let shardDigest: String
    /// The export files messages' texts are read from again as pages show them; writers check that none
    /// changed (`ExportTexts.checkUnchanged()`) before they replace any output.
    public let texts: ExportTexts

    private let userPositions: [UserKey: Int]
    private let ticketPositions: [String: Int]
    private let diagnosticsByUser: [UserKey: [Int]]
    private let diagnosticsByTicket: [String: [Int]]

    /// Builds the view of an export under some settings.
    ///
    /// A `settings.messagingMode` of nil lets the export's Sunshine Conversations app decide (else single).
    /// The view of `export`, which it consumes: given the only copy (`consume`), the export's records move into
    /// the view rather than being copied beside it.
    public convenience init(export: consuming Export, settings: Settings = Settings()) {
        // Redacted first, so that nothing built from the export (pages, snapshot, diagnostics) holds the data.
        if let redaction = settings.redaction {
            export = ExportRedactor.redact(export, redaction, placeholderPatterns: settings.placeholderNamePatterns)
        }
        let messaging = MessagingModeChoice.choose(option: settings.messagingMode, apps: export.apps)
        var used = settings
        used.messagingMode = messaging.mode
        // A brand named on the command line meets the brands of the redacted tickets.
        used.mainBrandID = settings.mainBrandID.map { settings.redaction?.id($0) ?? $0 }
        let shardDigest = export.shardSummary?.digest ?? ""
        let texts = export.texts
        let built = AgentViewBuilder(export: consume export, settings: used, messaging: messaging).build()
        self.init(
            settings: used, messaging: messaging, users: built.users, tickets: built.tickets,
            diagnostics: built.diagnostics,
            staff: built.staff, messagingOwners: built.messagingOwners, shardDigest: shardDigest, texts: texts)
    }

    init(
        settings: Settings, messaging: MessagingModeChoice, users: [UserView], tickets: [TicketView],
        diagnostics: [Diagnostic],
        staff: [String: SupportUser], messagingOwners: MessagingOwners, shardDigest: String = "",
        texts: ExportTexts = ExportTexts()
    ) {
        self.shardDigest = shardDigest
        self.texts = texts
        self.settings = settings
        self.messaging = messaging
        self.users = users
        self.tickets = tickets
        self.diagnostics = diagnostics
        self.staff = staff
        self.messagingOwners = messagingOwners
        counts = ViewCounts(users: users, tickets: tickets, diagnostics: diagnostics)
        userPositions = Dictionary(
            users.indices.map { (users[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
        ticketPositions = Dictionary(
            tickets.indices.map { (tickets[$0].ticket.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byUser: [UserKey: [Int]] = [:]
        var byTicket: [String: [Int]] = [:]
        for (position, diagnostic) in diagnostics.enumerated() {
            switch Self.page(of: diagnostic.subject, userPositions, ticketPositions, messagingOwners) {
            case .user(let key): byUser[key, default: []].append(position)
            case .ticket(let id): byTicket[id, default: []].append(position)
            case nil: break
            }
        }
        diagnosticsByUser = byUser
        diagnosticsByTicket = byTicket
    }

    /// The end user with a key, if any.
    public func user(_ key: UserKey) -> UserView? { userPositions[key].map { users[$0] } }

    /// The ticket with an id, if any.
    public func ticket(_ id: String) -> TicketView? { ticketPositions[id].map { tickets[$0] } }

    /// The end user that holds a messaging user id, following merges; nil when no end user does.
    public func owner(ofMessagingUser id: String) -> UserKey? { messagingOwners.owner(of: id) }

    /// The diagnostics whose page is this user's, in view order.
    public func diagnostics(of key: UserKey) -> [Diagnostic] {
        (diagnosticsByUser[key] ?? []).map { diagnostics[$0] }
    }

    /// How many diagnostics the user's page shows.
    public func diagnosticCount(of key: UserKey) -> Int { diagnosticsByUser[key]?.count ?? 0 }

    /// The diagnostics whose page is this ticket's, in view order.
    public func diagnostics(ofTicket id: String) -> [Diagnostic] {
        (diagnosticsByTicket[id] ?? []).map { diagnostics[$0] }
    }

    /// The page a diagnostic's subject has in the view: a user (a linked messaging user's end user), a
    /// ticket the export holds, or nil for anything else.
    public func page(of subject: DiagnosticSubject) -> PageSubject? {
        Self.page(of: subject, userPositions, ticketPositions, messagingOwners)
    }

    /// A page of the site that a subject resolves to.
    public enum PageSubject: Sendable, Equatable {
        case user(UserKey)
        case ticket(String)
    }

    private static func page(
        of subject: DiagnosticSubject, _ users: [UserKey: Int], _ tickets: [String: Int], _ owners: MessagingOwners
    ) -> PageSubject? {
        switch subject {
        case .ticket(let id):
            return tickets[id] == nil ? nil : .ticket(id)
        case .user(let key):
            if users[key] != nil { return .user(key) }
            if key.kind == .messaging, let owner = owners.owner(of: key.id), users[owner] != nil { return .user(owner) }
            return nil
        case .record:
            return nil
        }
    }
}
