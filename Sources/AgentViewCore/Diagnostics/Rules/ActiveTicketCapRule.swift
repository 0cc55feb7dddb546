/// Raises `active-ticket-cap` when an authenticated user has more active tickets than the cap
/// (docs/rules.md §6 rules 4 and 6).
///
/// "With multi-conversation messaging, an authenticated user can be marked as authenticated on at most
/// 100 active tickets at once. … With single-conversation messaging no cap applies (reason `no-cap`);
/// more than 100 active tickets there is still the note `active-ticket-cap`, since switching to
/// multi-conversation would drop marks" (the cap is a setting). The ranks come from `ActiveTicketCap`;
/// this rule only tells the reviewer which tickets lose, or would lose, the mark.
enum ActiveTicketCapRule: DiagnosticRule {
    /// The `active-ticket-cap` line of the catalogue.
    static let cap = DiagnosticCode(
        code: "active-ticket-cap", severity: .note,
        when: "an authenticated user has more active messaging or chat tickets than the cap (100 by default)")

    static var codes: [DiagnosticCode] { [cap] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        let limit = context.settings.activeTicketCap
        var diagnostics: [Diagnostic] = []
        for view in context.users where view.isAuthenticated {
            // Only active messaging and chat tickets are ranked (§6 rule 7): an email ticket neither counts nor carries the mark.
            let ranked = view.tickets.filter { $0.rank != nil }.count
            if context.messaging.capApplies {
                let overCap = view.tickets.filter { $0.reason == .overCap }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
                guard let firstRank = overCap.first?.rank, let lastRank = overCap.last?.rank else { continue }
                let ranks = firstRank == lastRank ? "rank \(firstRank)" : "ranks \(firstRank)–\(lastRank)"
                diagnostics.append(
                    cap.diagnostic(
                        subject: .user(view.key),
                        message:
                            "\(ranked) active messaging or chat tickets, more than the cap of \(limit): the mark shows on ranks 1–\(limit) only; \(overCap.count == 1 ? "ticket" : "tickets") \(DiagnosticText.list(overCap.map(\.ticketID))) (\(ranks)) \(overCap.count == 1 ? "shows" : "show") none",
                        advice:
                            "agents see no check mark on \(overCap.count == 1 ? "that ticket" : "those tickets") although the user is authenticated; solve or close stale tickets and the mark moves to the next most recently active ones"
                    ))
            } else {
                // Single-conversation: every ranked ticket is marked; name those the cap would take the mark from.
                let past = view.tickets.filter { $0.reason == .noCap && ($0.rank ?? 0) > limit }
                    .sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
                guard let firstRank = past.first?.rank, let lastRank = past.last?.rank else { continue }
                let ranks = firstRank == lastRank ? "rank \(firstRank)" : "ranks \(firstRank)–\(lastRank)"
                diagnostics.append(
                    cap.diagnostic(
                        subject: .user(view.key),
                        message:
                            "\(ranked) active messaging or chat tickets, more than the cap of \(limit): with single-conversation messaging no cap applies and all of them carry the mark, but with multi-conversation messaging \(past.count == 1 ? "ticket" : "tickets") \(DiagnosticText.list(past.map(\.ticketID))) (\(ranks)) would show none",
                        advice:
                            "switching to multi-conversation messaging would drop the mark from \(past.count == 1 ? "that ticket" : "those tickets") although the user is authenticated; solve or close stale tickets before switching"
                    ))
            }
        }
        return diagnostics
    }
}
