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
                ("users", J.array(view.users.map(entry(of:)))),
                ("tickets", J.array(view.tickets.map(entry(of:)))),
                ("diagnostics", J.array(view.diagnostics.map(entry(of:)))),
            ])
    }

    /// Writes the snapshot of a view in pieces of about `chunkSize` bytes, one user, ticket or
    /// diagnostic at a time, so that a snapshot of any size is never held whole. The bytes are those of
    /// `JSONWriter.serialize(value(of:))`: each entry is written once, against `JSONSink`, and comes out
    /// here as bytes and in `value(of:)` as a tree.
    public static func write(_ view: AgentView, chunkSize: Int = 1 << 20, to flush: ([UInt8]) throws -> Void) rethrows {
        var writer = JSONStreamWriter(chunkSize: chunkSize)
        for (key, value) in head(of: view) { writer.member(key, value) }
        try writer.list("users", view.users, flush: flush) { user, sink in write(user, to: &sink) }
        try writer.list("tickets", view.tickets, flush: flush) { ticket, sink in write(ticket, to: &sink) }
        try writer.list("diagnostics", view.diagnostics, flush: flush) { diagnostic, sink in
            write(diagnostic, to: &sink)
        }
        try writer.finish(flush: flush)
    }

    /// Writes a snapshot from its parts: the members before the lists (`head(of:)`) and the entries of each
    /// list in view order, each written by `entry` as one value (as `write(_:to:)` writes it). `agentview
    /// merge` copies in the entries its shards wrote, in the order a whole render gives, so the bytes are that
    /// render's.
    public static func write<Entry>(
        head: [(String, JSONValue)], users: some Sequence<Entry>, tickets: some Sequence<Entry>,
        diagnostics: some Sequence<Entry>, chunkSize: Int = 1 << 20,
        entry: (Entry, inout JSONByteSink) throws -> Void, to flush: ([UInt8]) throws -> Void
    ) rethrows {
        var writer = JSONStreamWriter(chunkSize: chunkSize)
        for (key, value) in head { writer.member(key, value) }
        try writer.list("users", users, flush: flush, write: entry)
        try writer.list("tickets", tickets, flush: flush, write: entry)
        try writer.list("diagnostics", diagnostics, flush: flush, write: entry)
        try writer.finish(flush: flush)
    }

    /// A user's entry in the snapshot's `users`.
    private static func entry(of user: UserView) -> JSONValue { tree { write(user, to: &$0) } }

    /// A ticket's entry in the snapshot's `tickets`.
    private static func entry(of ticket: TicketView) -> JSONValue { tree { write(ticket, to: &$0) } }

    /// A diagnostic's entry in the snapshot's `diagnostics`.
    private static func entry(of diagnostic: Diagnostic) -> JSONValue { tree { write(diagnostic, to: &$0) } }

    /// The tree of one entry.
    private static func tree(_ write: (inout JSONTreeSink) -> Void) -> JSONValue {
        var sink = JSONTreeSink()
        write(&sink)
        return sink.value!
    }

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

    /// What was redacted, where the key came from and its `keyID` (never the key), only when something was.
    private static func redaction(_ redaction: Redaction?) -> [(String, JSONValue)] {
        typealias J = JSONBuilder
        guard let redaction else { return [] }
        return [
            (
                "redaction",
                J.object([
                    ("scope", J.array(redaction.scopeWords.map { J.string($0) })),
                    ("key", J.string(redaction.keySource.rawValue)),
                    ("keyId", J.string(redaction.keyID)),
                ])
            )
        ]
    }

    /// A user's entry in the snapshot's `users`.
    public static func write<Sink: JSONSink>(_ user: UserView, to sink: inout Sink) {
        let variables = user.metadataVariables
        sink.object { sink in
            sink.member("key", user.key.description)
            sink.member("page", user.key.page)
            sink.member("supportUserId", user.supportUser?.id)
            sink.member("messagingUserIds", strings: user.messagingUsers.lazy.map(\.user.id))
            sink.member("visibleToAgents", user.isVisibleToAgents)
            // `agent` or `admin` when a messaging user links to staff (§2 rule 6, `staff-as-end-user`).
            sink.member("staffRole", user.staffRole)
            sink.member("authenticated", user.isAuthenticated)
            sink.member("authenticatedVia", user.authenticationMethod?.rawValue)
            sink.member(
                "links",
                array: { sink in
                    for linked in user.messagingUsers {
                        sink.object { sink in
                            sink.member("messagingUserId", linked.user.id)
                            sink.member("rule", linked.link?.rawValue)
                            sink.member("authenticated", linked.authentication.isAuthenticated)
                            sink.member("authenticatedVia", linked.authentication.method?.rawValue)
                            sink.member("authenticationSource", linked.authentication.source.rawValue)
                            sink.member("discardedIds", strings: linked.discardedIDs)
                        }
                    }
                })
            sink.member("conversationName", user.shown(.name, on: .conversationHistory))
            sink.member(
                "essentialsCard",
                object: { sink in
                    sink.member("name", user.shown(.name, on: .essentialsCard))
                    sink.member("email", user.shown(.email, on: .essentialsCard))
                    sink.member("checkMark", user.nameCheckMark)
                })
            sink.member(
                "profile",
                object: { sink in
                    sink.member("name", user.shown(.name, on: .profile))
                    sink.member("email", user.shown(.email, on: .profile))
                    sink.member("externalId", user.shown(.externalID, on: .profile))
                    sink.member(
                        "identities",
                        array: { sink in
                            for identity in user.supportUser?.identitiesPrimaryFirst ?? [] {
                                write(identity, to: &sink)
                            }
                        })
                    sink.member("checkMark", user.nameCheckMark)
                })
            sink.member(
                "metadataVariables",
                object: { sink in
                    sink.member("providedName", variables.providedName)
                    sink.member("providedEmail", variables.providedEmail)
                    sink.member("authenticatedExternalId", variables.authenticatedExternalID)
                    sink.member("authenticatedStatus", variables.authenticatedStatus)
                })
            sink.member(
                "tickets",
                array: { sink in
                    for mark in user.tickets {
                        sink.object { sink in
                            sink.member("id", mark.ticketID)
                            sink.member("status", mark.status)
                            sink.member("active", mark.isActive)
                            sink.member("checkMark", mark.checkMark)
                            sink.member("rank", mark.rank)
                            sink.member("reason", mark.reason.rawValue)
                        }
                    }
                })
        }
    }

    /// One Support identity as the profile view lists it (§4 rule 7).
    private static func write<Sink: JSONSink>(_ identity: SupportIdentity, to sink: inout Sink) {
        sink.object { sink in
            sink.member("type", identity.type)
            sink.member("value", identity.value)
            sink.member("primary", identity.isPrimary)
            sink.member("verified", identity.isVerified)
        }
    }

    /// A ticket's entry in the snapshot's `tickets`: an object per message, the bulk of a snapshot.
    public static func write<Sink: JSONSink>(_ ticket: TicketView, to sink: inout Sink) {
        sink.object { sink in
            sink.member("id", ticket.ticket.id)
            sink.member("page", ticket.page)
            sink.member("requester", ticket.requester?.description)
            sink.member("status", ticket.ticket.status)
            sink.member("checkMark", ticket.checkMark)
            sink.member("reason", ticket.mark?.reason.rawValue)
            sink.member("transcript", ticket.transcriptSource.rawValue)
            sink.member(
                "messages",
                array: { sink in
                    for message in ticket.messages {
                        sink.object { sink in
                            sink.member("id", message.id)
                            sink.member("author", message.author.description)
                            sink.member("checkMark", message.decision.checkMark)
                            sink.member("rule", message.decision.rule.rawValue)
                        }
                    }
                })
        }
    }

    /// A diagnostic's entry in the snapshot's `diagnostics`.
    public static func write<Sink: JSONSink>(_ diagnostic: Diagnostic, to sink: inout Sink) {
        sink.object { sink in
            sink.member("code", diagnostic.code)
            sink.member("severity", diagnostic.severity.rawValue)
            sink.member("subject", diagnostic.subject.description)
            sink.member("message", diagnostic.message)
            sink.member("advice", diagnostic.advice)
        }
    }
}
