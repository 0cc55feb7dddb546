import JSONTree

/// One event of a ticket's conversation log (`GET /api/v2/tickets/{id}/conversation_log`, docs/rules.md §10).
public struct ConversationLogEvent: Sendable, Equatable {
    public var id: String
    public var ticketID: String
    /// `Messaging::ConversationMessage`, `Comment`, …
    public var type: String
    /// The Sunshine message id from a `zen:sunco:conversation_message:<id>` reference.
    public var messagingMessageID: String?
    public var createdAt: Timestamp?
    public var receivedAt: Timestamp?
    /// `user`, `agent` or `bot`.
    public var authorType: String
    public var authorDisplayName: String?
    /// `zen:sunco:user_id`: with `zen:support:user_id` it links the two users (docs/rules.md §2 rule 4).
    public var authorMessagingUserID: String?
    /// `zen:support:user_id`; bots carry -1.
    public var authorSupportUserID: String?
    public var content: MessageContent
    public var sourceType: String?
    public var isPublic: Bool

    /// When the message was received, else when the event was created.
    public var time: Timestamp? { receivedAt ?? createdAt }

    init(reading record: RecordReader, ticketID: String) throws {
        id = try record.string("id") ?? record.requiredSupportID("id")
        self.ticketID = ticketID
        type = try record.string("type") ?? "Messaging::ConversationMessage"
        let reference = try record.string("reference")
        let prefix = "zen:sunco:conversation_message:"
        messagingMessageID = reference.flatMap {
            $0.hasPrefix(prefix) ? IDText.distinct(String($0.dropFirst(prefix.count))) : nil
        }
        createdAt = try record.date("created_at")
        receivedAt = try record.date("received_at")
        let author = try record.object("author")
        authorType = try author?.string("type") ?? "user"
        authorDisplayName = try author?.string("display_name")
        authorMessagingUserID = try author?.string("zen:sunco:user_id")
        authorSupportUserID = try author?.supportID("zen:support:user_id")
        content =
            try record.object("content").map { content in try MessageContent(reading: content) }
            ?? MessageContent(type: "text")
        sourceType = try record.object("source")?.string("type")
        isPublic = try record.object("metadata")?.bool("public") ?? true
    }
}

extension ConversationLogEvent: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "conversation-log event"
    static let duplicateKind = kindName
    static let source = ExportSource.zendesk
    /// `events`, shared with webhook deliveries: a conversation log is an `events` envelope that is no
    /// delivery.
    static let envelopeKeys: [EnvelopeKey] = [.list("events")]
    static let parent: ExportParent? = ExportParent(collection: .tickets, records: "conversation-log events")
    static let readsBareRecords = true

    /// An event bare (a list or NDJSON at `tickets/<id>/conversation_log.json`): an `author` object with a
    /// `created_at`, without the `received` of a message or the `payload` of a webhook event.
    static func recognises(_ record: JSONObject) -> Bool {
        record["author"]?.object != nil && record.contains("created_at") && !record.contains("received")
            && !record.contains("payload")
    }

    static func carries(_ envelope: JSONObject) -> Bool { !WebhookEvent.isDelivery(envelope) }

    static func reserve(_ count: Int, in fragment: inout ExportFragment) {
        fragment.logEvents.reserveCapacity(fragment.logEvents.count + count)
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.logEvents.append(try ConversationLogEvent(reading: record, ticketID: parentID ?? ""))
    }

    /// Event ids are unique within a ticket's log only.
    var deduplicationID: String { "\(ticketID)/\(id)" }
}
