/// Raises `auth-time-unknown` once per authenticated messaging user whose messages were marked without
/// a known moment of authentication (docs/rules.md §5 rule 4).
///
/// "4. otherwise: mark every message of an authenticated user and raise the `auth-time-unknown` note."
/// Only messaging messages count (entries with a messaging author): comments and the conversation log's
/// "Conversation with …" note are not messages the end user sent through messaging. The count is of
/// distinct message ids, so a message shown on two tickets counts once.
enum AuthTimeUnknownRule: DiagnosticRule {
    /// The `auth-time-unknown` line of the catalogue.
    static let unknown = DiagnosticCode(code: "auth-time-unknown", severity: .note, when: "§5 rule 4 applied")

    static var codes: [DiagnosticCode] { [unknown] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var messagesByUser: [String: Set<String>] = [:]
        for ticket in context.tickets {
            for message in ticket.messages where message.decision.rule == .authenticationTimeUnknown {
                guard let author = message.entry.authorMessagingUserID else { continue }
                messagesByUser[context.merges.resolve(author), default: []].insert(message.entry.id)
            }
        }
        return messagesByUser.map { userID, messageIDs in
            let subject = context.owner(ofMessagingUser: userID) ?? UserKey(.messaging, userID)
            let count = messageIDs.count
            return unknown.diagnostic(
                subject: .user(subject),
                message:
                    "messaging user \(DiagnosticText.quoted(userID)) has \(DiagnosticText.count(count, "message")) shown with the mark without a known login time",
                advice:
                    "the export holds no user:update (reason authentication), user:merge or conversation:message webhook for this user, so every message is marked, even any sent before login; add those webhook deliveries to the export to mark only messages sent after login"
            )
        }
    }
}
