import AgentViewCore
import Mustache

/// What the list pages (the user list and the diagnostics) show, row by row: the values each row prints and
/// the keys it is sorted by, never the view itself.
///
/// A plain render computes the rows from its view; a shard of `render --shard` writes the rows of its own
/// users, tickets and diagnostics into its shard file, and `agentview merge` reads them back. Both render
/// the list pages from rows with the same code, so a merged site is byte for byte a plain render's.
public final class SiteLists: Sendable {
    /// Every end user's row, in view order (by key).
    public let users: [UserRow]
    /// The rows of tickets whose requester is not in the export, in ticket order.
    public let orphanTickets: [TicketRow]
    /// Every diagnostic's row, in view order.
    public let diagnostics: [DiagnosticRow]
    /// What the list pages say of the whole view.
    public let summary: Summary

    /// The totals, the messaging mode and the cap: one per site.
    public struct Summary: Sendable, Equatable {
        /// The totals over users and tickets; `counts.diagnostics` is counted from `diagnostics`.
        public var counts: ViewCounts
        /// The messaging mode as the pages word it.
        public var messagingMode: String
        public var capApplies: Bool
        public var cap: Int
        /// What `--redact` hid, said on every page; nil when nothing was.
        public var redactionNotice: String?

        public init(
            counts: ViewCounts, messagingMode: String, capApplies: Bool, cap: Int, redactionNotice: String?
        ) {
            self.counts = counts
            self.messagingMode = messagingMode
            self.capApplies = capApplies
            self.cap = cap
            self.redactionNotice = redactionNotice
        }
    }

    /// Lists from rows already in view order; the diagnostic counts are taken from the rows.
    public init(users: [UserRow], orphanTickets: [TicketRow], diagnostics: [DiagnosticRow], summary: Summary) {
        self.users = users
        self.orphanTickets = orphanTickets
        self.diagnostics = diagnostics
        var summary = summary
        summary.counts.diagnostics = [:]
        for row in diagnostics { summary.counts.diagnostics[row.diagnostic.severity, default: 0] += 1 }
        self.summary = summary
    }

    /// The lists of a whole view.
    public convenience init(view: AgentView) {
        self.init(
            users: view.users.map { UserRow(user: $0, in: view) },
            orphanTickets: view.tickets.filter { Self.isOrphan($0, in: view) }.map(TicketRow.init),
            diagnostics: view.diagnostics.map { DiagnosticRow(diagnostic: $0, in: view) },
            summary: Self.summary(of: view, counts: view.counts))
    }

    /// What the list pages say of a view, with some totals.
    public static func summary(of view: AgentView, counts: ViewCounts) -> Summary {
        Summary(
            counts: counts, messagingMode: Wording.messagingMode(view.messaging),
            capApplies: view.messaging.capApplies, cap: view.settings.activeTicketCap,
            redactionNotice: view.settings.redaction?.notice)
    }

    /// Whether a ticket is listed at the end of the user list: its requester is not an end user of the view.
    public static func isOrphan(_ ticket: TicketView, in view: AgentView) -> Bool {
        ticket.requester.map { view.user($0) == nil } ?? true
    }
}

/// One user as a row of the user list and at the top of the user's page (`{name, checkMark, href, key,
/// initials, authentication, authenticationClass, email, activeTickets, markedTickets, diagnostics, overCap,
/// staffRole, rowID}`), with the section of the list it sits in.
public struct UserRow: Sendable, Equatable {
    public var key: UserKey
    /// The name agents see, as the export holds it (shown cut and with look-alikes marked).
    public var displayName: String
    public var checkMark: Bool
    public var authentication: String
    public var authenticationClass: String
    /// The primary email as the export holds it.
    public var email: String?
    public var activeTickets: Int
    public var markedTickets: Int
    public var diagnostics: Int
    public var overCap: Bool
    /// The worded role of an agent or admin a messaging user links to (§2 rule 6).
    public var staffRole: String?
    /// The section of the user list, by position in `IndexPlan`'s sections.
    public var section: Int

    public init(
        key: UserKey, displayName: String, checkMark: Bool, authentication: String, authenticationClass: String,
        email: String?, activeTickets: Int, markedTickets: Int, diagnostics: Int, overCap: Bool,
        staffRole: String?, section: Int
    ) {
        self.key = key
        self.displayName = displayName
        self.checkMark = checkMark
        self.authentication = authentication
        self.authenticationClass = authenticationClass
        self.email = email
        self.activeTickets = activeTickets
        self.markedTickets = markedTickets
        self.diagnostics = diagnostics
        self.overCap = overCap
        self.staffRole = staffRole
        self.section = section
    }

    /// The row of a user of a view.
    public init(user: UserView, in view: AgentView) {
        self.init(
            key: user.key, displayName: user.displayName, checkMark: user.nameCheckMark,
            authentication: Wording.authentication(of: user),
            authenticationClass: Wording.authenticationClass(of: user),
            email: user.supportValue(.email) ?? user.messagingValue(.email),
            activeTickets: user.ticketSummary.active, markedTickets: user.ticketSummary.markedActive,
            diagnostics: view.diagnosticCount(of: user.key), overCap: user.ticketSummary.isOverCap,
            staffRole: user.staffRole.map(Wording.role), section: IndexPlan.section(of: user, in: view))
    }

    /// The row's values, its link relative to the page showing it; `rowID` is the row's HTML id on the user
    /// list when it starts a letter of the A–Z jump.
    func value(_ links: PageLinks, rowID: String? = nil) -> MustacheValue {
        [
            "name": .string(LookalikeText.shown(displayName)),
            "checkMark": .bool(checkMark),
            "href": MustacheValue(links.user(key)),
            "key": .string(key.description),
            // Apart, so the list can break a key after its kind (`support:` / `1840000000125`), not inside the id.
            "keyKind": .string(key.kind.rawValue),
            "keyID": .string(key.id),
            "initials": .string(Avatar.initials(displayName)),
            "authentication": .string(authentication),
            "authenticationClass": .string(authenticationClass),
            "email": MustacheValue(LookalikeText.shown(email)),
            "activeTickets": .init(activeTickets),
            "markedTickets": .init(markedTickets),
            "diagnostics": .init(diagnostics),
            "overCap": .bool(overCap),
            "staffRole": MustacheValue(staffRole),
            "rowID": MustacheValue(rowID),
        ]
    }
}

/// A ticket whose requester is not in the export, as a row of the user list.
public struct TicketRow: Sendable, Equatable {
    public var id: String
    public var subject: String?
    public var requesterID: String?

    public init(id: String, subject: String?, requesterID: String?) {
        self.id = id
        self.subject = subject
        self.requesterID = requesterID
    }

    public init(_ ticket: TicketView) {
        self.init(id: ticket.ticket.id, subject: ticket.ticket.subject, requesterID: ticket.ticket.requesterID)
    }

    func value(_ links: PageLinks) -> MustacheValue {
        [
            "id": .string(LookalikeText.cut(id)), "href": MustacheValue(links.ticket(id)),
            "subject": .string(LookalikeText.cut(subject ?? "(no subject)")),
            "requesterID": MustacheValue(requesterID.map { LookalikeText.cut($0) }),
        ]
    }
}

/// One diagnostic with the page its subject resolves to and how that subject is named.
public struct DiagnosticRow: Sendable, Equatable {
    public var diagnostic: Diagnostic
    /// The subject as the row names it, such as `Ana (support:7)` or `Ticket #5 (not in the export)`.
    public var label: String
    /// The page the subject links to, nil when it has none.
    public var target: AgentView.PageSubject?

    public init(diagnostic: Diagnostic, label: String, target: AgentView.PageSubject?) {
        self.diagnostic = diagnostic
        self.label = label
        self.target = target
    }

    /// The row of a diagnostic of a view.
    public init(diagnostic: Diagnostic, in view: AgentView) {
        let target = view.page(of: diagnostic.subject)
        let label: String
        switch (target, diagnostic.subject) {
        case (.user(let key)?, _):
            let name = LookalikeText.shown(view.user(key)?.displayName ?? key.description)
            label = "\(name) (\(LookalikeText.cut(key.description)))"
        case (.ticket(let id)?, _):
            label = "Ticket #\(LookalikeText.cut(id))"
        case (nil, .ticket(let id)):
            label = "Ticket #\(LookalikeText.cut(id)) (not in the export)"
        case (nil, let other):
            label = LookalikeText.cut(other.description)
        }
        self.init(diagnostic: diagnostic, label: label, target: target)
    }

    /// `{code, severity, subject: {label, href}, message, advice}`.
    func value(_ links: PageLinks) -> MustacheValue {
        let href: String?
        switch target {
        case .user(let key): href = links.user(key)
        case .ticket(let id): href = links.ticket(id)
        case nil: href = nil
        }
        return [
            "code": .string(diagnostic.code),
            "severity": .string(diagnostic.severity.rawValue),
            "subject": ["label": .string(label), "href": MustacheValue(href)],
            "message": .string(Self.shown(diagnostic.message)),
            "advice": .string(Self.shown(diagnostic.advice)),
        ]
    }

    /// A diagnostic's message or advice as pages show it: cut after `textLimit` characters, and defused as
    /// names are (`LookalikeText.defused`). A page isolates the whole text in one `<bdi>`, so a bidi control in
    /// a value it quotes would reorder the rest of the sentence and its advice; `snapshot.json` keeps it as
    /// the rule wrote it.
    static func shown(_ text: String) -> String {
        LookalikeText.defused(LookalikeText.cut(text, after: textLimit))
    }

    /// The most characters of a diagnostic's message or advice a page shows: several times the longest a
    /// rule writes, since quoted names are cut already, but ids quoted whole could make one row of
    /// megabytes (`snapshot.json` keeps the whole text).
    static let textLimit = 1_500
}
