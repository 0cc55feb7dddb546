import JSONTree

/// A Zendesk Support ticket.
public struct Ticket: Sendable, Equatable {
    public var id: String
    public var subject: String?
    public var description: String?
    /// `new`, `open`, `pending`, `hold`, `solved`, `closed`, or `deleted`/`archived` in exports.
    public var status: String
    public var requesterID: String?
    public var assigneeID: String?
    public var brandID: String?
    /// The `via.channel` value, e.g. `native_messaging`, `whatsapp`, `email`, `web`.
    public var channel: String?
    public var fromMessagingChannel: Bool?
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp?

    /// Creates a ticket, for tests and tools.
    public init(
        id: String, status: String, requesterID: String?, channel: String? = "native_messaging",
        createdAt: Timestamp? = nil, updatedAt: Timestamp? = nil
    ) {
        self.id = id
        self.status = status
        self.requesterID = requesterID
        self.channel = channel
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    init(reading record: RecordReader) throws {
        id = try record.requiredSupportID("id")
        subject = try record.string("subject") ?? record.string("raw_subject")
        description = try record.string("description")
        status = try record.string("status")?.lowercased() ?? "open"
        requesterID = try record.supportID("requester_id")
        assigneeID = try record.supportID("assignee_id")
        brandID = try record.supportID("brand_id")
        channel = try record.object("via").flatMap { via in try ViaChannel.name(in: via) }
        fromMessagingChannel = try record.bool("from_messaging_channel")
        createdAt = try record.date("created_at")
        updatedAt = try record.date("updated_at")
    }
}

extension Ticket: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "ticket"
    static let duplicateKind = kindName
    static let source = ExportSource.zendesk
    static let envelopeKeys: [EnvelopeKey] = [.many("tickets"), .one("ticket")]
    static let readsBareRecords = true

    /// A bare ticket (the account export's NDJSON) has a `requester_id`, or a `subject` and a `status`.
    static func recognises(_ record: JSONObject) -> Bool {
        record.contains("requester_id") || (record.contains("subject") && record.contains("status"))
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.tickets.append(try Ticket(reading: record))
    }

    var deduplicationID: String { id }
}
