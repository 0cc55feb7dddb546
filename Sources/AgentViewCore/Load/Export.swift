/// Everything read from one export folder, deduplicated and sorted by id (docs/rules.md §10).
public struct Export: Sendable {
    /// Support users, identities attached, sorted by numeric id.
    public var supportUsers: [SupportUser] = []
    /// Identities whose `user_id` names no Support user in the export.
    public var unattachedIdentities: [SupportIdentity] = []
    /// Organizations sorted by numeric id: only their names are read, joined onto their members' `organizationName`.
    public var organizations: [Organization] = []
    public var tickets: [Ticket] = []
    public var metrics: [TicketMetric] = []
    /// Comments sorted by ticket, time, then id.
    public var comments: [TicketComment] = []
    public var conversationLogEvents: [ConversationLogEvent] = []
    public var ticketConversations: [TicketConversationLink] = []
    /// Messaging users from REST files and v1 exports, completed from webhook payloads.
    public var messagingUsers: [MessagingUser] = []
    public var conversations: [Conversation] = []
    public var participants: [Participant] = []
    /// Messages from REST lists and `conversation:message` webhooks, merged by id, sorted by time then id.
    public var messages: [Message] = []
    /// Webhook events sorted by time then id.
    public var webhookEvents: [WebhookEvent] = []
    /// Sunshine Conversations app records (`{"app": {…}}`), sorted by id: they hold the messaging mode (§7).
    public var apps: [MessagingApp] = []
    /// Records whose id appeared more than once; the later file in path order won.
    public var duplicates: [DuplicateRecord] = []
    /// Files and folders in the export folder that were not read (links leaving it, special files).
    public var skippedFiles: [SkippedFile] = []
    /// Under `render --shard k/n`, what the whole export holds beyond the records this shard kept; nil
    /// when every record was kept.
    public var shardSummary: ShardLoadSummary?
    /// The files messages' texts are read from again when pages show them (`MessageText`), and those that
    /// changed since they were loaded.
    public var texts = ExportTexts()

    /// Creates an empty export, to be filled by tests.
    public init() {}
}

/// A record id found in more than one place; the copy from `keptPath` is used.
///
/// A record seen n times gives n − 1 of these, in path order: each names the copy that replaced the
/// one before it, so the last `keptPath` is the copy the pages show (`duplicate-record` reports them).
public struct DuplicateRecord: Sendable, Equatable {
    /// `support user`, `identity`, `organization`, `ticket`, `ticket metric`, `comment`, `conversation-log event`,
    /// `ticket conversation`, `conversation`, `messaging user`, `message` or `messaging app`.
    public var kind: String
    /// The record's id; `<ticketId>/<eventId>` and `<ticketId>/<conversationId>` for records keyed by both.
    public var id: String
    /// The export-relative path of the copy that replaced the earlier one.
    public var keptPath: String
    /// The export-relative path of the copy replaced (the same as `keptPath` when one file repeats a record).
    public var droppedPath: String
}

/// What one shard's load (`ExportLoader.load(directory:shard:settings:)`) knows of the whole export beyond
/// the records it kept (docs/rules.md §11 rule 10): the same in every shard of one export, so that what
/// depends on the whole export (redaction's pseudonyms, the export's fingerprint) does not depend on the shard.
public struct ShardLoadSummary: Sendable, Equatable {
    /// Names and emails the messages not kept hold, for redaction's pseudonym tables.
    public var names: Set<String> = []
    public var emails: Set<String> = []
    /// Ids of records not kept that a file path names, so that redacted paths name them alike.
    public var idsNamedInPaths: Set<String> = []
    /// A digest of every file's path and bytes (`ContentHash`) and every message and comment id, kept or not.
    public var digest = ""
    /// Messages and comments in the export's files (copies counted), and how many this shard kept.
    public var heavyRecords = 0
    public var keptHeavyRecords = 0
    /// Files read twice because a record dropped on the first read turned out to be needed.
    public var filesReadAgain = 0

    public init() {}
}
