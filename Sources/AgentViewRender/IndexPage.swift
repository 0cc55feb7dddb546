import AgentViewCore
import Mustache

/// `index.html`: the counts a reviewer checks first and every user, the interesting ones first.
struct IndexPage: PageModel {
    let context: PageContext

    /// The page's title.
    var title: String { "Users" }

    /// `{counts, groups, orphanTickets, hasOrphanTickets}`.
    var values: MustacheMap {
        let orphans = context.view.tickets.filter { ticket in
            ticket.requester.map { context.view.user($0) == nil } ?? true
        }
        return [
            "counts": .list(counts.map { label, count in ["label": .string(label), "count": .init(count)] }),
            "groups": .list(groups),
            "orphanTickets": .list(
                orphans.map { ticket in
                    [
                        "id": .string(ticket.ticket.id), "href": MustacheValue(context.links.ticket(ticket.ticket.id)),
                        "subject": .string(ticket.ticket.subject ?? "(no subject)"),
                        "requesterID": MustacheValue(ticket.ticket.requesterID),
                    ]
                }),
            "hasOrphanTickets": .bool(!orphans.isEmpty),
            "messagingMode": .string(Wording.messagingMode(context.view.messaging)),
            "capApplies": .bool(context.view.messaging.capApplies),
            "cap": .init(context.settings.activeTicketCap),
        ]
    }

    /// The counts, as label and number.
    private var counts: [(String, Int)] {
        let counts = context.view.counts
        let severities = Diagnostic.Severity.allCases.reversed().map { severity in
            ("Diagnostics: \(severity.rawValue)s", counts.diagnostics[severity] ?? 0)
        }
        // An unknown method is rare (a contradiction, §3 rule 4): its line shows only when it happens.
        let unknown =
            counts.authenticatedMethodUnknown > 0
            ? [("Authenticated, method unknown", counts.authenticatedMethodUnknown)] : []
        return [
            ("Support users", counts.supportUsers),
            ("Messaging users", counts.messagingUsers),
            ("Authenticated by JWT", counts.authenticatedByJWT),
            ("Authenticated by help center", counts.authenticatedByHelpCenter),
        ] + unknown + [
            ("Not authenticated", counts.notAuthenticated),
            ("Messaging users agents never see", counts.hiddenMessagingUsers),
            ("Active tickets", counts.activeTickets),
            ("Tickets with the mark", counts.markedTickets),
        ] + severities
    }

    /// Users in groups, most interesting first: over the cap, then authenticated or not, each with
    /// diagnostics first, then messaging users agents never see.
    private var groups: [MustacheValue] {
        let summaries = context.view.users.map { UserSummaryModel(user: $0, context: context) }
        let definitions: [(String, String, (UserSummaryModel) -> Bool)] = [
            ("over-cap", "Authenticated, over the active-ticket cap", { $0.user.nameCheckMark && $0.isOverCap }),
            (
                "authenticated-diagnostics", "Authenticated, with diagnostics",
                { $0.user.nameCheckMark && !$0.isOverCap && $0.diagnosticCount > 0 }
            ),
            ("authenticated", "Authenticated", { $0.user.nameCheckMark && !$0.isOverCap && $0.diagnosticCount == 0 }),
            (
                "unauthenticated-diagnostics", "Not authenticated, with diagnostics",
                { $0.user.isVisibleToAgents && !$0.user.nameCheckMark && $0.diagnosticCount > 0 }
            ),
            (
                "unauthenticated", "Not authenticated",
                { $0.user.isVisibleToAgents && !$0.user.nameCheckMark && $0.diagnosticCount == 0 }
            ),
            ("hidden", "Messaging users agents never see", { !$0.user.isVisibleToAgents }),
        ]
        return definitions.compactMap { id, title, belongs in
            let members = summaries.filter(belongs)
            guard !members.isEmpty else { return nil }
            return [
                "id": .string(id), "title": .string(title), "count": .init(members.count),
                "users": .list(members.map(\.value)),
            ]
        }
    }
}
