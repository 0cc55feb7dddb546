import JSONTree

/// A ticket audit (`GET /api/v2/tickets/{id}/audits`): read only for its `ChatStartedEvent`, which names the ticket's
/// messaging conversation (Zendesk's ticket audits API; docs/rules.md §7). Audits yield `TicketConversationLink`s.
enum TicketAudit: ExportRecordKind {
    static let kindName = "ticket audit"
    static let source = ExportSource.zendesk
    static let envelopeKeys: [EnvelopeKey] = [.many("audits"), .one("audit")]

    /// An audit carries its `ticket_id`; the folder `tickets/<ticketId>/` stands in when it does not.
    static func decode(_ audit: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        let folderTicketID = FolderParent.id(in: audit.file.relativePath, under: .tickets)
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
