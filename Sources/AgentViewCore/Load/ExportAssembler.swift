/// Merges per-file fragments, in sorted path order, into one deduplicated `Export`.
enum ExportAssembler {
    static func assemble(_ fragments: [ExportFragment], paths: [String]) -> Export {
        var export = Export()
        var duplicates: [DuplicateRecord] = []

        let supportUsers = deduplicate(fragments, paths, kind: "support user", \.supportUsers, id: \.id, into: &duplicates)
        let identities = deduplicate(fragments, paths, kind: "identity", \.identities, id: \.id, into: &duplicates)
        var identitiesByUser: [String: [SupportIdentity]] = [:]
        for identity in identities { identitiesByUser[identity.userID, default: []].append(identity) }
        export.supportUsers = supportUsers.map { user in
            var user = user
            user.identities = identitiesByUser.removeValue(forKey: user.id) ?? []
            return user
        }
        export.unattachedIdentities = identitiesByUser.values.flatMap { $0 }.sorted { IDOrder.less($0.id, $1.id) }

        export.tickets = deduplicate(fragments, paths, kind: "ticket", \.tickets, id: \.id, into: &duplicates)
        export.metrics = deduplicate(fragments, paths, kind: "ticket metric", \.metrics, id: \.ticketID, into: &duplicates)
        export.comments = deduplicate(fragments, paths, kind: "comment", \.comments, id: \.id, sortedByID: false, into: &duplicates)
            .sorted { ($0.ticketID, $0.createdAt ?? .distantPast, $0.id) < ($1.ticketID, $1.createdAt ?? .distantPast, $1.id) }
        export.conversationLogEvents = deduplicate(fragments, paths, kind: "conversation-log event", \.logEvents, id: { "\($0.ticketID)/\($0.id)" }, sortedByID: false, into: &duplicates)
            .sorted { ($0.ticketID, $0.time ?? .distantPast, $0.id) < ($1.ticketID, $1.time ?? .distantPast, $1.id) }
        export.ticketConversations = deduplicate(fragments, paths, kind: "ticket conversation", \.ticketConversations, id: { "\($0.ticketID)/\($0.conversationID)" }, into: &duplicates)
        export.conversations = deduplicate(fragments, paths, kind: "conversation", \.conversations, id: \.id, into: &duplicates)
        export.participants = fragments.flatMap(\.participants).sorted { ($0.conversationID, $0.userID) < ($1.conversationID, $1.userID) }
        export.webhookEvents = fragments.flatMap(\.webhookEvents)
            .sorted { ($0.createdAt ?? .distantPast, $0.id) < ($1.createdAt ?? .distantPast, $1.id) }

        export.messagingUsers = assembleMessagingUsers(fragments, paths, webhookEvents: export.webhookEvents, into: &duplicates)
        export.conversations = addWebhookConversations(export.conversations, webhookEvents: export.webhookEvents)
        export.messages = assembleMessages(fragments, paths, webhookEvents: export.webhookEvents, into: &duplicates)
        export.duplicates = duplicates
        return export
    }

    /// Keeps one record per id: the last one in path order (then file order); records the others.
    /// Sorted by id unless `sortedByID` is false (when the caller sorts by another key anyway).
    static func deduplicate<Record>(
        _ fragments: [ExportFragment], _ paths: [String], kind: String, _ records: KeyPath<ExportFragment, [Record]>,
        id: (Record) -> String, sortedByID: Bool = true, into duplicates: inout [DuplicateRecord]
    ) -> [Record] {
        var byID: [String: (record: Record, path: String)] = [:]
        for (fragment, path) in zip(fragments, paths) {
            for record in fragment[keyPath: records] {
                let key = id(record)
                if let previous = byID[key] {
                    duplicates.append(DuplicateRecord(kind: kind, id: key, keptPath: path, droppedPath: previous.path))
                }
                byID[key] = (record, path)
            }
        }
        guard sortedByID else { return byID.values.map(\.record) }
        return byID.keys.sorted(by: IDOrder.less).map { byID[$0]!.record }
    }

    private static func assembleMessagingUsers(
        _ fragments: [ExportFragment], _ paths: [String], webhookEvents: [WebhookEvent], into duplicates: inout [DuplicateRecord]
    ) -> [MessagingUser] {
        var users = Dictionary(
            uniqueKeysWithValues: deduplicate(fragments, paths, kind: "messaging user", \.messagingUsers, id: \.id, into: &duplicates).map { ($0.id, $0) })
        func absorb(_ user: MessagingUser) {
            if users[user.id] == nil { users[user.id] = user } else { users[user.id]!.fillGaps(from: user) }
        }
        // Webhook payloads carry users too; REST records win and webhooks fill what they lack, newest first.
        for event in webhookEvents.reversed() {
            switch event.payload {
            case .message(_, let author?): absorb(author)
            case .conversationCreate(_, let user?): absorb(user)
            case .userUpdate(let user, _): absorb(user)
            case .userMerge(let surviving, let discarded, _, _, _):
                absorb(surviving)
                absorb(discarded)
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

    private static func addWebhookConversations(_ conversations: [Conversation], webhookEvents: [WebhookEvent]) -> [Conversation] {
        var byID = Dictionary(uniqueKeysWithValues: conversations.map { ($0.id, $0) })
        for event in webhookEvents {
            guard case .conversationCreate(var conversation, _) = event.payload else { continue }
            conversation.createdAt = conversation.createdAt ?? event.createdAt
            if let existing = byID[conversation.id] {
                byID[conversation.id]!.userID = existing.userID ?? conversation.userID
                byID[conversation.id]!.createdAt = existing.createdAt ?? conversation.createdAt
            } else {
                byID[conversation.id] = conversation
            }
        }
        return byID.keys.sorted(by: IDOrder.less).map { byID[$0]! }
    }

    private static func assembleMessages(
        _ fragments: [ExportFragment], _ paths: [String], webhookEvents: [WebhookEvent], into duplicates: inout [DuplicateRecord]
    ) -> [Message] {
        var byID = Dictionary(
            uniqueKeysWithValues: deduplicate(fragments, paths, kind: "message", \.messages, id: \.id, sortedByID: false, into: &duplicates).map { ($0.id, $0) })
        // A webhook copy of a listed message brings the at-send-time flag the REST list lacks (§5 rule 1).
        for event in webhookEvents {
            guard case .message(let message, _) = event.payload else { continue }
            if byID[message.id] == nil {
                byID[message.id] = message
            } else if byID[message.id]!.authorAuthenticatedAtSend == nil {
                byID[message.id]!.authorAuthenticatedAtSend = message.authorAuthenticatedAtSend
            }
        }
        return byID.values.sorted { ($0.received, $0.id) < ($1.received, $1.id) }
    }
}

extension Timestamp {
    /// A moment before every real date, for sorting records that lack one.
    public static let distantPast = Timestamp(millisecondsSinceEpoch: .min)
    /// A moment after every real date, for open-ended intervals.
    public static let distantFuture = Timestamp(millisecondsSinceEpoch: .max)
}
