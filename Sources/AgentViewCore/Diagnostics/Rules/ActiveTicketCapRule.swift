/// Raises `active-ticket-cap` when an authenticated user has more active tickets than carry the mark
/// (docs/rules.md §6).
///
/// "An authenticated user can be marked as authenticated on at most 100 active tickets at once. …
/// When a user has more, the mark goes to the first 100 in this order" (the cap is a setting). The
/// ranks come from `ActiveTicketCap`; this rule only tells the reviewer which tickets lost the mark.
enum ActiveTicketCapRule: DiagnosticRule {
    /// The `active-ticket-cap` line of the catalogue.
    static let cap = DiagnosticCode(
        code: "active-ticket-cap", severity: .note, when: "an authenticated user has more than 100 active tickets")

    static var codes: [DiagnosticCode] { [cap] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        let limit = context.settings.activeTicketCap
        var diagnostics: [Diagnostic] = []
        for view in context.users where view.isAuthenticated {
            let overCap = view.tickets.filter { $0.reason == .overCap }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
            guard let firstRank = overCap.first?.rank, let lastRank = overCap.last?.rank else { continue }
            let active = view.tickets.filter(\.isActive).count
            let ranks = firstRank == lastRank ? "rank \(firstRank)" : "ranks \(firstRank)–\(lastRank)"
            diagnostics.append(
                cap.diagnostic(
                    subject: .user(view.key),
                    message:
                        "\(active) active tickets, more than the cap of \(limit): the mark shows on ranks 1–\(limit) only; \(overCap.count == 1 ? "ticket" : "tickets") \(DiagnosticText.list(overCap.map(\.ticketID))) (\(ranks)) \(overCap.count == 1 ? "shows" : "show") none",
                    advice:
                        "agents see no check mark on \(overCap.count == 1 ? "that ticket" : "those tickets") although the user is authenticated; solve or close stale tickets and the mark moves to the next most recently active ones"
                ))
        }
        return diagnostics
    }
}
