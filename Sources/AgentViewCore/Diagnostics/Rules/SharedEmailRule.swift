/// Raises `duplicate-email` or `probable-auth-duplicate` when two Support users share an email,
/// ignoring case (docs/rules.md §8).
///
/// "External IDs and emails must be unique within an account. Two users with … the same verified
/// email, are diagnostics. Same email where exactly one has an external ID is a probable duplicate
/// created by authentication."
///
/// Each pair raises exactly one of the two codes: `probable-auth-duplicate` when exactly one of the two
/// has an external ID (a JWT login that did not find the existing user, since email alone never links),
/// else `duplicate-email` (neither has one, or both do). Every email of a user counts, its `email` field
/// and its email identities, verified or not: Zendesk exports show unverified duplicates too, and agents
/// pick between them all the same. Like `duplicate-external-id`, a group is reported against its lowest
/// id, end users before staff with no page, who count since an email is unique in the whole account: an end
/// user sharing an email with staff is `duplicate-email`, whatever their external IDs, since no JWT login
/// made the staff member. A group of staff alone is not reported.
enum SharedEmailRule: DiagnosticRule {
    /// The `duplicate-email` line of the catalogue.
    static let duplicateEmail = DiagnosticCode(
        code: "duplicate-email", severity: .warning, when: "two Support users share an email")
    /// The `probable-auth-duplicate` line of the catalogue.
    static let probableAuthDuplicate = DiagnosticCode(
        code: "probable-auth-duplicate", severity: .warning,
        when: "same email, exactly one of the two has an external ID")

    static var codes: [DiagnosticCode] { [duplicateEmail, probableAuthDuplicate] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        var usersByEmail: [String: [SupportUser]] = [:]
        for user in context.accountSupportUsers {
            for email in emails(of: user) { usersByEmail[email, default: []].append(user) }
        }
        // A pair sharing several emails is one diagnostic naming them all.
        var emailsByPair: [PairKey: [String]] = [:]
        var pairs: [PairKey: (SupportUser, SupportUser)] = [:]
        for (email, users) in usersByEmail where users.count > 1 {
            guard let sorted = context.withPagesFirst(users.sorted { IDOrder.less($0.id, $1.id) }) else { continue }
            for other in sorted.dropFirst() {
                let key = PairKey(first: sorted[0].id, other: other.id)
                emailsByPair[key, default: []].append(email)
                pairs[key] = (sorted[0], other)
            }
        }
        return pairs.map { key, pair in
            diagnostic(pair.0, pair.1, emails: emailsByPair[key, default: []].sorted(), context: context)
        }
    }

    private static func diagnostic(
        _ first: SupportUser, _ other: SupportUser, emails: [String], context: DiagnosticContext
    ) -> Diagnostic {
        let firstExternalID = DiagnosticText.nonEmpty(first.externalID)
        let otherExternalID = DiagnosticText.nonEmpty(other.externalID)
        let subject = UserKey(.support, first.id)
        let otherKey = UserKey(.support, other.id)
        let shared =
            "\(emails.count == 1 ? "email" : "emails") \(DiagnosticText.quotedList(emails)) \(emails.count == 1 ? "is" : "are") shared with \(context.describeMember(other))"
        if context.isUnshownStaff(other) {
            return duplicateEmail.diagnostic(
                subject: .user(subject),
                message: shared,
                advice:
                    "an end user and a staff member cannot share an email: replies, password resets and logins by this email may reach the staff account; remove the email from the end user or from the staff member"
            )
        }
        switch (firstExternalID, otherExternalID) {
        case (nil, let withID?), (let withID?, nil):
            let (withoutKey, withKey) = firstExternalID == nil ? (subject, otherKey) : (otherKey, subject)
            return probableAuthDuplicate.diagnostic(
                subject: .user(subject),
                message:
                    "\(shared); only \(withKey) has an external_id (\(DiagnosticText.quoted(withID))): likely created by a JWT login that did not find the existing user",
                advice:
                    "JWT logins find users by external ID, never by email: merge \(withoutKey) into \(withKey) (the agent UI allows it when only one carries an external ID) so one profile holds both histories, and set external_id on existing users before their first JWT login"
            )
        case (let firstID?, let otherID?):
            return duplicateEmail.diagnostic(
                subject: .user(subject),
                message:
                    "\(shared); both have external IDs (\(DiagnosticText.quoted(firstID)) and \(DiagnosticText.quoted(otherID)))",
                advice:
                    "agents may pick either user, and a JWT login carrying this email for either ID can fail with an email conflict; remove the email from one user, or merge them through the API: the agent UI cannot merge two users that both carry external IDs"
            )
        case (nil, nil):
            return duplicateEmail.diagnostic(
                subject: .user(subject),
                message: "\(shared); neither has an external ID",
                advice:
                    "agents may pick either user and see half the history: merge the two users (tickets move to the one kept; a merge cannot be undone) or remove the email from one"
            )
        }
    }

    /// Every email of a user, lowercased, without repeats.
    static func emails(of user: SupportUser) -> Set<String> {
        let values = [user.email] + user.identities.filter { $0.type == "email" }.map(\.value)
        return Set(values.compactMap { DiagnosticText.nonEmpty($0)?.lowercased() })
    }

    /// Two Support ids, the lower first.
    private struct PairKey: Hashable {
        var first: String
        var other: String
    }
}
