/// Raises `link-target-missing` when a `zendeskId` or a ticket's requester names a Support user that
/// is not in the export (docs/rules.md §2, §9).
///
/// §2: "`messaging.zendeskId == String(support.id)`" is the strongest link, and "the Support user …
/// is the requester of tickets". When either names nobody, agents see no profile for that person.
/// Requesters that are staff are in the export (agents may file tickets), so they never fire. A ticket with no
/// `requester_id` at all (missing or null) names nobody either: it fires too, since agents see it under no user.
enum LinkTargetMissingRule: DiagnosticRule {
    /// The `link-target-missing` line of the catalogue.
    static let missing = DiagnosticCode(
        code: "link-target-missing", severity: .warning,
        when: "`zendeskId` or a ticket's requester names a user not in the export")

    static var codes: [DiagnosticCode] { [missing] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users {
            for linked in view.messagingUsers {
                guard let zendeskID = DiagnosticText.nonEmpty(linked.user.zendeskID),
                    context.supportUsersByID[zendeskID] == nil
                else { continue }
                let effect = view.isVisibleToAgents ? "" : ": agents never see this user"
                diagnostics.append(
                    missing.diagnostic(
                        subject: .user(view.key),
                        message:
                            "messaging user \(DiagnosticText.quoted(linked.user.id)) has zendeskId \(DiagnosticText.quoted(zendeskID)), which names no Support user in the export\(effect)",
                        advice:
                            "export Support user \(zendeskID) with the users (GET /api/v2/users/\(zendeskID)); if it was deleted, its messaging conversations have no profile for agents to open"
                    ))
            }
        }
        for view in context.tickets {
            guard let requesterID = view.ticket.requesterID else {
                diagnostics.append(
                    missing.diagnostic(
                        subject: .ticket(view.ticket.id),
                        message:
                            "ticket \(view.ticket.id) has no requester_id, so it names no requester: it belongs to no user's page and carries no check mark",
                        advice:
                            "export the ticket with its requester_id (GET /api/v2/tickets/\(view.ticket.id)); a ticket always has a requester in Zendesk, so a missing one means the export dropped it"
                    ))
                continue
            }
            guard context.supportUsersByID[requesterID] == nil else { continue }
            diagnostics.append(
                missing.diagnostic(
                    subject: .ticket(view.ticket.id),
                    message:
                        "ticket \(view.ticket.id) names requester \(DiagnosticText.quoted(requesterID)), who is not in the export",
                    advice:
                        "export the requester with the users (GET /api/v2/users/\(requesterID)); until then the ticket page shows no requester profile and no check mark"
                ))
        }
        return diagnostics
    }
}
