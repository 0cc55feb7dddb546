import AgentViewCore
import Testing

/// Every diagnostic raised on the bundled sample says only what is true of it (docs/rules.md §9 rule 1).
///
/// Each claim a message or advice makes about the export, above all that some evidence is absent, is
/// checked here against the records themselves, not against the rule that wrote it. A code whose text
/// claims absence ("no …", "not in the export", "neither", "none", "nor", "without") and has no check
/// here fails, so a new claim cannot go unchecked.
@Suite struct SampleDiagnosticTruthTests {
    static let export = SampleDiagnosticsTests.export

    /// Words that claim something is absent: a text holding one needs a check below.
    static let absenceWords = ["no ", "not in the export", "neither", "none", "nor ", "without"]

    @Test(arguments: [Settings.MessagingMode.single, .multi])
    func everyDiagnosticTellsTheTruth(mode: Settings.MessagingMode) throws {
        let export = try Self.export.get()
        let view = AgentView(export: export, settings: Settings(messagingMode: mode))
        #expect(!view.diagnostics.isEmpty)
        let facts = Facts(export: export, view: view)
        for diagnostic in view.diagnostics {
            let text = diagnostic.message + " | " + diagnostic.advice
            if let check = Self.checks[diagnostic.code] {
                for problem in try check(diagnostic, facts) {
                    Issue.record("\(diagnostic.code) \(diagnostic.subject): \(problem)\n\(text)")
                }
            } else if let word = Self.absenceWords.first(where: { text.lowercased().contains($0) }) {
                Issue.record("\(diagnostic.code) claims absence ('\(word)') and no check here verifies it:\n\(text)")
            }
        }
    }

    /// The checks fail on a false claim: a text saying Sofia has no webhook, no merge and no update is caught.
    @Test func theChecksCatchAFalseAbsenceClaim() throws {
        let export = try Self.export.get()
        let view = AgentView(export: export, settings: Settings())
        let sofia = try #require(
            view.diagnostics.first { $0.code == "auth-time-unknown" && $0.message.contains(Self.sofia) })
        var lie = sofia
        lie.message =
            "messaging user '\(Self.sofia)' has 2 messages shown with the mark without a known login time: no conversation:message webhook in the export carries them, nor any other message of this user; no user:update webhook with reason authentication names this user; no user:merge (sdkLogin) merged an anonymous user into this user"
        let problems = try Self.checks["auth-time-unknown"]!(lie, Facts(export: export, view: view))
        #expect(
            problems == [
                "says no webhook carries any message of the user, yet 2 do",
                "does not say that webhooks decide 2 other messages",
                "says no login merge exists, yet 1 do",
                "does not name the login merge of '6a2e7c224e6f727468000013'",
            ])
        #expect(try Self.checks["auth-time-unknown"]!(sofia, Facts(export: export, view: view)).isEmpty)
    }

    static let sofia = "698b1dc04e6f727468000012"

    /// What the checks look up, built from the export and the view.
    struct Facts {
        let export: Export
        let view: AgentView
        let merges: MergeHistory
        let supportUsers: [String: SupportUser]
        let messagingUsers: [String: MessagingUser]
        let tickets: [String: TicketView]

        init(export: Export, view: AgentView) {
            self.export = export
            self.view = view
            merges = MergeHistory(events: export.webhookEvents)
            supportUsers = Dictionary(export.supportUsers.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            messagingUsers = Dictionary(export.messagingUsers.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            tickets = Dictionary(view.tickets.map { ($0.ticket.id, $0) }, uniquingKeysWith: { $1 })
        }
    }

    typealias Check = @Sendable (Diagnostic, Facts) throws -> [String]

    /// The first capture of `pattern` in `text`, or nil.
    static func capture(_ pattern: String, in text: String) throws -> String? {
        guard let match = try Regex(pattern).firstMatch(in: text), match.output.count > 1,
            let value = match.output[1].substring
        else { return nil }
        return String(value)
    }

    /// Every first capture of `pattern` in `text`.
    static func captures(_ pattern: String, in text: String) throws -> [String] {
        try text.matches(of: Regex(pattern)).compactMap { $0.output[1].substring.map(String.init) }
    }

    static let checks: [String: Check] = [
        "auth-time-unknown": { diagnostic, facts in
            var problems: [String] = []
            guard let user = try capture("messaging user '([^']+)'", in: diagnostic.message) else {
                return ["names no messaging user"]
            }
            let ruleFour = Set(
                facts.view.tickets.flatMap(\.messages).filter {
                    $0.decision.rule == .authenticationTimeUnknown
                        && $0.entry.authorMessagingUserID.map(facts.merges.resolve) == user
                }.map(\.entry.id))
            var webhookMessages: Set<String> = []
            var updates = 0
            for event in facts.export.webhookEvents {
                switch event.payload {
                case .message(let message, _) where message.authorUserID.map(facts.merges.resolve) == user:
                    webhookMessages.insert(message.id)
                case .userUpdate(let updated, let reason) where reason == "authentication" && updated.id == user:
                    updates += 1
                default: break
                }
            }
            let logins = facts.merges.merges.filter { $0.isLogin && facts.merges.resolve($0.survivingUserID) == user }
            let text = diagnostic.message
            if !text.contains("has \(ruleFour.count) message") {
                problems.append("counts other than \(ruleFour.count)")
            }
            if text.contains("no conversation:message webhook in the export carries"),
                !ruleFour.isDisjoint(with: webhookMessages)
            {
                problems.append("says no webhook carries the messages, yet one does")
            }
            if text.contains("nor any other message of this user"), !webhookMessages.isEmpty {
                problems.append("says no webhook carries any message of the user, yet \(webhookMessages.count) do")
            }
            let others = webhookMessages.subtracting(ruleFour).count
            if others > 0, !text.contains("webhooks decide \(others) other message") {
                problems.append("does not say that webhooks decide \(others) other messages")
            }
            if text.contains("no user:update webhook with reason authentication"), updates > 0 {
                problems.append("says no user:update names the user, yet \(updates) do")
            }
            if text.contains("no user:merge"), !logins.isEmpty {
                problems.append("says no login merge exists, yet \(logins.count) do")
            }
            for login in logins where !text.contains("'\(login.discardedUserID)'") {
                problems.append("does not name the login merge of '\(login.discardedUserID)'")
            }
            for word in ["webhook", "user:update", "user:merge"] where !text.contains(word) {
                problems.append("says nothing of \(word)")
            }
            return problems
        },
        "link-target-missing": { diagnostic, facts in
            if let zendeskID = try capture(
                "has zendeskId '([^']+)', which names no Support user", in: diagnostic.message)
            {
                return facts.supportUsers[zendeskID] == nil ? [] : ["Support user \(zendeskID) is in the export"]
            }
            if let requester = try capture(
                "names requester '([^']+)', who is not in the export", in: diagnostic.message)
            {
                return facts.supportUsers[requester] == nil ? [] : ["requester \(requester) is in the export"]
            }
            if let ticket = try capture("^ticket (\\S+) has no requester_id", in: diagnostic.message) {
                return facts.tickets[ticket]?.ticket.requesterID == nil ? [] : ["ticket \(ticket) has a requester"]
            }
            return ["no claim recognised"]
        },
        "dangling-reference": { diagnostic, facts in
            if let author = try capture("names author_id '([^']+)', who is not in the export", in: diagnostic.message) {
                return facts.supportUsers[author] == nil ? [] : ["author \(author) is in the export"]
            }
            if let ticket = try capture("names ticket (\\S+), which is not in the export", in: diagnostic.message) {
                return facts.tickets[ticket] == nil ? [] : ["ticket \(ticket) is in the export"]
            }
            return ["no claim recognised"]
        },
        "duplicate-email": { diagnostic, facts in
            guard diagnostic.message.contains("neither has an external ID") else { return ["no claim recognised"] }
            let ids =
                [diagnostic.subject.description]
                .compactMap { $0.hasPrefix("support:") ? String($0.dropFirst(8)) : nil }
                + (try captures("support:(\\d+)", in: diagnostic.message))
            return ids.compactMap { id in
                (facts.supportUsers[id]?.externalID ?? "").isEmpty ? nil : "support:\(id) has an external ID"
            }
        },
        "probable-auth-duplicate": { diagnostic, facts in
            guard let holder = try capture("only support:(\\d+) has an external_id", in: diagnostic.message),
                let other = try capture("shared with support:(\\d+)", in: diagnostic.message)
            else { return ["no claim recognised"] }
            let subject = String(diagnostic.subject.description.dropFirst("support:".count))
            let withExternalID = [subject, other].filter { !(facts.supportUsers[$0]?.externalID ?? "").isEmpty }
            return withExternalID == [holder] ? [] : ["external IDs are on \(withExternalID), not only \(holder)"]
        },
        "sync-window-missed": { diagnostic, facts in
            guard
                let user = try capture(
                    "messaging user '([^']+)' has zendeskId '[^']+' but no externalId", in: diagnostic.message)
            else { return ["no claim recognised"] }
            return (facts.messagingUsers[user]?.externalID ?? "").isEmpty ? [] : ["\(user) has an externalId"]
        },
        "threading-conflict": { diagnostic, facts in
            let listed = try captures("(\\d+) \\((?:[a-z]+)\\)", in: diagnostic.message)
            guard listed.count >= 2 else { return ["no tickets recognised"] }
            return listed.compactMap { id in
                guard let status = facts.tickets[id]?.ticket.status else { return "ticket \(id) is not in the export" }
                return ["closed", "deleted", "archived"].contains(status) ? "ticket \(id) is \(status)" : nil
            }
        },
        "active-ticket-cap": { diagnostic, facts in
            guard let list = try capture("tickets ([0-9, and]+) \\(ranks", in: diagnostic.message) else {
                return ["no over-cap tickets recognised"]
            }
            // Multi-conversation: the listed tickets show no mark. Single: no cap applies, so they carry it,
            // and the text says which would lose it with multi-conversation messaging.
            let carryTheMark = diagnostic.message.contains("would show none")
            let ids = try captures("(\\d+)", in: list)
            return ids.compactMap { id in
                facts.tickets[id]?.checkMark == carryTheMark
                    ? nil : "ticket \(id) \(carryTheMark ? "shows no mark" : "carries the mark")"
            }
        },
        "ai-agent-asks-again": { diagnostic, facts in
            guard
                let id = try capture(
                    "messaging user '([^']+)' has a zendeskId and no externalId", in: diagnostic.message)
            else { return ["no claim recognised"] }
            guard let user = facts.messagingUsers[id] else { return ["messaging user \(id) is not in the export"] }
            return (user.zendeskID ?? "").isEmpty || !(user.externalID ?? "").isEmpty
                ? ["\(id) does not have a zendeskId without an externalId"] : []
        },
        "auth-flag-contradiction": { diagnostic, facts in
            guard case .user(let key) = diagnostic.subject, let user = facts.view.users.first(where: { $0.key == key })
            else { return ["no user"] }
            return diagnostic.message.contains("agents see no check mark") && user.nameCheckMark
                ? ["agents see the mark"] : []
        },
    ]
}
