import JSONTree

/// The activity times of one ticket's metrics that the active-ticket order uses (docs/rules.md §6).
public struct TicketMetric: Sendable, Equatable {
    /// The metric record's own id, when the export carries it (diagnostics name it).
    public var id: String?
    public var ticketID: String
    public var requesterUpdatedAt: Timestamp?
    public var assigneeUpdatedAt: Timestamp?
    public var latestCommentAddedAt: Timestamp?

    /// Creates a metric record.
    public init(
        ticketID: String, requesterUpdatedAt: Timestamp? = nil, assigneeUpdatedAt: Timestamp? = nil,
        latestCommentAddedAt: Timestamp? = nil
    ) {
        self.ticketID = ticketID
        self.requesterUpdatedAt = requesterUpdatedAt
        self.assigneeUpdatedAt = assigneeUpdatedAt
        self.latestCommentAddedAt = latestCommentAddedAt
    }

    init(reading record: RecordReader) throws {
        id = try record.supportID("id")
        ticketID = try record.requiredSupportID("ticket_id")
        requesterUpdatedAt = try record.date("requester_updated_at")
        assigneeUpdatedAt = try record.date("assignee_updated_at")
        latestCommentAddedAt = try record.date("latest_comment_added_at")
    }
}

extension TicketMetric: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "ticket metric"
    static let duplicateKind = kindName
    static let source = ExportSource.zendesk
    static let envelopeKeys: [EnvelopeKey] = [.many("ticket_metrics"), .one("ticket_metric")]
    static let readsBareRecords = true

    /// A bare metric names its ticket and holds a time only metrics have (an audit names its ticket too).
    static func recognises(_ record: JSONObject) -> Bool {
        record.contains("ticket_id")
            && (record.contains("requester_updated_at") || record.contains("latest_comment_added_at")
                || record.contains("reply_time_in_minutes"))
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.metrics.append(try TicketMetric(reading: record))
    }

    /// One metric record per ticket: its own id is optional, so the ticket's keys it.
    var deduplicationID: String { ticketID }
}
