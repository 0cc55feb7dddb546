/// Raises `help-center-auth-other-brand` when a help-center-authenticated user has messaging or chat tickets in
/// a brand other than the main one (docs/rules.md §8).
///
/// "Help-center authentication is main-brand only (early access): a help-center-authenticated user
/// with tickets in another brand is a diagnostic." The main brand is `Settings.mainBrandID`, else the
/// lowest brand id on any ticket (Zendesk's first brand). Users with a JWT messaging user can
/// authenticate on any brand, and email or web-form tickets do not involve the widget, so only the tickets
/// that can carry the mark (tied to a conversation, or on a messaging or chat channel, §4 rule 3) of users
/// authenticated by help center alone count.
enum HelpCenterAuthOtherBrandRule: DiagnosticRule {
    /// The `help-center-auth-other-brand` line of the catalogue.
    static let otherBrand = DiagnosticCode(
        code: "help-center-auth-other-brand", severity: .warning,
        when: "a help-center-authenticated user has tickets in a brand other than the main brand (§8)")

    static var codes: [DiagnosticCode] { [otherBrand] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        guard let mainBrand = context.mainBrandID else { return [] }
        var diagnostics: [Diagnostic] = []
        for view in context.users where view.isAuthenticated && view.authenticationMethod == .helpCenter {
            let tickets = (context.ticketsByRequester[view.key] ?? []).filter { ticket in
                guard let brand = ticket.ticket.brandID, brand != mainBrand else { return false }
                return ticket.conversationID != nil || ViaChannel.kind(of: ticket.ticket.channel) == .messaging
            }
            guard !tickets.isEmpty else { continue }
            let brands = Set(tickets.compactMap(\.ticket.brandID)).sorted(by: IDOrder.less)
            let ticketWords = tickets.count == 1 ? "ticket" : "tickets"
            diagnostics.append(
                otherBrand.diagnostic(
                    subject: .user(view.key),
                    message:
                        "help-center-authenticated user has messaging or chat \(ticketWords) \(DiagnosticText.list(tickets.map(\.ticket.id))) in \(brands.count == 1 ? "brand" : "brands") \(DiagnosticText.quotedList(brands)), not the main brand \(DiagnosticText.quoted(mainBrand))",
                    advice:
                        "help-center authentication works on the main brand only: on other brands' widgets the user is not signed in by it, so authenticate messaging there with JWT, or set the main brand in the settings if \(DiagnosticText.quoted(mainBrand)) is not your main brand"
                ))
        }
        return diagnostics
    }
}
