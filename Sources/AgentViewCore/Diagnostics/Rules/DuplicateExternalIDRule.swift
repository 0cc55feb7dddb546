/// Raises `duplicate-external-id` when two users of one kind share an external ID, ignoring case
/// (docs/rules.md §8).
///
/// "External IDs and emails must be unique within an account. Two users with the same external ID …
/// are diagnostics." A Support user and a messaging user with the same ID are a link (§2), not a
/// duplicate, so only Support users are compared with Support users and messaging users with messaging
/// users. Staff with no page count too, since the ID is unique in the whole account: a JWT login with an
/// end user's ID that an admin also carries may reach the admin. A group of staff alone is not reported,
/// since no end user's page would show it.
///
/// Each group of users sharing an ID is reported pairwise against its lowest id, end users before staff:
/// the subject is that user and the message names the other one, so a group of n gives n − 1 diagnostics,
/// not n².
enum DuplicateExternalIDRule: DiagnosticRule {
    /// The `duplicate-external-id` line of the catalogue.
    static let duplicate = DiagnosticCode(
        code: "duplicate-external-id", severity: .error,
        when: "two users of one kind share an external ID (case-insensitive)")

    static var codes: [DiagnosticCode] { [duplicate] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        supportDuplicates(context) + messagingDuplicates(context)
    }

    private static func supportDuplicates(_ context: DiagnosticContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for found in groups(context.accountSupportUsers, id: \.id, externalID: \.externalID) {
            // Users with a page first, so the subject has one.
            guard let group = context.withPagesFirst(found) else { continue }
            let first = group[0]
            for other in group.dropFirst() {
                let advice =
                    context.isUnshownStaff(other)
                    ? "external IDs must be unique in an account, so a JWT login with this ID may sign in as the staff member rather than the end user; change one external_id through the API (agents cannot edit it)"
                    : "external IDs must be unique in an account, so a JWT login with this ID reaches only one of these users; change one external_id through the API (agents cannot edit it), or merge the users through the API: the agent UI cannot merge two users that both carry external IDs"
                diagnostics.append(
                    duplicate.diagnostic(
                        subject: .user(UserKey(.support, first.id)),
                        message:
                            "external_id \(DiagnosticText.quoted(first.externalID!)) is shared with \(context.describeMember(other))\(spelling(first.externalID!, other.externalID!))",
                        advice: advice
                    ))
            }
        }
        return diagnostics
    }

    private static func messagingDuplicates(_ context: DiagnosticContext) -> [Diagnostic] {
        let users = context.users.flatMap { $0.messagingUsers.map(\.user) }
        var diagnostics: [Diagnostic] = []
        for group in groups(users, id: \.id, externalID: \.externalID) {
            let first = group[0]
            let subject = context.owner(ofMessagingUser: first.id) ?? UserKey(.messaging, first.id)
            for other in group.dropFirst() {
                diagnostics.append(
                    duplicate.diagnostic(
                        subject: .user(subject),
                        message:
                            "messaging users \(DiagnosticText.quoted(first.id)) and \(DiagnosticText.quoted(other.id)) share externalId \(DiagnosticText.quoted(first.externalID!))\(spelling(first.externalID!, other.externalID!))",
                        advice:
                            "a JWT login with this ID reaches only one of the two messaging users, and the other's conversations are left behind: merge them with the Sunshine Conversations Merge Users API so one user keeps both histories"
                    ))
            }
        }
        return diagnostics
    }

    /// Groups of two or more records sharing a non-empty external ID ignoring case, each sorted by id,
    /// the groups in the order of their lowest id.
    static func groups<Record>(_ records: [Record], id: (Record) -> String, externalID: (Record) -> String?)
        -> [[Record]]
    {
        var byID: [String: [Record]] = [:]
        for record in records {
            guard let value = DiagnosticText.nonEmpty(externalID(record)) else { continue }
            byID[value.lowercased(), default: []].append(record)
        }
        return byID.values.filter { $0.count > 1 }
            .map { group in group.sorted { IDOrder.less(id($0), id($1)) } }
            .sorted { IDOrder.less(id($0[0]), id($1[0])) }
    }

    /// How the other user spells the ID, when it differs only in letter case.
    private static func spelling(_ first: String, _ other: String) -> String {
        first == other ? "" : " as \(DiagnosticText.quoted(other)) (external IDs compare ignoring case)"
    }
}
