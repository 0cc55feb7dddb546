/// Raises `auth-time-unknown` once per authenticated messaging user whose messages were marked without
/// a known moment of authentication (docs/rules.md §5 rule 4).
///
/// "4. otherwise: mark every message of an authenticated user and raise the `auth-time-unknown` note."
/// Every message rule 4 decided counts: those with a messaging author by that messaging user, and those the
/// export names by their Support author only (a conversation log's author, a messaging ticket's comment) by
/// that Support user. Other comments and the log's "Conversation with …" note are never decided by rule 4. The count is of
/// distinct message ids, so a message shown on two tickets counts once.
///
/// The message says which evidence the export holds and why none of it decided these messages, never
/// that evidence is absent when it is not: webhooks may cover the user's other messages, and a login
/// merge the user survived dates only the anonymous side's messages (the user was authenticated before it).
enum AuthTimeUnknownRule: DiagnosticRule {
    /// The `auth-time-unknown` line of the catalogue.
    static let unknown = DiagnosticCode(code: "auth-time-unknown", severity: .note, when: "§5 rule 4 applied")

    static var codes: [DiagnosticCode] { [unknown] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        // Ids as `MessageID`s: a few hundred thousand made into strings were 23 MB of a render's peak at 10,000 users.
        var messagesByUser: [String: Set<MessageID>] = [:]
        // Messages named by their Support author only (a conversation log's `zen:support:user_id` with no
        // messaging user id, or a messaging ticket's comment): rule 4 marked them too, so the note is raised
        // for their Support user.
        var messagesBySupportAuthor: [UserKey: Set<MessageID>] = [:]
        for ticket in context.tickets {
            for message in ticket.messages where message.decision.rule == .authenticationTimeUnknown {
                if let author = message.authorMessagingUserID {
                    messagesByUser[context.merges.resolve(author), default: []].insert(message.packedID)
                } else if case .endUser(let key) = message.author {
                    messagesBySupportAuthor[key, default: []].insert(message.packedID)
                }
            }
        }
        let bySupportAuthor = messagesBySupportAuthor.map { key, messageIDs in
            unknown.diagnostic(
                subject: .user(key),
                message:
                    "\(DiagnosticText.quoted(key.description)) has \(DiagnosticText.count(messageIDs.count, "message")) shown with the mark without a known login time: the export names the author of each by Support user id only (a conversation log's author, or a messaging ticket's comment), with no messaging user id, so no webhook or user:update can date them",
                advice:
                    "rule 4 marks every one of them, even one sent before login: add the conversation's messages or its conversation:message webhook deliveries, which name the messaging user, or the user:update (reason authentication) of the login to the export to mark only messages sent after login"
            )
        }
        guard !messagesByUser.isEmpty else { return bySupportAuthor }
        let evidence = Evidence(context: context, users: Set(messagesByUser.keys))
        return bySupportAuthor
            + messagesByUser.map { userID, messageIDs in
                let subject = context.owner(ofMessagingUser: userID) ?? UserKey(.messaging, userID)
                let count = messageIDs.count
                let facts = [
                    evidence.webhookFact(userID: userID, messageIDs: messageIDs),
                    evidence.updateFact(userID: userID),
                    evidence.mergeFact(userID: userID),
                ]
                return unknown.diagnostic(
                    subject: .user(subject),
                    message:
                        "messaging user \(DiagnosticText.quoted(userID)) has \(DiagnosticText.count(count, "message")) shown with the mark without a known login time: \(facts.joined(separator: "; "))",
                    advice:
                        "rule 4 marks every one of them, even one sent before login: add their conversation:message webhook deliveries (whose author.user.authenticated decides each message) or the user:update (reason authentication) of the login to the export to mark only messages sent after login"
                )
            }
    }

    /// What the export's webhooks say about the users rule 4 decided for, gathered in one pass.
    private struct Evidence {
        let merges: MergeHistory
        /// Message ids each user's `conversation:message` webhooks carry, by surviving author id.
        var webhookMessages: [String: Set<MessageID>] = [:]
        /// How many `user:update` (reason `authentication`) events name each user, and how many of them carry a time.
        var updates: [String: (all: Int, timed: Int)] = [:]

        init(context: DiagnosticContext, users: Set<String>) {
            merges = context.merges
            for event in context.export.webhookEvents {
                switch event.payload {
                case .message(let message, _):
                    guard let author = message.authorUserID, users.contains(merges.resolve(author)) else { continue }
                    webhookMessages[merges.resolve(author), default: []].insert(message.packedID)
                case .userUpdate(let user, let reason) where reason == "authentication" && users.contains(user.id):
                    let counts = updates[user.id] ?? (0, 0)
                    updates[user.id] = (counts.all + 1, counts.timed + (event.createdAt == nil ? 0 : 1))
                default: continue
                }
            }
        }

        /// Whether `conversation:message` webhooks exist for these messages, and for the user's others.
        func webhookFact(userID: String, messageIDs: Set<MessageID>) -> String {
            let all = webhookMessages[userID] ?? []
            let covered = messageIDs.intersection(all).count
            let others = all.subtracting(messageIDs).count
            var fact: String
            if covered == 0 {
                fact =
                    messageIDs.count == 1
                    ? "no conversation:message webhook in the export carries it"
                    : "no conversation:message webhook in the export carries them"
            } else if covered == messageIDs.count {
                fact =
                    covered == 1
                    ? "its conversation:message webhook carries no author.user.authenticated flag"
                    : "their conversation:message webhooks carry no author.user.authenticated flag"
            } else {
                let uncovered = messageIDs.count - covered
                fact =
                    "\(uncovered) of them \(uncovered == 1 ? "has" : "have") no conversation:message webhook in the export and the \(covered == 1 ? "webhook of the other carries" : "webhooks of the other \(covered) carry") no author.user.authenticated flag"
            }
            if others > 0 {
                fact +=
                    " (webhooks decide \(DiagnosticText.count(others, "other message")) of this user, not these)"
            } else if covered == 0 {
                fact += ", nor any other message of this user"
            }
            return fact
        }

        /// Whether a `user:update` with reason `authentication` names the user.
        func updateFact(userID: String) -> String {
            guard let counts = updates[userID], counts.all > 0 else {
                return "no user:update webhook with reason authentication names this user"
            }
            return counts.all == 1
                ? "its user:update webhook with reason authentication carries no time"
                : "its \(counts.all) user:update webhooks with reason authentication carry no time"
        }

        /// Whether a login merge the user survived exists, and why it dates no message of the user's own.
        func mergeFact(userID: String) -> String {
            let logins = merges.merges.filter { $0.isLogin && merges.resolve($0.survivingUserID) == userID }
            guard !logins.isEmpty else { return "no user:merge (sdkLogin) merged an anonymous user into this user" }
            let described = logins.map { merge in
                "\(DiagnosticText.quoted(merge.discardedUserID))\(merge.at.map { " at \($0.iso8601)" } ?? "")"
            }
            return logins.count == 1
                ? "the user:merge (sdkLogin) of anonymous user \(described[0]) into this user dates only that anonymous user's messages, since this user was authenticated before it"
                : "the user:merges (sdkLogin) of anonymous users \(DiagnosticText.list(described)) into this user date only those anonymous users' messages, since this user was authenticated before them"
        }
    }
}
