/// Raises `cross-brand-history` when a user has tickets in several brands (docs/rules.md §8).
///
/// "A user with tickets in several brands is a note (conversation history is account-wide)": agents
/// of one brand see the user's conversations from the others.
enum CrossBrandHistoryRule: DiagnosticRule {
    /// The `cross-brand-history` line of the catalogue.
    static let crossBrand = DiagnosticCode(
        code: "cross-brand-history", severity: .note, when: "a user has tickets in several brands (§8)")

    /// How many ticket ids a message lists per brand.
    static let ticketsPerBrand = 5

    static var codes: [DiagnosticCode] { [crossBrand] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users {
            let tickets = context.ticketsByRequester[view.key] ?? []
            let byBrand = Dictionary(grouping: tickets.filter { $0.ticket.brandID != nil }) { $0.ticket.brandID! }
            guard byBrand.count > 1 else { continue }
            let brands = byBrand.keys.sorted(by: IDOrder.less).map { brand in
                "\(DiagnosticText.quoted(brand)) (\(DiagnosticText.list(byBrand[brand]!.map(\.ticket.id), limit: ticketsPerBrand)))"
            }
            diagnostics.append(
                crossBrand.diagnostic(
                    subject: .user(view.key),
                    message: "tickets in \(byBrand.count) brands: \(DiagnosticText.list(brands))",
                    advice:
                        "conversation history is account-wide: agents working any of these brands see this user's conversations from all of them; check that is acceptable where brands serve different customers or keep separate teams"
                ))
        }
        return diagnostics
    }
}
