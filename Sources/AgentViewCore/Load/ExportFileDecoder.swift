import JSONTree

/// Turns one parsed export file into typed records, collecting every problem instead of stopping at the first.
struct ExportFileDecoder {
    let file: SourceFile
    private(set) var fragment = ExportFragment()

    init(file: SourceFile) { self.file = file }

    /// Decodes a whole document: an envelope, a bare array of records, or a bare record.
    mutating func decodeDocument(_ value: JSONValue, path: JSONPath = .root) {
        if let array = value.array {
            for (index, element) in array.enumerated() { decodeRecord(element, path: path.appending(index: index)) }
            return
        }
        guard let object = value.object else {
            fragment.errors.append(
                file.error(
                    at: value.offset,
                    .wrongType(
                        keyPath: path.description, expected: "an object or an array", found: value.kindDescription)))
            return
        }
        if object.keys.contains(where: ExportShape.envelopeKeys.contains) {
            // A repeated list key would keep only its last list: JSON allows it, but records would vanish.
            var seen: Set<String> = []
            for member in object.members where ExportShape.envelopeKeys.contains(member.key) {
                if !seen.insert(member.key).inserted {
                    fragment.errors.append(
                        file.error(at: member.keyOffset, .repeatedKey(keyPath: path.appending(member.key).description)))
                }
            }
            decodeEnvelope(RecordReader(object: object, offset: value.offset, path: path, file: file))
        } else if path.isRoot && ExportShape.recordKind(of: object) == nil {
            // A whole file in no known shape (a README.json, a package.json, a snapshot.json) is not
            // part of the export: it is skipped with the unrecognised-file warning, not an error.
            // A record of no known shape inside a list or an NDJSON file stays an error.
            fragment.isUnrecognised = true
        } else {
            decodeRecord(value, path: path)
        }
    }

    /// Runs one decoding step, keeping its error and going on with the rest of the file.
    private mutating func attempt(_ body: (inout ExportFragment) throws -> Void) {
        do {
            try body(&fragment)
        } catch let error as LoadError {
            fragment.errors.append(error)
        } catch {
            fragment.errors.append(file.error(.unreadable(String(describing: error))))
        }
    }

    private mutating func decodeEnvelope(_ envelope: RecordReader) {
        if envelope.has("events") {
            let isWebhook =
                envelope.has("app") || envelope.has("webhook")
                || (envelope.value("events")?.array?.first?.object?.contains("payload") ?? false)
            isWebhook ? decodeList(envelope, "events") { $0.decodeWebhookEvent($1) } : decodeConversationLog(envelope)
        }
        if envelope.has("app") && !envelope.has("events") && !envelope.has("webhook") {
            // `GET /v2/apps/{appId}`: the app record and its messaging mode (docs/rules.md §7 rule 3). The
            // `app` of a webhook delivery names the app only, and is not read.
            decodeListOrObject(envelope, plural: "", singular: "app") { decoder, record in
                decoder.attempt { fragment in fragment.apps.append(try MessagingApp(reading: record)) }
            }
        }
        decodeListOrObject(envelope, plural: "users", singular: "user") { $0.decodeUser($1) }
        if envelope.has("appUser") {
            decodeListOrObject(envelope, plural: "", singular: "appUser") { $0.decodeUser($1) }
        }
        decodeList(envelope, "identities") { decoder, record in
            decoder.attempt { fragment in fragment.identities.append(try SupportIdentity(reading: record)) }
        }
        decodeListOrObject(envelope, plural: "tickets", singular: "ticket") { decoder, record in
            decoder.attempt { fragment in fragment.tickets.append(try Ticket(reading: record)) }
        }
        decodeListOrObject(envelope, plural: "ticket_metrics", singular: "ticket_metric") { decoder, record in
            decoder.attempt { fragment in fragment.metrics.append(try TicketMetric(reading: record)) }
        }
        decodeListOrObject(envelope, plural: "audits", singular: "audit") { $0.decodeAudit($1) }
        decodeList(envelope, "ticket_events") { $0.decodeTicketEvent($1) }
        if envelope.has("comments") {
            withParent(.tickets, records: "comments") { decoder, ticketID in
                decoder.decodeList(envelope, "comments") { decoder, record in
                    decoder.attempt { fragment in
                        fragment.comments.append(try TicketComment(reading: record, ticketID: ticketID))
                    }
                }
            }
        }
        if envelope.has("conversations") || envelope.has("conversation") {
            withParent(.users, records: "conversations") { decoder, userID in
                decoder.decodeListOrObject(envelope, plural: "conversations", singular: "conversation") {
                    decoder, record in
                    decoder.attempt { fragment in
                        fragment.conversations.append(try Conversation(reading: record, userID: userID))
                    }
                }
            }
        }
        if envelope.has("clients") {
            withParent(.users, records: "clients") { decoder, userID in
                decoder.decodeList(envelope, "clients") { decoder, record in
                    decoder.attempt { fragment in
                        fragment.clients.append(try MessagingClient(reading: record, userID: userID))
                    }
                }
            }
        }
        if envelope.has("messages") {
            withParent(.conversations, records: "messages") { decoder, conversationID in
                decoder.decodeList(envelope, "messages") { decoder, record in
                    decoder.decodeMessage(record, conversationID: conversationID)
                }
            }
        }
        if envelope.has("participants") {
            withParent(.conversations, records: "participants") { decoder, conversationID in
                decoder.decodeList(envelope, "participants") { decoder, record in
                    decoder.attempt { fragment in
                        fragment.participants.append(try Participant(reading: record, conversationID: conversationID))
                    }
                }
            }
        }
    }

    /// Decodes a record found bare in an array or on an NDJSON line, judged by its keys.
    mutating func decodeRecord(_ value: JSONValue, path: JSONPath) {
        guard let object = value.object else {
            fragment.errors.append(
                file.error(
                    at: value.offset,
                    .wrongType(keyPath: path.description, expected: "an object", found: value.kindDescription)))
            return
        }
        if object.keys.contains(where: ExportShape.envelopeKeys.contains) && !object.contains("id") {
            decodeDocument(value, path: path)
            return
        }
        let record = RecordReader(object: object, offset: value.offset, path: path, file: file)
        switch ExportShape.recordKind(of: object) {
        case .supportUser, .messagingUser: decodeUser(record)
        case .supportIdentity: attempt { fragment in fragment.identities.append(try SupportIdentity(reading: record)) }
        case .ticket: attempt { fragment in fragment.tickets.append(try Ticket(reading: record)) }
        case .ticketMetric: attempt { fragment in fragment.metrics.append(try TicketMetric(reading: record)) }
        case .webhookEvent: decodeWebhookEvent(record)
        case .message:
            withParent(.conversations, records: "messages") { decoder, conversationID in
                decoder.decodeMessage(record, conversationID: conversationID)
            }
        case nil:
            fragment.errors.append(file.error(at: value.offset, .unrecognizedShape(keys: object.keys)))
        }
    }

    private mutating func decodeUser(_ record: RecordReader) {
        if ExportShape.isMessagingUser(record.object) {
            attempt { fragment in fragment.messagingUsers.append(try MessagingUser(reading: record)) }
        } else {
            attempt { fragment in fragment.supportUsers.append(try SupportUser(reading: record)) }
        }
    }

    private mutating func decodeMessage(_ record: RecordReader, conversationID: String) {
        attempt { fragment in fragment.messages.append(try Message(reading: record, conversationID: conversationID)) }
    }

    private mutating func decodeWebhookEvent(_ record: RecordReader) {
        attempt { fragment in fragment.webhookEvents.append(try WebhookEvent(reading: record)) }
    }

    private mutating func decodeConversationLog(_ envelope: RecordReader) {
        withParent(.tickets, records: "conversation-log events") { decoder, ticketID in
            decoder.decodeList(envelope, "events") { decoder, record in
                decoder.attempt { fragment in
                    fragment.logEvents.append(try ConversationLogEvent(reading: record, ticketID: ticketID))
                }
            }
        }
    }

    /// Reads the `ChatStartedEvent` of an audit, which names the ticket's messaging conversation.
    private mutating func decodeAudit(_ audit: RecordReader) {
        let folderTicketID = FolderParent.id(in: file.relativePath, under: .tickets)
        attempt { fragment in
            let ticketID = try audit.supportID("ticket_id") ?? folderTicketID
            for event in try audit.objects("events") where try event.string("type") == "ChatStartedEvent" {
                guard let value = try event.object("value"), let conversationID = try value.string("conversation_id")
                else { continue }
                guard let ticketID else { throw audit.missing("ticket_id") }
                fragment.ticketConversations.append(
                    TicketConversationLink(
                        ticketID: ticketID, conversationID: conversationID, channel: try value.string("channel")))
            }
        }
    }

    /// Reads the Comment child events of an incremental `ticket_events` record.
    private mutating func decodeTicketEvent(_ event: RecordReader) {
        attempt { fragment in
            let ticketID = try event.requiredSupportID("ticket_id")
            for child in try event.objects("child_events") where try child.string("event_type") == "Comment" {
                fragment.comments.append(try TicketComment(reading: child, ticketID: ticketID))
            }
        }
    }

    private mutating func decodeList(
        _ envelope: RecordReader, _ key: String, _ decode: (inout ExportFileDecoder, RecordReader) -> Void
    ) {
        var records: [RecordReader] = []
        attempt { _ in records = try envelope.objects(key) }
        for record in records { decode(&self, record) }
    }

    private mutating func decodeListOrObject(
        _ envelope: RecordReader, plural: String, singular: String,
        _ decode: (inout ExportFileDecoder, RecordReader) -> Void
    ) {
        if !plural.isEmpty, envelope.has(plural) {
            if envelope.value(plural)?.object != nil {
                // `{"ticket_metric": [...]}` and `{"ticket_metrics": {...}}` both occur; accept either form.
                var record: RecordReader?
                attempt { _ in record = try envelope.object(plural) }
                if let record { decode(&self, record) }
            } else {
                decodeList(envelope, plural, decode)
            }
        }
        if envelope.has(singular) {
            if envelope.value(singular)?.array != nil {
                decodeList(envelope, singular, decode)
            } else {
                var record: RecordReader?
                attempt { _ in record = try envelope.object(singular) }
                if let record { decode(&self, record) }
            }
        }
    }

    /// Runs `body` with the parent id the folder gives, or records where the file belongs.
    private mutating func withParent(
        _ collection: FolderParent.Collection, records: String, _ body: (inout ExportFileDecoder, String) -> Void
    ) {
        guard let id = FolderParent.id(in: file.relativePath, under: collection) else {
            let location = FolderParent.expectedLocation(of: file.relativePath, under: collection)
            fragment.errors.append(file.error(.missingParent(records: records, expectedLocation: location)))
            return
        }
        body(&self, id)
    }
}
