/// Merges per-file fragments, in sorted path order, into one deduplicated `Export`.
enum ExportAssembler {
    static func assemble(_ fragments: consuming [ExportFragment], paths: [String]) -> Export {
        var fragments = fragments
        let webhookEvents = fragments.flatMap(\.webhookEvents)
            .sorted { ($0.createdAt ?? .distantPast, $0.id) < ($1.createdAt ?? .distantPast, $1.id) }
        // Messages are most of an export (a million for 10,000 users) and need nothing of the other kinds. Which
        // of their copies a later copy replaces is found first, and they are sorted last, each on both cores:
        // between the two, they move into one list on one core while the rest is assembled on the other (work
        // spread over cores inside `Concurrently.both` runs on one). Their duplicates come last, as they did when
        // messages were assembled after every other kind.
        let messageLists = takeLists(&fragments, \.messages)
        var messageDuplicates: [DuplicateRecord] = []
        let replaced = ReplacedMessages(messageLists, paths, into: &messageDuplicates)
        let lists = Handoff(consume messageLists)
        // Consumed, or the handed-off fragments are shared with this frame and copied on their first change.
        let others = Handoff(consume fragments)
        var (messages, export) = Concurrently.both(
            { keptMessages(lists.take(), leaving: replaced, webhookEvents: webhookEvents) },
            { assembleOthers(others.take(), paths: paths, webhookEvents: webhookEvents) })
        sortByTime(&messages)
        swap(&export.messages, &messages)
        export.duplicates += messageDuplicates
        export.ticketConversations = addConversationLogLinks(
            export.ticketConversations, events: export.conversationLogEvents, messages: export.messages,
            conversations: export.conversations)
        return export
    }

    /// Every kind of record but messages, assembled into an export that lacks them.
    private static func assembleOthers(
        _ fragments: consuming [ExportFragment], paths: [String],
        webhookEvents: [WebhookEvent]
    ) -> Export {
        var fragments = fragments
        var export = Export()
        var duplicates: [DuplicateRecord] = []

        let supportUsers = deduplicate(
            &fragments, paths, \.supportUsers, into: &duplicates)
        let identities = deduplicate(&fragments, paths, \.identities, into: &duplicates)
        var identitiesByUser: [String: [SupportIdentity]] = [:]
        for identity in identities { identitiesByUser[identity.userID, default: []].append(identity) }
        // Side-loaded organizations repeat by design (every page of users brings its users' organizations
        // again), so a repeat is no stale copy: the later one is kept, and none is reported.
        var repeatedOrganizations: [DuplicateRecord] = []
        export.organizations = deduplicate(&fragments, paths, \.organizations, into: &repeatedOrganizations)
        var organizationNames: [String: String] = [:]
        for organization in export.organizations { organizationNames[organization.id] = organization.name }
        export.supportUsers = supportUsers.map { user in
            var user = user
            user.identities = identitiesByUser.removeValue(forKey: user.id) ?? []
            user.organizationName = user.organizationID.flatMap { organizationNames[$0] }
            return user
        }
        export.unattachedIdentities = identitiesByUser.values.flatMap { $0 }.sorted { IDOrder.less($0.id, $1.id) }

        export.tickets = deduplicate(&fragments, paths, \.tickets, into: &duplicates)
        export.metrics = deduplicate(
            &fragments, paths, \.metrics, into: &duplicates)
        var comments = deduplicate(&fragments, paths, \.comments, sortedByID: false, into: &duplicates)
        comments.rearrange(
            by: comments.indices.sorted { left, right in
                (comments[left].ticketID, comments[left].createdAt ?? .distantPast, comments[left].id)
                    < (comments[right].ticketID, comments[right].createdAt ?? .distantPast, comments[right].id)
            })
        export.comments = comments
        var events = deduplicate(&fragments, paths, \.logEvents, sortedByID: false, into: &duplicates)
        events.rearrange(
            by: events.indices.sorted { left, right in
                (events[left].ticketID, events[left].time ?? .distantPast, events[left].id)
                    < (events[right].ticketID, events[right].time ?? .distantPast, events[right].id)
            })
        export.conversationLogEvents = events
        export.ticketConversations = deduplicate(
            &fragments, paths, \.ticketConversations, into: &duplicates)
        export.conversations = deduplicate(
            &fragments, paths, \.conversations, into: &duplicates)
        export.participants = fragments.flatMap(\.participants).sorted {
            ($0.conversationID, $0.userID) < ($1.conversationID, $1.userID)
        }
        export.webhookEvents = webhookEvents

        export.apps = deduplicate(&fragments, paths, \.apps, into: &duplicates)
        export.messagingUsers = assembleMessagingUsers(
            &fragments, paths, webhookEvents: export.webhookEvents, into: &duplicates)
        export.conversations = addWebhookConversations(export.conversations, webhookEvents: export.webhookEvents)
        export.duplicates = duplicates
        return export
    }

    /// How many bytes of records the assembler moves between two calls that give freed memory back.
    static let freedMemoryReleaseBytes = 32 << 20

    /// Keeps one record per id (the record's `deduplicationID`): the last one in path order (then file order); records the others.
    /// Sorted by id unless `sortedByID` is false (then in the order first seen, for a caller that sorts
    /// by another key anyway). Each fragment's records are moved out of it as they are taken, so the
    /// export never holds two copies of the records.
    static func deduplicate<Record: DeduplicatedRecord>(
        _ fragments: inout [ExportFragment], _ paths: [String], _ records: WritableKeyPath<ExportFragment, [Record]>,
        sortedByID: Bool = true,
        into duplicates: inout [DuplicateRecord]
    ) -> [Record] {
        deduplicate(takeLists(&fragments, records), paths, sortedByID: sortedByID, into: &duplicates)
    }

    /// Moves every record out of `lists`, list by list and in each list's order, handing each to `take` with its
    /// list's index.
    ///
    /// The lists are freed as their records move, in the arenas of the threads that decoded them, where nothing
    /// reuses them: given back every few megabytes, they make room for what `take` builds, whose reserved pages
    /// become resident only as it fills, instead of the two standing side by side. Each record is moved, never
    /// copied: iterating a list would copy each record, retaining every string it holds, and then release them
    /// all with the list.
    static func drain<Record>(_ lists: inout [[Record]], _ take: (Int, consuming Record) -> Void) {
        var movedBytes = 0
        for listIndex in lists.indices {
            if movedBytes >= freedMemoryReleaseBytes {
                FreedMemory.release()
                movedBytes = 0
            }
            // Most files hold one kind of record: an empty list, rearranged, was copied out of the shared empty
            // array, an allocation for each of 12,000 files and each kind.
            guard !lists[listIndex].isEmpty else { continue }
            var taken: [Record] = []
            swap(&taken, &lists[listIndex])
            movedBytes += taken.count * MemoryLayout<Record>.stride
            // Popped from the end of the reversed list, each record moves out in the list's order.
            taken.rearrange(by: Array(taken.indices.reversed()))
            while let record = taken.popLast() { take(listIndex, record) }
        }
    }

    /// Each fragment's list of one kind of record, in path order, moved out of the fragments.
    private static func takeLists<Record>(
        _ fragments: inout [ExportFragment], _ records: WritableKeyPath<ExportFragment, [Record]>
    ) -> [[Record]] {
        // Each fragment's list is swapped out in place: reading it through the key path copied the whole
        // fragment, fifteen lists retained and released, for each kind of record and each file.
        var lists: [[Record]] = []
        lists.reserveCapacity(fragments.count)
        for index in fragments.indices {
            var list: [Record] = []
            swap(&list, &fragments[index][keyPath: records])
            lists.append(list)
        }
        return lists
    }

    /// `deduplicate` of per-file lists, one for each of `paths`.
    private static func deduplicate<Record: DeduplicatedRecord>(
        _ lists: consuming [[Record]], _ paths: [String], sortedByID: Bool, into duplicates: inout [DuplicateRecord]
    ) -> [Record] {
        var lists = lists
        // Room for every record at once: grown by appending, a million messages would pass through arrays of
        // half a million and a million at the same time.
        let total = lists.reduce(0) { sum, list in sum + list.count }
        var kept: [Record] = []
        kept.reserveCapacity(total)
        // The ids again, for sorting by them: only when the caller wants the records sorted by id.
        var keptIDs: [String] = []
        if sortedByID { keptIDs.reserveCapacity(total) }
        var keptFrom: [Int] = []
        keptFrom.reserveCapacity(total)
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(total)
        drain(&lists) { (fragmentIndex: Int, record: consuming Record) in
            let key = record.deduplicationID
            // One hash of the id for a new one (most of them): a lookup and then an insertion hashed it twice.
            if let index = indexByID.updateValue(kept.count, forKey: key) {
                indexByID[key] = index
                duplicates.append(
                    DuplicateRecord(
                        kind: Record.duplicateKind, id: key, keptPath: paths[fragmentIndex],
                        droppedPath: paths[keptFrom[index]]))
                // `consume`: without it the record was copied into place, a retain of every string it holds,
                // and then destroyed, a release of each.
                kept[index] = consume record
                keptFrom[index] = fragmentIndex
            } else {
                if sortedByID { keptIDs.append(key) }
                kept.append(consume record)
                keptFrom.append(fragmentIndex)
            }
        }
        guard sortedByID else { return kept }
        kept.rearrange(by: keptIDs.indices.sorted { IDOrder.less(keptIDs[$0], keptIDs[$1]) })
        return kept
    }

    private static func assembleMessagingUsers(
        _ fragments: inout [ExportFragment], _ paths: [String], webhookEvents: [WebhookEvent],
        into duplicates: inout [DuplicateRecord]
    ) -> [MessagingUser] {
        var users = Dictionary(
            uniqueKeysWithValues: deduplicate(
                &fragments, paths, \.messagingUsers, into: &duplicates
            ).map { ($0.id, $0) })
        func absorb(_ user: MessagingUser) {
            if users[user.id] == nil { users[user.id] = user } else { users[user.id]!.fillGaps(from: user) }
        }
        // Webhook payloads carry users too; REST records win and webhooks fill what they lack, newest first.
        // Of the webhooks only `user:update` states the flag, so the latest one does (docs/rules.md §3 rule 5):
        // a message's `author.user.authenticated` is a fact about that one message (§5 rule 1), and the user a
        // `conversation:create` or `user:merge` carries is that event's copy, not the user record.
        func unstated(_ user: MessagingUser) -> MessagingUser {
            var user = user
            user.statedAuthenticated = nil
            return user
        }
        for event in webhookEvents.reversed() {
            switch event.payload {
            case .message(_, let author?): absorb(unstated(author))
            case .conversationCreate(_, let user?): absorb(unstated(user))
            case .userUpdate(let user, _): absorb(user)
            case .userMerge(let surviving, let discarded, _, _, _):
                absorb(unstated(surviving))
                absorb(unstated(discarded))
            case .clientAdd(let userID, let clientType, _):
                var user = MessagingUser(id: userID)
                user.clientTypes = [clientType]
                absorb(user)
            default: break
            }
        }
        for client in fragments.flatMap(\.clients) {
            users[client.userID, default: MessagingUser(id: client.userID)].clientTypes.append(client.type)
        }
        for participant in fragments.flatMap(\.participants) where users[participant.userID] != nil {
            users[participant.userID]!.clientTypes.append(contentsOf: participant.clientTypes)
        }
        return users.keys.sorted(by: IDOrder.less).map { id in
            var user = users[id]!
            user.clientTypes = Array(Set(user.clientTypes)).sorted()
            return user
        }
    }

    private static func addWebhookConversations(_ conversations: [Conversation], webhookEvents: [WebhookEvent])
        -> [Conversation]
    {
        // Without `conversation:create` webhooks (most exports) the listed conversations stand as they are, unique
        // and sorted by id: indexing and sorting 100,000 of them again was 15% of assembling 10,000 users.
        guard webhookEvents.contains(where: { if case .conversationCreate = $0.payload { true } else { false } })
        else { return conversations }
        var conversations = conversations
        let listedCount = conversations.count
        var positionByID = Dictionary(uniqueKeysWithValues: conversations.indices.map { (conversations[$0].id, $0) })
        for event in webhookEvents {
            guard case .conversationCreate(var conversation, _) = event.payload else { continue }
            conversation.createdAt = conversation.createdAt ?? event.createdAt
            if let position = positionByID[conversation.id] {
                conversations[position].userID = conversations[position].userID ?? conversation.userID
                conversations[position].createdAt = conversations[position].createdAt ?? conversation.createdAt
            } else {
                positionByID[conversation.id] = conversations.count
                conversations.append(conversation)
            }
        }
        guard conversations.count > listedCount else { return conversations }
        return conversations.sorted { IDOrder.less($0.id, $1.id) }
    }

    /// Ties each ticket that no `ChatStartedEvent` ties to a conversation through its conversation log
    /// (docs/rules.md §7 rule 6).
    ///
    /// A log event names its ticket (the folder it is filed under), a Sunshine message id
    /// (`zen:sunco:conversation_message:<id>`) and, for end-user messages, the messaging user
    /// (`zen:sunco:user_id`), never a conversation. So the conversation is the one of the first referenced
    /// message the export holds (the message that started the ticket; a later one sits in another
    /// conversation only when a merge joined them, which the alias maps resolve); failing that, when the
    /// export lists exactly one conversation for the log's first end-user author, that one. Sorted as the
    /// `ChatStartedEvent` links are, so they stay in one order.
    private static func addConversationLogLinks(
        _ links: [TicketConversationLink], events: [ConversationLogEvent], messages: [Message],
        conversations: [Conversation]
    ) -> [TicketConversationLink] {
        let linked = Set(links.map(\.ticketID))
        var named: Set<String> = []
        for event in events where !linked.contains(event.ticketID) {
            if let messageID = event.messagingMessageID { named.insert(messageID) }
        }
        let positionByMessage = messages.firstPositions(of: named)
        var conversationsByUser: [String: Set<String>] = [:]
        for conversation in conversations {
            if let user = conversation.userID { conversationsByUser[user, default: []].insert(conversation.id) }
        }
        var byMessage: [String: String] = [:]
        var byAuthor: [String: String] = [:]
        // Events are sorted by ticket, then time, then id: the first hit per ticket is its earliest reference.
        for event in events where !linked.contains(event.ticketID) && byMessage[event.ticketID] == nil {
            if let messageID = event.messagingMessageID, let position = positionByMessage[messageID] {
                byMessage[event.ticketID] = messages[position].conversationID
            } else if byAuthor[event.ticketID] == nil, ["user", "end-user"].contains(event.authorType),
                let author = event.authorMessagingUserID, let only = conversationsByUser[author], only.count == 1
            {
                byAuthor[event.ticketID] = only.first!
            }
        }
        byAuthor.merge(byMessage) { _, fromMessage in fromMessage }
        guard !byAuthor.isEmpty else { return links }
        let added = byAuthor.map { ticketID, conversationID in
            TicketConversationLink(ticketID: ticketID, conversationID: conversationID, source: .conversationLog)
        }
        return (links + added).sorted {
            IDOrder.less("\($0.ticketID)/\($0.conversationID)", "\($1.ticketID)/\($1.conversationID)")
        }
    }
}

/// A value handed to the one thread that uses it, which then owns it alone: records can move out of it
/// without being copied, which a value captured by two closures would not allow.
private final class Handoff<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    /// The value; called once, by one thread.
    func take() -> Value { value.take()! }
}

extension Timestamp {
    /// A moment before every real date, for sorting records that lack one.
    public static let distantPast = Timestamp(millisecondsSinceEpoch: .min)
    /// A moment after every real date, for open-ended intervals.
    public static let distantFuture = Timestamp(millisecondsSinceEpoch: .max)
}
