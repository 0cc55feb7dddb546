import JSONTree

/// The model of what agents see, as `snapshot.json`: the input of `agentview diff` (DOMAIN.md §11).
public enum Snapshot {
    /// The schema tag written at the top of every snapshot.
    public static let schema = "agentview.snapshot/1"

    /// The snapshot of a view, serialised deterministically (same view, same bytes).
    public static func json(of view: AgentView) -> String {
        JSONWriter.serialize(value(of: view))
    }

    /// The snapshot of a view as a JSON tree.
    public static func value(of view: AgentView) -> JSONValue {
        typealias J = JSONBuilder
        let settings = view.settings
        return J.object([
            ("schema", J.string(schema)),
            ("settings", J.object([
                ("activeTicketCap", J.int(settings.activeTicketCap)),
                ("messaging", J.string(settings.messagingMode.rawValue)),
                ("placeholderNamePatterns", J.array(settings.placeholderNamePatterns.map(J.string))),
                ("essentialsFields", J.array(settings.essentialsFields.map(J.string))),
                ("timeZone", J.string(settings.timeZone)),
                ("mainBrandId", J.string(settings.mainBrandID)),
            ])),
            ("users", J.array(view.users.map(user))),
            ("tickets", J.array(view.tickets.map(ticket))),
            ("diagnostics", J.array(view.diagnostics.map(diagnostic))),
        ])
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
            ("authenticated", J.bool(user.isAuthenticated)),
            ("authenticatedVia", J.string(user.authenticationMethod?.rawValue)),
            ("links", J.array(user.messagingUsers.map { linked in
                J.object([
                    ("messagingUserId", J.string(linked.user.id)),
                    ("rule", J.string(linked.link?.rawValue)),
                    ("authenticated", J.bool(linked.authentication.isAuthenticated)),
                    ("authenticatedVia", J.string(linked.authentication.method?.rawValue)),
                    ("authenticationSource", J.string(linked.authentication.source.rawValue)),
                    ("discardedIds", J.array(linked.discardedIDs.map(J.string))),
                ])
            })),
            ("conversationName", J.string(user.shown(.name, on: .conversationHistory))),
            ("essentialsCard", J.object([
                ("name", J.string(user.shown(.name, on: .essentialsCard))),
                ("email", J.string(user.shown(.email, on: .essentialsCard))),
                ("checkMark", J.bool(user.nameCheckMark)),
            ])),
            ("profile", J.object([
                ("name", J.string(user.shown(.name, on: .profile))),
                ("email", J.string(user.shown(.email, on: .profile))),
                ("externalId", J.string(user.shown(.externalID, on: .profile))),
                ("checkMark", J.bool(user.nameCheckMark)),
            ])),
            ("metadataVariables", J.object([
                ("providedName", J.string(variables.providedName)),
                ("providedEmail", J.string(variables.providedEmail)),
                ("authenticatedExternalId", J.string(variables.authenticatedExternalID)),
                ("authenticatedStatus", J.string(variables.authenticatedStatus)),
            ])),
            ("tickets", J.array(user.tickets.map { mark in
                J.object([
                    ("id", J.string(mark.ticketID)),
                    ("status", J.string(mark.status)),
                    ("active", J.bool(mark.isActive)),
                    ("checkMark", J.bool(mark.checkMark)),
                    ("rank", J.int(mark.rank)),
                    ("reason", J.string(mark.reason.rawValue)),
                ])
            })),
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
            ("messages", J.array(ticket.messages.map { message in
                J.object([
                    ("id", J.string(message.entry.id)),
                    ("author", J.string(message.author)),
                    ("checkMark", J.bool(message.decision.checkMark)),
                    ("rule", J.string(message.decision.rule.rawValue)),
                ])
            })),
        ])
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        typealias J = JSONBuilder
        return J.object([
            ("code", J.string(diagnostic.code)),
            ("severity", J.string(diagnostic.severity.rawValue)),
            ("subject", J.string(diagnostic.subject)),
            ("message", J.string(diagnostic.message)),
            ("advice", J.string(diagnostic.advice)),
        ])
    }
}
