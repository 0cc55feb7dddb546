import JSONTree

/// A Support ticket comment (the transcript of non-messaging tickets, docs/rules.md §10).
public struct TicketComment: Sendable, Equatable {
    public var id: String
    public var ticketID: String
    public var authorID: String?
    /// The text to show: `plain_body`, else `body`, else `html_body` turned into text by the renderer.
    public var body: String?
    /// Input HTML: kept only to be shown as text, never emitted as HTML.
    public var htmlBody: String?
    public var isPublic: Bool
    public var createdAt: Timestamp?
    public var channel: String?

    /// Creates a comment.
    public init(
        id: String, ticketID: String, authorID: String?, body: String?, isPublic: Bool = true,
        createdAt: Timestamp? = nil
    ) {
        self.id = id
        self.ticketID = ticketID
        self.authorID = authorID
        self.body = body
        self.isPublic = isPublic
        self.createdAt = createdAt
    }

    /// Reads a comment of `GET /api/v2/tickets/{id}/comments` or an incremental `child_events` Comment.
    init(reading record: RecordReader, ticketID: String) throws {
        id = try record.requiredSupportID("id")
        self.ticketID = ticketID
        authorID = try record.supportID("author_id")
        body = try record.string("plain_body") ?? record.string("body")
        htmlBody = try record.string("html_body")
        isPublic = try record.bool("public") ?? true
        createdAt = try record.date("created_at")
        channel =
            try record.object("via").flatMap { via in try ViaChannel.name(in: via) }
            ?? record.object("metadata")?.object("via").flatMap { via in try ViaChannel.name(in: via) }
    }
}

extension TicketComment: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "comment"
    static let duplicateKind = kindName
    static let source = ExportSource.zendesk
    /// `GET /api/v2/tickets/{id}/comments`: the ticket only in the path, so in the folder.
    static let envelopeKeys: [EnvelopeKey] = [.list("comments")]
    static let parent: ExportParent? = ExportParent(collection: .tickets, records: "comments")
    static let readsBareRecords = true

    /// A comment bare (a list or NDJSON at `tickets/<id>/comments.json`): an `author_id` with a body, which
    /// no other record has (an audit has `author_id` with `events`, a ticket `requester_id`).
    static func recognises(_ record: JSONObject) -> Bool {
        record.contains("author_id")
            && (record.contains("body") || record.contains("html_body") || record.contains("plain_body"))
    }

    static func reserve(_ count: Int, in fragment: inout ExportFragment) {
        fragment.comments.reserveCapacity(fragment.comments.count + count)
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.comments.append(try TicketComment(reading: record, ticketID: parentID ?? ""))
    }

    var deduplicationID: String { id }
}
