import JSONTree

/// An incremental ticket event (`GET /api/v2/incremental/ticket_events?include=comment_events`): read only for
/// its Comment child events, which yield `TicketComment`s.
enum TicketEvent: ExportRecordKind {
    static let kindName = "ticket event"
    static let source = ExportSource.zendesk
    static let envelopeKeys: [EnvelopeKey] = [.list("ticket_events")]

    static func decode(_ event: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        let ticketID = try event.requiredSupportID("ticket_id")
        for child in try event.objects("child_events") where try child.string("event_type") == "Comment" {
            fragment.comments.append(try TicketComment(reading: child, ticketID: ticketID))
        }
    }
}
