import JSONTree

/// The model of what agents see, as `snapshot.json`: the input of `agentview diff` (docs/rules.md §11).
public enum Snapshot {
    /// The schema tag written at the top of every snapshot.
    public static let schema = "agentview.snapshot/1"

    /// The snapshot of a view, serialised deterministically (same view, same bytes).
    public static func json(of view: AgentView) -> String {
        var bytes: [UInt8] = []
        write(view, chunkSize: .max) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The snapshot of a view as a JSON tree: the same document as `json(of:)`, for tests.
    public static func value(of view: AgentView) -> JSONValue {
        typealias J = JSONBuilder
        return J.object(
            head(of: view) + [
                ("users", J.array(view.users.map(user))),
                ("tickets", J.array(view.tickets.map(ticket))),
                ("diagnostics", J.array(view.diagnostics.map(diagnostic))),
            ])
    }

    /// Writes the snapshot of a view in pieces of about `chunkSize` bytes, one user, ticket or
    /// diagnostic at a time, so that a snapshot of any size is never held whole. The bytes are those of
    /// `JSONWriter.serialize(value(of:))`.
    public static func write(_ view: AgentView, chunkSize: Int = 1 << 20, to flush: ([UInt8]) throws -> Void) rethrows {
        try write(
            head: head(of: view), users: view.users.lazy.map(user), tickets: view.tickets.lazy.map(ticket),
            diagnostics: view.diagnostics.lazy.map(diagnostic), chunkSize: chunkSize, to: flush)
    }

    /// Writes a snapshot from its parts: the members before the lists (`head(of:)`) and the entries of each
    /// list in view order (`entry(of:)`). `agentview merge` writes the entries its shards computed, in the
    /// order a whole render gives, so the bytes are that render's.
    public static func write(
        head: [(String, JSONValue)], users: some Sequence<JSONValue>, tickets: some Sequence<JSONValue>,
        diagnostics: some Sequence<JSONValue>, chunkSize: Int = 1 << 20, to flush: ([UInt8]) throws -> Void
    ) rethrows {
        var writer = JSONStreamWriter(chunkSize: chunkSize)
        for (key, value) in head { writer.member(key, value) }
        try writer.list("users", users, flush: flush)
        try writer.list("tickets", tickets, flush: flush)
        try writer.list("diagnostics", diagnostics, flush: flush)
        try writer.finish(flush: flush)
    }

    /// A user's entry in the snapshot's `users`.
    public static func entry(of user: UserView) -> JSONValue { Self.user(user) }

    /// A ticket's entry in the snapshot's `tickets`.
    public static func entry(of ticket: TicketView) -> JSONValue { Self.ticket(ticket) }

    /// A diagnostic's entry in the snapshot's `diagnostics`.
    public static func entry(of diagnostic: Diagnostic) -> JSONValue { Self.diagnostic(diagnostic) }

    /// The members before the lists: the schema and the settings.
    public static func head(of view: AgentView) -> [(String, JSONValue)] {
        typealias J = JSONBuilder
        let settings = view.settings
        return [
            ("schema", J.string(schema)),
            (
                "settings",
                J.object(
                    [
                        ("activeTicketCap", J.int(settings.activeTicketCap)),
                        ("messaging", J.string(view.messaging.mode.rawValue)),
                        ("placeholderNamePatterns", J.array(settings.placeholderNamePatterns.map(J.string))),
                        ("essentialsFields", J.array(settings.essentialsFields.map(J.string))),
                        ("timeZone", J.string(settings.timeZone)),
                        ("mainBrandId", J.string(settings.mainBrandID)),
                    ] + redaction(settings.redaction))
            ),
        ]
    }

    /// What was redacted and where the key came from (never the key), only when something was.
    private static func redaction(_ redaction: Redaction?) -> [(String, JSONValue)] {
        typealias J = JSONBuilder
        guard let redaction else { return [] }
        let scope = Redaction.Scope.words.filter { $0.scope != .all && redaction.scope.contains($0.scope) }
        return [
            (
                "redaction",
                J.object([
                    ("scope", J.array(scope.map { J.string($0.word) })),
                    ("key", J.string(redaction.keySource.rawValue)),
                ])
            )
        ]
    }

    private static func user(_ user: UserView) -> JSONValue {
        typealias J = JSONBuilder
        let variables = user.metadataVariables
        return J.object([
            ("key", J.string(user.key.description)),
            ("page", J.string(user.key.page)),
            ("supportUserId", J.string(user.supportUser?.id)),
            ("messagingUserIds", J.array(user.messagingUsers.map { J.string($0.user.id) })),
            ("visibleToAgents", J.bool(user.isVisibleToAgents)),
            // `agent` or `admin` when a messaging user links to staff (§2 rule 6, `staff-as-end-user`).
            ("staffRole", J.string(user.staffRole)),
            ("authenticated", J.bool(user.isAuthenticated)),
            ("authenticatedVia", J.string(user.authenticationMethod?.rawValue)),
            (
                "links",
                J.array(
                    user.messagingUsers.map { linked in
                        J.object([
                            ("messagingUserId", J.string(linked.user.id)),
                            ("rule", J.string(linked.link?.rawValue)),
                            ("authenticated", J.bool(linked.authentication.isAuthenticated)),
                            ("authenticatedVia", J.string(linked.authentication.method?.rawValue)),
                            ("authenticationSource", J.string(linked.authentication.source.rawValue)),
                            ("discardedIds", J.array(linked.discardedIDs.map(J.string))),
                        ])
                    })
            ),
            ("conversationName", J.string(user.shown(.name, on: .conversationHistory))),
            (
                "essentialsCard",
                J.object([
                    ("name", J.string(user.shown(.name, on: .essentialsCard))),
                    ("email", J.string(user.shown(.email, on: .essentialsCard))),
                    ("checkMark", J.bool(user.nameCheckMark)),
                ])
            ),
            (
                "profile",
                J.object([
                    ("name", J.string(user.shown(.name, on: .profile))),
                    ("email", J.string(user.shown(.email, on: .profile))),
                    ("externalId", J.string(user.shown(.externalID, on: .profile))),
                    ("identities", J.array((user.supportUser?.identitiesPrimaryFirst ?? []).map(identity))),
                    ("checkMark", J.bool(user.nameCheckMark)),
                ])
            ),
            (
                "metadataVariables",
                J.object([
                    ("providedName", J.string(variables.providedName)),
                    ("providedEmail", J.string(variables.providedEmail)),
                    ("authenticatedExternalId", J.string(variables.authenticatedExternalID)),
                    ("authenticatedStatus", J.string(variables.authenticatedStatus)),
                ])
            ),
            (
                "tickets",
                J.array(
                    user.tickets.map { mark in
                        J.object([
                            ("id", J.string(mark.ticketID)),
                            ("status", J.string(mark.status)),
                            ("active", J.bool(mark.isActive)),
                            ("checkMark", J.bool(mark.checkMark)),
                            ("rank", J.int(mark.rank)),
                            ("reason", J.string(mark.reason.rawValue)),
                        ])
                    })
            ),
        ])
    }

    /// One Support identity as the profile view lists it (§4 rule 7).
    private static func identity(_ identity: SupportIdentity) -> JSONValue {
        typealias J = JSONBuilder
        return J.object([
            ("type", J.string(identity.type)),
            ("value", J.string(identity.value)),
            ("primary", J.bool(identity.isPrimary)),
            ("verified", J.bool(identity.isVerified)),
        ])
    }

    private static func ticket(_ ticket: TicketView) -> JSONValue {
        typealias J = JSONBuilder
        return J.object([
            ("id", J.string(ticket.ticket.id)),
            ("page", J.string(ticket.page)),
            ("requester", J.string(ticket.requester?.description)),
            ("status", J.string(ticket.ticket.status)),
            ("checkMark", J.bool(ticket.checkMark)),
            ("reason", J.string(ticket.mark?.reason.rawValue)),
            ("transcript", J.string(ticket.transcriptSource.rawValue)),
            (
                "messages",
                J.array(
                    ticket.messages.map { message in
                        J.object([
                            ("id", J.string(message.id)),
                            ("author", J.string(message.author.description)),
                            ("checkMark", J.bool(message.decision.checkMark)),
                            ("rule", J.string(message.decision.rule.rawValue)),
                        ])
                    })
            ),
        ])
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        typealias J = JSONBuilder
        return J.object([
            ("code", J.string(diagnostic.code)),
            ("severity", J.string(diagnostic.severity.rawValue)),
            ("subject", J.string(diagnostic.subject.description)),
            ("message", J.string(diagnostic.message)),
            ("advice", J.string(diagnostic.advice)),
        ])
    }
}
