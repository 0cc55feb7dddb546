import JSONTree

/// A Sunshine Conversations conversation, owned by the user whose folder listed it.
public struct Conversation: Sendable, Equatable {
    public var id: String
    /// The user whose `users/<userId>/conversations.json` listed it, or whose webhook created it.
    public var userID: String?
    /// `personal` or `sdkGroup`.
    public var type: String?
    public var isDefault: Bool?
    public var createdAt: Timestamp?
    public var lastUpdatedAt: Timestamp?

    /// Creates a conversation.
    public init(id: String, userID: String?, createdAt: Timestamp? = nil) {
        self.id = id
        self.userID = userID
        self.createdAt = createdAt
    }

    init(reading record: RecordReader, userID: String?) throws {
        id = try record.requiredMessagingID("id")
        self.userID = userID
        type = try record.string("type")
        isDefault = try record.bool("isDefault")
        createdAt = try record.date("createdAt")
        lastUpdatedAt = try record.date("lastUpdatedAt")
    }
}

extension Conversation: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "conversation"
    static let duplicateKind = kindName
    static let source = ExportSource.sunshine
    static let envelopeKeys: [EnvelopeKey] = [.many("conversations"), .one("conversation")]
    static let parent: ExportParent? = ExportParent(collection: .users, records: "conversations")

    /// A v1 message list (`{"conversation": {"_id"}, "messages": […]}`) names its conversation beside the
    /// messages: that member is their parent (`ExportFileDecoder.envelopeConversationID`), not a record.
    static func carries(_ envelope: JSONObject) -> Bool { !envelope.contains("messages") }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.conversations.append(try Conversation(reading: record, userID: parentID))
    }

    var deduplicationID: String { id }
}
