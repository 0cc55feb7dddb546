/// What changed between two snapshots; the cases are in the order a diff lists its groups.
///
/// Settings come first because they explain much of the rest (a lower cap moves marks), then marks,
/// which reviewers and CI care about most (docs/rules.md §1), then the values agents read, then the rest.
public enum DiffChangeKind: String, Sendable, CaseIterable, Comparable {
    /// A `settings` entry changed, was added or was removed (one change for all of them).
    case settingsChanged = "settings-changed"
    /// An end user only the new snapshot has.
    case userAdded = "user-added"
    /// An end user only the old snapshot has.
    case userRemoved = "user-removed"
    /// The green mark now stands next to a user's name.
    case userMarkGained = "user-mark-gained"
    /// The green mark no longer stands next to a user's name.
    case userMarkLost = "user-mark-lost"
    /// Authentication or its method changed while the name's mark did not.
    case userAuthenticationChanged = "user-authentication-changed"
    /// A user's Support role changed between end user and staff a messaging user links to (§2 rule 6).
    case userStaffChanged = "user-staff-changed"
    /// A ticket now carries its requester's mark (§6).
    case ticketMarkGained = "ticket-mark-gained"
    /// A ticket no longer carries its requester's mark (§6).
    case ticketMarkLost = "ticket-mark-lost"
    /// An end-user message now carries the mark (§5).
    case messageMarkGained = "message-mark-gained"
    /// An end-user message no longer carries the mark (§5).
    case messageMarkLost = "message-mark-lost"
    /// A name, email or external ID agents see changed on one or more surfaces of the §4 table.
    case visibleFieldChanged = "visible-field-changed"
    /// An AI-agent messaging metadata variable changed (§4).
    case metadataVariableChanged = "metadata-variable-changed"
    /// A ticket only the new snapshot has.
    case ticketAdded = "ticket-added"
    /// A ticket only the old snapshot has.
    case ticketRemoved = "ticket-removed"
    /// A ticket of both snapshots now requested by another user while its mark did not change (a login merge
    /// moves an anonymous user's tickets, docs/rules.md §7 rule 2).
    case ticketRequesterChanged = "ticket-requester-changed"
    /// A ticket of both snapshots whose status changed while its mark did not (the status badge agents see).
    case ticketStatusChanged = "ticket-status-changed"
    /// A message only the new snapshot has, on a ticket both have: a transcript that gained a line.
    case messageAdded = "message-added"
    /// A message only the old snapshot has, on a ticket both have.
    case messageRemoved = "message-removed"
    /// A message of both snapshots shown under another author while its mark did not change.
    case messageAuthorChanged = "message-author-changed"
    /// A diagnostic only the new snapshot has (same code, subject and message).
    case diagnosticAdded = "diagnostic-added"
    /// A diagnostic only the old snapshot has.
    case diagnosticRemoved = "diagnostic-removed"
    /// A subject's diagnostic of one code whose message changed (the only one of its code and subject on each
    /// side): its new and old message.
    case diagnosticChanged = "diagnostic-changed"

    /// The group's heading: `Tickets that lost the mark`.
    public var title: String {
        switch self {
        case .settingsChanged: "Settings"
        case .userAdded: "Users added"
        case .userRemoved: "Users removed"
        case .userMarkGained: "Users who gained the mark"
        case .userMarkLost: "Users who lost the mark"
        case .userAuthenticationChanged: "Authentication changed, name mark unchanged"
        case .userStaffChanged: "Staff shown as end users"
        case .ticketMarkGained: "Tickets that gained the mark"
        case .ticketMarkLost: "Tickets that lost the mark"
        case .messageMarkGained: "Messages that gained the mark"
        case .messageMarkLost: "Messages that lost the mark"
        case .visibleFieldChanged: "Names, emails and external IDs agents see"
        case .metadataVariableChanged: "AI-agent metadata variables"
        case .ticketAdded: "Tickets added"
        case .ticketRemoved: "Tickets removed"
        case .ticketRequesterChanged: "Tickets with another requester, mark unchanged"
        case .ticketStatusChanged: "Ticket statuses changed, mark unchanged"
        case .messageAdded: "Messages added"
        case .messageRemoved: "Messages removed"
        case .messageAuthorChanged: "Message authors changed, mark unchanged"
        case .diagnosticAdded: "Diagnostics added"
        case .diagnosticRemoved: "Diagnostics removed"
        case .diagnosticChanged: "Diagnostics changed"
        }
    }

    /// How a headline counts the group: `2 users gained the mark`, `settings changed`.
    public func headline(count: Int) -> String {
        func counted(_ singular: String, _ plural: String, _ rest: String) -> String {
            "\(count) \(count == 1 ? singular : plural) \(rest)"
        }
        switch self {
        case .settingsChanged: return "settings changed"
        case .userAdded: return counted("user", "users", "added")
        case .userRemoved: return counted("user", "users", "removed")
        case .userMarkGained: return counted("user", "users", "gained the mark")
        case .userMarkLost: return counted("user", "users", "lost the mark")
        case .userAuthenticationChanged: return counted("user", "users", "changed authentication")
        case .userStaffChanged: return counted("user", "users", "changed between end user and staff")
        case .ticketMarkGained: return counted("ticket", "tickets", "gained the mark")
        case .ticketMarkLost: return counted("ticket", "tickets", "lost the mark")
        case .messageMarkGained: return counted("message", "messages", "gained the mark")
        case .messageMarkLost: return counted("message", "messages", "lost the mark")
        case .visibleFieldChanged: return "\(count) name, email or external ID \(count == 1 ? "change" : "changes")"
        case .metadataVariableChanged: return counted("metadata variable", "metadata variables", "changed")
        case .ticketAdded: return counted("ticket", "tickets", "added")
        case .ticketRemoved: return counted("ticket", "tickets", "removed")
        case .ticketRequesterChanged: return counted("ticket", "tickets", "changed requester")
        case .ticketStatusChanged: return counted("ticket", "tickets", "changed status")
        case .messageAdded: return counted("message", "messages", "added")
        case .messageRemoved: return counted("message", "messages", "removed")
        case .messageAuthorChanged: return counted("message", "messages", "changed author")
        case .diagnosticAdded: return counted("diagnostic", "diagnostics", "added")
        case .diagnosticRemoved: return counted("diagnostic", "diagnostics", "removed")
        case .diagnosticChanged: return counted("diagnostic", "diagnostics", "changed")
        }
    }

    /// Whether the change gains or loses a check mark somewhere, which CI may fail the build on (§1).
    public var isMarkChange: Bool {
        switch self {
        case .userMarkGained, .userMarkLost, .ticketMarkGained, .ticketMarkLost, .messageMarkGained, .messageMarkLost:
            true
        default:
            false
        }
    }

    /// Orders kinds as a diff lists them.
    public static func < (lhs: DiffChangeKind, rhs: DiffChangeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
