/// The records and problems read from one file, in file order.
struct ExportFragment: Sendable {
    var supportUsers: [SupportUser] = []
    var identities: [SupportIdentity] = []
    var organizations: [Organization] = []
    var tickets: [Ticket] = []
    var metrics: [TicketMetric] = []
    var comments: [TicketComment] = []
    var logEvents: [ConversationLogEvent] = []
    var ticketConversations: [TicketConversationLink] = []
    var messagingUsers: [MessagingUser] = []
    var conversations: [Conversation] = []
    var participants: [Participant] = []
    var clients: [MessagingClient] = []
    var messages: [Message] = []
    var webhookEvents: [WebhookEvent] = []
    var apps: [MessagingApp] = []
    var errors: [LoadError] = []
    /// The file as a whole is in no known shape, so it is skipped, not an error.
    var isUnrecognised = false

    /// How many light records it holds: every record but messages and comments (docs/rules.md §11 rule 10).
    var lightRecordCount: Int {
        supportUsers.count + identities.count + organizations.count + tickets.count + metrics.count + logEvents.count
            + ticketConversations.count + messagingUsers.count + conversations.count + participants.count
            + clients.count + webhookEvents.count + apps.count
    }

    /// Whether it holds any record: assembling an export needs only the fragments that do.
    var holdsRecords: Bool { lightRecordCount + messages.count + comments.count > 0 }

    /// Whether it holds nothing: no record, no problem, and the file was in a known shape.
    var isEmpty: Bool { !holdsRecords && errors.isEmpty && !isUnrecognised }
}
