import JSONTree

/// One event of a Sunshine Conversations webhook delivery (the Sunshine Conversations API's webhook events).
public struct WebhookEvent: Sendable, Equatable {
    /// What happened, reduced to the events that decide authentication, merges and messages.
    public enum Payload: Sendable, Equatable {
        /// `conversation:message`: the message, whose author carries `authenticated` at send time.
        case message(Message, author: MessagingUser?)
        /// `conversation:create`: a conversation and, for personal ones, its user.
        case conversationCreate(Conversation, user: MessagingUser?)
        /// `user:update`; reason `authentication` marks the moment a user became authenticated (§5 rule 3).
        case userUpdate(MessagingUser, reason: String?)
        /// `user:merge`; reason `sdkLogin` when an anonymous user logged in as an existing one (§7).
        case userMerge(
            surviving: MessagingUser, discarded: MessagingUser, survivingConversationID: String?,
            discardedConversationID: String?, reason: String?)
        /// `client:add`: a channel client linked to a user.
        case clientAdd(userID: String, clientType: String, reason: String?)
        /// Any other event type, kept by name only.
        case other
    }

    public var id: String
    public var type: String
    public var createdAt: Timestamp?
    public var payload: Payload

    /// Creates an event.
    public init(id: String, type: String, createdAt: Timestamp?, payload: Payload) {
        self.id = id
        self.type = type
        self.createdAt = createdAt
        self.payload = payload
    }

    init(reading record: RecordReader) throws {
        id = try record.string("id") ?? ""
        type = try record.requiredString("type")
        createdAt = try record.date("createdAt")
        let payload = try record.object("payload")
        guard let payload else {
            self.payload = .other
            return
        }
        let user = try payload.object("user").map { user in try MessagingUser(reading: user) }
        switch type {
        case "conversation:message":
            let conversationID = try payload.object("conversation")?.requiredMessagingID("id")
            guard let messageRecord = try payload.object("message") else { throw payload.missing("message") }
            guard let conversationID else { throw payload.missing("conversation") }
            let author = try messageRecord.object("author")?.object("user").map { user in
                try MessagingUser(reading: user)
            }
            self.payload = .message(try Message(reading: messageRecord, conversationID: conversationID), author: author)
        case "conversation:create":
            guard let conversation = try payload.object("conversation") else { throw payload.missing("conversation") }
            self.payload = .conversationCreate(try Conversation(reading: conversation, userID: user?.id), user: user)
        case "user:update":
            guard let user else { throw payload.missing("user") }
            self.payload = .userUpdate(user, reason: try payload.string("reason"))
        case "user:merge":
            guard let users = try payload.object("mergedUsers") else { throw payload.missing("mergedUsers") }
            guard let surviving = try users.object("surviving") else { throw users.missing("surviving") }
            guard let discarded = try users.object("discarded") else { throw users.missing("discarded") }
            let conversations = try payload.object("mergedConversations")
            self.payload = .userMerge(
                surviving: try MessagingUser(reading: surviving), discarded: try MessagingUser(reading: discarded),
                survivingConversationID: try conversations?.object("surviving")?.string("id"),
                discardedConversationID: try conversations?.object("discarded")?.string("id"),
                reason: try payload.string("reason"))
        case "client:add":
            guard let user else { throw payload.missing("user") }
            let clientType = try payload.object("client")?.string("type") ?? "unknown"
            self.payload = .clientAdd(userID: user.id, clientType: clientType, reason: try payload.string("reason"))
        default:
            self.payload = .other
        }
    }
}

extension WebhookEvent: ExportRecordKind {
    static let kindName = "webhook event"
    static let source = ExportSource.sunshine
    /// `events`, shared with conversation logs: read as webhook events in a delivery only.
    static let envelopeKeys: [EnvelopeKey] = [.list("events")]
    static let readsBareRecords = true

    static func carries(_ envelope: JSONObject) -> Bool { isDelivery(envelope) }

    /// A webhook delivery names its `app` or `webhook`, or its first event has a `payload`.
    static func isDelivery(_ envelope: JSONObject) -> Bool {
        envelope.contains("app") || envelope.contains("webhook")
            || (envelope["events"]?.array?.first?.object?.contains("payload") ?? false)
    }

    /// A bare webhook event has a `payload` and a `type` of the form `conversation:message`.
    static func recognises(_ record: JSONObject) -> Bool {
        guard record.contains("payload"), let type = record["type"]?.string else { return false }
        return type.contains(":")
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.webhookEvents.append(try WebhookEvent(reading: record))
    }
}
