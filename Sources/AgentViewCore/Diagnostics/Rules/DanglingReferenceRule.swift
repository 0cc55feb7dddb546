/// Raises `dangling-reference` when a comment, metric, conversation-log event or message names
/// something the export does not hold (docs/rules.md §9).
///
/// §9: "a message, comment or metric names something absent". Checked: comment and log-event authors
/// (Support ids; the bot's `-1` is Zendesk's own), metrics, comments and conversation logs of tickets
/// not in the export, a ticket's `ChatStartedEvent` conversation, messages filed under a conversation
/// nothing names, and end-user message authors that are neither a messaging user nor a merged-away id.
/// Conversations and users that merges name are known: after a single-conversation merge the
/// discarded conversation has no folder, and discarded users no file (§7). Audit, group and
/// organization ids are never exported with users and tickets, so they are not checked.
///
/// References are grouped (one diagnostic per ticket and missing id), so a deleted agent with a
/// thousand comments is one line per ticket, not a thousand.
enum DanglingReferenceRule: DiagnosticRule {
    /// The `dangling-reference` line of the catalogue.
    static let dangling = DiagnosticCode(
        code: "dangling-reference", severity: .warning, when: "a message, comment or metric names something absent")

    static var codes: [DiagnosticCode] { [dangling] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        commentsAndLogs(context) + metrics(context) + conversations(context) + messageAuthors(context)
    }

    /// Comment and log-event authors that are no Support user; comments and logs of absent tickets.
    private static func commentsAndLogs(_ context: DiagnosticContext) -> [Diagnostic] {
        let ticketIDs = Set(context.tickets.map(\.ticket.id))
        var diagnostics: [Diagnostic] = []
        var orphanComments: [String: Int] = [:]
        var commentsByMissingAuthor: [Reference: [String]] = [:]
        for comment in context.export.comments {
            if !ticketIDs.contains(comment.ticketID) { orphanComments[comment.ticketID, default: 0] += 1 }
            if let author = comment.authorID, isMissingSupportUser(author, context) {
                commentsByMissingAuthor[Reference(ticketID: comment.ticketID, missingID: author), default: []].append(
                    comment.id)
            }
        }
        var orphanEvents: [String: Int] = [:]
        var eventsByMissingAuthor: [Reference: [String]] = [:]
        for event in context.export.conversationLogEvents {
            if !ticketIDs.contains(event.ticketID) { orphanEvents[event.ticketID, default: 0] += 1 }
            if let author = event.authorSupportUserID, isMissingSupportUser(author, context) {
                eventsByMissingAuthor[Reference(ticketID: event.ticketID, missingID: author), default: []].append(
                    event.id)
            }
        }
        for (reference, ids) in commentsByMissingAuthor {
            diagnostics.append(
                dangling.diagnostic(
                    subject: .ticket(reference.ticketID),
                    message:
                        "\(ids.count == 1 ? "comment" : "comments") \(DiagnosticText.list(ids.sorted(by: IDOrder.less))) \(ids.count == 1 ? "names" : "name") author_id \(DiagnosticText.quoted(reference.missingID)), who is not in the export",
                    advice:
                        "export Support user \(reference.missingID) (GET /api/v2/users/\(reference.missingID)); if it was deleted, as departed agents often are, the page shows the comment without its author's name"
                ))
        }
        for (reference, ids) in eventsByMissingAuthor {
            diagnostics.append(
                dangling.diagnostic(
                    subject: .ticket(reference.ticketID),
                    message:
                        "\(DiagnosticText.count(ids.count, "conversation-log event")) \(ids.count == 1 ? "names" : "name") author \(DiagnosticText.quoted(reference.missingID)), a Support user not in the export",
                    advice:
                        "export Support user \(reference.missingID) (GET /api/v2/users/\(reference.missingID)); if it was deleted, the transcript shows those messages without their author's profile"
                ))
        }
        for (ticketID, count) in orphanComments {
            diagnostics.append(absentTicket(ticketID, count: count, noun: "comment"))
        }
        for (ticketID, count) in orphanEvents {
            diagnostics.append(absentTicket(ticketID, count: count, noun: "conversation-log event"))
        }
        return diagnostics
    }

    /// Metrics whose ticket is not in the export.
    private static func metrics(_ context: DiagnosticContext) -> [Diagnostic] {
        let ticketIDs = Set(context.tickets.map(\.ticket.id))
        return context.export.metrics.filter { !ticketIDs.contains($0.ticketID) }.map { metric in
            let name = metric.id.map { "ticket metric \($0)" } ?? "a ticket metric"
            return dangling.diagnostic(
                subject: .ticket(metric.ticketID),
                message: "\(name) names ticket \(metric.ticketID), which is not in the export",
                advice:
                    "export ticket \(metric.ticketID) (GET /api/v2/tickets/\(metric.ticketID)) or drop its metric; no active-ticket rank uses it until then"
            )
        }
    }

    /// Tickets tied to a conversation the export holds nothing of, and messages of a conversation nothing names.
    ///
    /// A conversation exists for the export when a conversation list, a webhook or a merge names it. A ticket's
    /// `ChatStartedEvent` names it too, and messages filed under it show it was exported, so only a link with
    /// neither record nor messages, and messages that neither a record nor a ticket names, dangle.
    private static func conversations(_ context: DiagnosticContext) -> [Diagnostic] {
        let allMessages = context.export.messages
        let known = context.knownConversationIDs
        // A link read from a conversation log comes from a message or a conversation the export holds: it never dangles.
        let startLinks = context.export.ticketConversations.filter { link in
            link.source == .chatStartedEvent && !known.contains(link.conversationID)
        }
        let linkedToTickets = Set(context.export.ticketConversations.map(\.conversationID))
        // One pass over the messages, which nearly all belong to a known conversation: only the others are
        // looked up again, for the links that name them and for the orphans. (A set of every message's
        // conversation, and a second pass for the orphans, made this rule the last to finish at 10,000 users.)
        let unknownLinked = Set(startLinks.map(\.conversationID))
        var withMessages: Set<String> = []
        var orphans: [String: [Message]] = [:]
        // By index: a loop over the messages themselves copies each one, retaining every string it holds.
        for index in allMessages.indices {
            let conversationID = allMessages[index].conversationID
            guard !known.contains(conversationID) else { continue }
            if unknownLinked.contains(conversationID) { withMessages.insert(conversationID) }
            if !linkedToTickets.contains(conversationID) {
                orphans[conversationID, default: []].append(allMessages[index])
            }
        }
        var diagnostics: [Diagnostic] = []
        for link in startLinks where !withMessages.contains(link.conversationID) {
            diagnostics.append(
                dangling.diagnostic(
                    subject: .ticket(link.ticketID),
                    message:
                        "the ChatStartedEvent of ticket \(link.ticketID) names conversation \(DiagnosticText.quoted(link.conversationID)), which is not in the export",
                    advice:
                        "export the conversation and its messages (GET /v2/apps/{appId}/conversations/\(link.conversationID)/messages); until then the ticket's transcript comes from its conversation log or comments"
                ))
        }
        for (conversationID, messages) in orphans {
            // A conversation is no user or ticket: report it on its end user.
            guard let author = messages.lazy.compactMap(\.authorUserID).first else { continue }
            let subject = context.owner(ofMessagingUser: author) ?? UserKey(.messaging, context.merges.resolve(author))
            diagnostics.append(
                dangling.diagnostic(
                    subject: .user(subject),
                    message:
                        "\(DiagnosticText.count(messages.count, "message")) \(messages.count == 1 ? "belongs" : "belong") to conversation \(DiagnosticText.quoted(conversationID)), which no conversation list, webhook or ticket in the export names",
                    advice:
                        "export the owner's conversation list (GET /v2/apps/{appId}/conversations?filter[userId]=…) into users/<userId>/conversations.json, or check that the messages folder is named after the right conversation"
                ))
        }
        return diagnostics
    }

    /// End-user messages whose author is neither a messaging user nor an id a merge discarded.
    private static func messageAuthors(_ context: DiagnosticContext) -> [Diagnostic] {
        var messagesByAuthor: [String: [Message]] = [:]
        let messages = context.export.messages
        for index in messages.indices where messages[index].isFromEndUser {
            guard let author = messages[index].authorUserID, context.messagingUsersByID[author] == nil,
                context.merges.userAliases[author] == nil
            else { continue }
            messagesByAuthor[author, default: []].append(messages[index])
        }
        return messagesByAuthor.map { author, messages in
            let conversationIDs = Set(messages.map(\.conversationID)).sorted()
            let ticket = messages.lazy.compactMap { context.ticketsByConversation[$0.conversationID]?.first }.first
            return dangling.diagnostic(
                subject: ticket.map { .ticket($0.ticket.id) } ?? .user(UserKey(.messaging, author)),
                message:
                    "\(DiagnosticText.count(messages.count, "message")) in \(conversationIDs.count == 1 ? "conversation" : "conversations") \(DiagnosticText.quotedList(conversationIDs)) \(messages.count == 1 ? "names" : "name") author \(DiagnosticText.quoted(author)), a messaging user that is not in the export and that no merge discarded",
                advice:
                    "export messaging user \(author) (GET /v2/apps/{appId}/users/\(author)) or the user:merge webhook that discarded it; until then agents see these messages from an unknown user without a check mark"
            )
        }
    }

    /// A Support id that is neither a user in the export nor Zendesk's own `-1`.
    private static func isMissingSupportUser(_ id: String, _ context: DiagnosticContext) -> Bool {
        id != "-1" && context.supportUsersByID[id] == nil
    }

    private static func absentTicket(_ ticketID: String, count: Int, noun: String) -> Diagnostic {
        dangling.diagnostic(
            subject: .ticket(ticketID),
            message:
                "\(DiagnosticText.count(count, noun)) \(count == 1 ? "belongs" : "belong") to ticket \(ticketID), which is not in the export",
            advice:
                "export ticket \(ticketID) (GET /api/v2/tickets/\(ticketID)) or remove its \(noun)s from the export folder; agents see none of them until then"
        )
    }

    /// A missing id named on one ticket.
    private struct Reference: Hashable {
        var ticketID: String
        var missingID: String
    }
}
