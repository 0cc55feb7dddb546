/// Raises `ai-agent-asks-again` for a user authenticated through the help center only (docs/rules.md §4
/// rule 11).
///
/// The AI agent's Provided name, Provided email and Authenticated external ID come from a JWT only
/// (§4 rule 10). A user who signed in through the help center and never by JWT has Authenticated status
/// `true` and the other three empty, so the AI agent asks them for their name and email again.
enum AIAgentAsksAgainRule: DiagnosticRule {
    /// The `ai-agent-asks-again` line of the catalogue.
    static let asksAgain = DiagnosticCode(
        code: "ai-agent-asks-again", severity: .note,
        when: "help-center-authenticated user with no external ID (§4)")

    static var codes: [DiagnosticCode] { [asksAgain] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for view in context.users where view.isAuthenticatedWithoutJWT {
            let helpCenter = view.messagingUsers.filter {
                $0.authentication.isAuthenticated && $0.authentication.method == .helpCenter
            }
            let ids = DiagnosticText.quotedList(helpCenter.map(\.user.id))
            let who = helpCenter.count == 1 ? "messaging user \(ids) has" : "messaging users \(ids) have"
            let advice: String
            if let externalID = DiagnosticText.nonEmpty(view.supportUser?.externalID) {
                advice =
                    "the Support user has external_id \(DiagnosticText.quoted(externalID)), which the messaging user never took: synchronize it (POST /v2/apps/{appId}/users/\(view.supportUser!.id)/sync) and sign the user in with a JWT whose external_id claim holds it, with name and email claims, so the AI agent reads them from the token"
            } else if let support = view.supportUser {
                advice =
                    "set an external_id on Support user \(support.id) (PUT /api/v2/users/\(support.id)), synchronize the messaging user, and sign the user in with a JWT carrying that external_id and name and email claims, so the AI agent reads them from the token"
            } else {
                advice =
                    "give the user an external_id: sign them in with a JWT carrying an external_id and name and email claims, so the AI agent reads them from the token"
            }
            diagnostics.append(
                asksAgain.diagnostic(
                    subject: .user(view.key),
                    message:
                        "\(context.describe(view.key)) is authenticated through the help center only (\(who) a zendeskId and no externalId): the AI agent gets Authenticated status 'true' but an empty Provided name, Provided email and Authenticated external ID, so it asks for name and email again",
                    advice: advice))
        }
        return diagnostics
    }
}
