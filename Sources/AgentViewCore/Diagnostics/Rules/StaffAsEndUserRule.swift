/// Raises `staff-as-end-user` when a messaging user links to an agent or an admin (docs/rules.md §2
/// rule 6).
///
/// Links ignore the Support user's role: an admin testing the widget as themselves is linked, shown and
/// flagged, never dropped, so their conversations stay on a page agents can open.
enum StaffAsEndUserRule: DiagnosticRule {
    /// The `staff-as-end-user` line of the catalogue.
    static let staffAsEndUser = DiagnosticCode(
        code: "staff-as-end-user", severity: .warning,
        when: "a messaging user links to a Support user whose role is agent or admin (§2)")

    static var codes: [DiagnosticCode] { [staffAsEndUser] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users {
            guard let role = view.staffRole else { continue }
            let linked = view.messagingUsers.map { linked in
                "\(DiagnosticText.quoted(linked.user.id)) (\(linked.link?.rawValue ?? "unlinked"))"
            }
            let noun = linked.count == 1 ? "messaging user" : "messaging users"
            diagnostics.append(
                staffAsEndUser.diagnostic(
                    subject: .user(view.key),
                    message:
                        "\(noun) \(DiagnosticText.list(linked)) \(linked.count == 1 ? "links" : "link") to \(context.describe(view.key)), whose role is \(DiagnosticText.quoted(role)): agents see this \(role)'s own profile as the end user of those conversations",
                    advice:
                        "if an agent or admin tested the widget as themselves, test with a separate end-user account (its own email and external ID) and delete the test conversations; if this person is a customer, change the Support user's role to end-user"
                ))
        }
        return diagnostics
    }
}
