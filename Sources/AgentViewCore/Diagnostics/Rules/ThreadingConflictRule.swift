/// Raises `threading-conflict` when two non-closed tickets hold one conversation of one requester
/// (docs/rules.md §7).
///
/// "Ticket threading: a new message joins the open (not closed) ticket of the same conversation and
/// user; otherwise a new ticket starts. Two non-closed tickets for one conversation and user is a
/// diagnostic." Solved tickets are not closed (a new message reopens them), so they count; deleted
/// and archived ones do not. The conversation is the one each ticket's `ChatStartedEvent` names, else the one
/// of the first message its conversation log references (docs/rules.md §7 rule 6), after the
/// single-conversation alias; the requester is the end user holding the ticket, so the tickets a login merge
/// moved from the anonymous user's Support counterpart are the survivor's (rule 2); the subject is the newest ticket.
enum ThreadingConflictRule: DiagnosticRule {
    /// The `threading-conflict` line of the catalogue.
    static let conflict = DiagnosticCode(
        code: "threading-conflict", severity: .warning, when: "two non-closed tickets for one conversation and user")

    /// Statuses a new message cannot join.
    static let closedStatuses: Set<String> = ["closed", "deleted", "archived", "scrubbed"]

    static var codes: [DiagnosticCode] { [conflict] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var groups: [ThreadKey: [TicketView]] = [:]
        for view in context.tickets where !closedStatuses.contains(view.ticket.status) {
            guard let conversationID = view.conversationID, let requester = view.requester else { continue }
            groups[ThreadKey(conversationID: conversationID, requester: requester), default: []].append(view)
        }
        return groups.compactMap { key, tickets in
            guard tickets.count > 1 else { return nil }
            let ordered = tickets.sorted { lhs, rhs in
                let left = lhs.ticket.createdAt ?? .distantPast
                let right = rhs.ticket.createdAt ?? .distantPast
                return left != right ? left < right : IDOrder.less(lhs.ticket.id, rhs.ticket.id)
            }
            let newest = ordered.last!
            let listed = DiagnosticText.list(ordered.map { "\($0.ticket.id) (\($0.ticket.status))" })
            let requester = context.describe(key.requester)
            return conflict.diagnostic(
                subject: .ticket(newest.ticket.id),
                message:
                    "tickets \(listed) share conversation \(DiagnosticText.quoted(key.conversationID)) of requester \(requester), and \(ordered.count == 2 ? "neither" : "none") is closed",
                advice:
                    "a new message joins only one of them, so agents working another miss it: merge the older \(ordered.count == 2 ? "ticket" : "tickets") into ticket \(newest.ticket.id) (Merge tickets), or close the ones nobody works"
            )
        }
    }

    /// One conversation of one requester.
    private struct ThreadKey: Hashable {
        var conversationID: String
        var requester: UserKey
    }
}
