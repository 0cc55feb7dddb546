/// Which heavy records (messages and comments) one shard of `render --shard k/n` keeps (docs/rules.md §11
/// rule 10), decided from the light records of the whole export.
///
/// A shard keeps every record some subject it owns reads, and may keep more: a record kept in excess only
/// feeds pages, rows and diagnostics of other shards, which this shard does not write. What each reader of
/// messages across users needs, and why the plan keeps it:
/// - a ticket's transcript reads its conversation (after single-conversation aliasing), its comments and
///   its log: a conversation is needed by the shards of every ticket tied to it;
/// - a hidden conversation (§2 rule 7) is claimed by its listed user, a participant or an end-user author,
///   and shown with all its messages: a conversation is needed by the shards of all of those;
/// - forms by author (`shared-device`, `unverified-profile`, metadata variables) and
///   `possible-duplicate-tickets` read every end-user message of an author, merged-away ids included: an
///   author's messages go to the shard of the end user holding the author;
/// - `dangling-reference` reads messages of a conversation nothing names and messages of an unknown
///   author, and comments of an absent ticket: those are kept by every shard;
/// - `auth-time-unknown` counts an author's messages that rule 4 marked, wherever they are, and a messaging
///   ticket's comment is such a message (§10 rule 8): a messaging comment goes also to the shard of the end
///   user who wrote it;
/// - `duplicate-record` and deduplication read every copy of an id: a message or comment whose id occurs
///   twice (by a 64-bit hash, so a rare false match only keeps more) is kept by every shard;
/// - the conversation-log links and the webhook copies of messages read messages by id: the messages a log
///   event or a webhook names are kept by every shard.
struct ShardPlan: Sendable {
    let shard: Shard
    /// Raw ticket id → whether this shard owns it; absent tickets are not in the export.
    private let ticketOwned: [String: Bool]
    /// Conversations (after aliasing) some subject of this shard reads.
    private var neededConversations: Set<String>
    /// Conversations a record, a merge or a ticket link names; messages of any other are kept everywhere.
    private let namedConversations: Set<String>
    private let conversationAliases: [String: String]
    /// Messaging user id → whether this shard owns the end user holding it (after merges).
    private let authorOwned: [String: Bool]
    /// Support user id → whether this shard owns the end user its comments belong to (the user's own view, or
    /// the survivor a login merge folded it into), for the users that have a view.
    private let supportUserOwned: [String: Bool]
    private let userAliases: [String: String]
    /// Hashes of the message ids a log event or a webhook names.
    private let wantedMessageHashes: Set<UInt64>
    /// Hashes of the ids that occur more than once; empty until every file is read.
    private var duplicateHashes: Set<UInt64> = []

    /// The plan of `shard` for a light export (every record but comments and messages, except those a log
    /// event or a webhook names), before the messages are read: `adding(authorsByConversation:duplicateHashes:)`
    /// completes it with what they say. The light export can be let go once the plan is made.
    init(light export: Export, settings: Settings, shard: Shard) {
        self.shard = shard
        let messaging = MessagingModeChoice.choose(option: settings.messagingMode, apps: export.apps)
        var used = settings
        used.messagingMode = messaging.mode
        used.redaction = nil
        let builder = AgentViewBuilder(export: export, settings: used, messaging: messaging)
        let linked = builder.linkedUsers()
        let merges = MergeHistory(events: export.webhookEvents)
        userAliases = merges.userAliases
        let aliases = merges.conversationAliases(mode: messaging.mode)
        conversationAliases = aliases
        // Keys as the redacted view names them: a shard's pages are chosen by the view's keys.
        let redaction = settings.redaction
        func owns(_ key: UserKey) -> Bool {
            shard.owns(UserKey(key.kind, redaction?.id(key.id) ?? key.id).description)
        }
        var tickets: [String: Bool] = [:]
        // A folded Support user's tickets go with the end user they were merged into, as the view lists them.
        let merged = linked.mergedSupportUsers
        for ticket in export.tickets {
            if let requester = ticket.requesterID.map(merged.owner(ofSupportUser:)), linked.keys.contains(requester) {
                tickets[ticket.id] = owns(requester)
            } else {
                tickets[ticket.id] = shard.owns("ticket:" + (redaction?.id(ticket.id) ?? ticket.id))
            }
        }
        ticketOwned = tickets
        var authors: [String: Bool] = [:]
        for user in export.messagingUsers {
            if let key = linked.owners.owner(of: user.id) { authors[user.id] = owns(key) }
        }
        for discarded in merges.userAliases.keys {
            if let key = linked.owners.owner(of: discarded) { authors[discarded] = owns(key) }
        }
        authorOwned = authors
        var supportUsers: [String: Bool] = [:]
        for key in linked.keys where key.kind == .support {
            supportUsers[key.id] = owns(merged.owner(ofSupportUser: key.id))
        }
        supportUserOwned = supportUsers

        var named = Set(export.conversations.map(\.id))
        for merge in merges.merges {
            named.formUnion([merge.discardedConversationID, merge.survivingConversationID].compactMap { $0 })
        }
        named.formUnion(export.ticketConversations.map(\.conversationID))
        namedConversations = named

        var wanted: Set<UInt64> = []
        for event in export.conversationLogEvents {
            if let id = event.messagingMessageID { wanted.insert(ShardPlan.hash(messageID: id)) }
        }
        for event in export.webhookEvents {
            if case .message(let message, _) = event.payload { wanted.insert(ShardPlan.hash(messageID: message.id)) }
        }
        wantedMessageHashes = wanted

        neededConversations = []
        for conversation in export.conversations { claim(conversation.id, byUser: conversation.userID) }
        for participant in export.participants { claim(participant.conversationID, byUser: participant.userID) }
        for link in export.ticketConversations where tickets[link.ticketID] == true {
            neededConversations.insert(conversationAliases[link.conversationID] ?? link.conversationID)
        }
    }

    /// This plan, also keeping the conversations where an end-user author of this shard was seen writing,
    /// and every message and comment whose id is among `duplicateHashes`. Cheap next to the plan itself:
    /// a shard's final plan adds to the one made before the messages were read, rather than being made
    /// again from the light export (which is not kept).
    func adding(authorsByConversation: Set<ConversationAuthor>, duplicateHashes: Set<UInt64>) -> ShardPlan {
        var plan = self
        plan.duplicateHashes = duplicateHashes
        for pair in authorsByConversation { plan.claim(pair.conversation, byUser: pair.author) }
        return plan
    }

    /// Needs a conversation when the end user holding `userID` belongs to this shard.
    private mutating func claim(_ conversation: String, byUser userID: String?) {
        guard let userID, authorOwned[userID] == true else { return }
        neededConversations.insert(conversationAliases[conversation] ?? conversation)
    }

    // MARK: What is kept

    /// Whether this shard keeps a message of `conversation` whose end-user author (nil for any other
    /// author) is `endUserAuthor`; `hash` is `hash(messageID:)` of its id.
    func keepsMessage(conversation: String, endUserAuthor: String?, hash: UInt64) -> Bool {
        if keepsConversation(conversation) { return true }
        if let endUserAuthor, keepsAuthor(endUserAuthor) { return true }
        return keepsByID(hash)
    }

    /// Whether this shard keeps a record for its id alone (by the id's hash): a message a log event or a
    /// webhook names, or a message or comment whose id repeats. Both sets are often empty, and asking an
    /// empty set still hashes.
    func keepsByID(_ hash: UInt64) -> Bool {
        (!wantedMessageHashes.isEmpty && wantedMessageHashes.contains(hash)) || keepsRepeated(hash: hash)
    }

    /// Whether this shard keeps a comment; `hash` is `hash(commentID:)` of its id.
    func keeps(_ comment: TicketComment, hash: UInt64) -> Bool {
        keepsTicket(comment.ticketID) || keepsRepeated(hash: hash) || keepsAsAuthor(comment)
    }

    /// Whether a comment is a messaging message (`TranscriptBuilder.isMessagingComment`) written by a Support
    /// user this shard owns: `auth-time-unknown` on that user counts it, whoever's ticket it is on.
    func keepsAsAuthor(_ comment: TicketComment) -> Bool {
        guard let author = comment.authorID, supportUserOwned[author] == true else { return false }
        return TranscriptBuilder.isMessagingComment(comment)
    }

    /// Whether an id (by its hash) occurs more than once in the export, so that every shard keeps its records.
    private func keepsRepeated(hash: UInt64) -> Bool { !duplicateHashes.isEmpty && duplicateHashes.contains(hash) }

    /// Whether this shard keeps the messages of a conversation: one a subject of it reads, or one nothing names.
    func keepsConversation(_ conversation: String) -> Bool {
        !namedConversations.contains(conversation)
            || neededConversations.contains(conversationAliases[conversation] ?? conversation)
    }

    /// Whether this shard keeps the end-user messages of an author: its own, or an author no user holds.
    func keepsAuthor(_ author: String) -> Bool {
        authorOwned[author] ?? authorOwned[userAliases[author] ?? author] ?? true
    }

    /// Whether this shard keeps the comments of a ticket: its own, or a ticket not in the export.
    func keepsTicket(_ ticket: String) -> Bool { ticketOwned[ticket] ?? true }

    /// The plan's decisions for one file's records, remembered for the last conversation, author and ticket
    /// asked about: a file's records name one conversation or ticket and an author or two, and each decision
    /// costs a few lookups in tables of a hundred thousand strings (a shard asks about every message of the
    /// export).
    struct FileDecisions {
        let plan: ShardPlan
        private var conversation: (id: String, kept: Bool)?
        private var author: (id: String, kept: Bool)?
        private var ticket: (id: String, kept: Bool)?

        init(_ plan: ShardPlan) { self.plan = plan }

        /// `ShardPlan.keepsMessage(conversation:endUserAuthor:hash:)`.
        mutating func keepsMessage(conversation id: String, endUserAuthor: String?, hash: UInt64) -> Bool {
            if conversation?.id != id { conversation = (id, plan.keepsConversation(id)) }
            if conversation!.kept { return true }
            if let endUserAuthor {
                if author?.id != endUserAuthor { author = (endUserAuthor, plan.keepsAuthor(endUserAuthor)) }
                if author!.kept { return true }
            }
            return plan.keepsByID(hash)
        }

        /// `ShardPlan.keeps(_:hash:)` for a comment.
        mutating func keeps(_ comment: TicketComment, hash: UInt64) -> Bool {
            if ticket?.id != comment.ticketID { ticket = (comment.ticketID, plan.keepsTicket(comment.ticketID)) }
            return ticket!.kept || plan.keepsRepeated(hash: hash) || plan.keepsAsAuthor(comment)
        }
    }

    // MARK: Id hashes

    static func hash(messageID: String) -> UInt64 { hash("m", messageID) }
    static func hash(commentID: String) -> UInt64 { hash("c", commentID) }

    /// FNV-1a over a kind tag and an id.
    private static func hash(_ tag: String, _ id: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(tag)
        hash.add(0)
        hash.add(id)
        return hash.value
    }
}

/// An end-user author seen writing in a conversation: the author's shard needs the whole conversation.
struct ConversationAuthor: Hashable, Sendable {
    var conversation: String
    var author: String
}
