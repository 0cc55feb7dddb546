/// Builds each ticket's transcript (docs/rules.md §10).
///
/// "A ticket's transcript: the conversation log when present; else the linked conversation's messages
/// within the ticket's life; else its public comments." A ticket's life on a conversation runs from the
/// end of the previous ticket on that conversation (its solve or close, else the new ticket's creation)
/// to the start of the next one, which is how Zendesk threads messages (§7).
struct TranscriptBuilder {
    private let logEventsByTicket: [String: [ConversationLogEvent]]
    private let commentsByTicket: [String: [TicketComment]]
    /// The export's messages, sorted by received time; the indexes below point into it, so no message is copied.
    private let messages: [Message]
    /// The same messages, for the view's lines to reference (`TranscriptLine`).
    private let sharedMessages: TranscriptLine.Messages
    private let messageIndexByID: [String: Int]
    private var windowedMessages: [String: ArraySlice<Int>] = [:]
    /// The conversation each ticket is tied to, after single-conversation aliasing.
    let conversationByTicket: [String: String]
    private let staffIDs: Set<String>
    /// Agents and admins linked to a messaging user (§2 rule 6): on their own tickets they write as end users.
    private let staffAsEndUsers: Set<String>

    /// `ticketPositions` holds the position of each ticket id in `export.tickets`, the first when repeated.
    init(
        export: Export, ticketPositions: [String: Int], conversationAliases: [String: String],
        staffAsEndUsers: Set<String> = []
    ) {
        self.staffAsEndUsers = staffAsEndUsers
        logEventsByTicket = Dictionary(grouping: export.conversationLogEvents, by: \.ticketID)
        commentsByTicket = Dictionary(grouping: export.comments, by: \.ticketID)
        messages = export.messages
        sharedMessages = TranscriptLine.Messages(export.messages)
        messageIndexByID = export.messages.firstPositions(
            of: Set(export.conversationLogEvents.compactMap(\.messagingMessageID)))
        staffIDs = Set(export.supportUsers.filter(\.isStaff).map(\.id))
        var conversationByTicket: [String: String] = [:]
        for link in export.ticketConversations where conversationByTicket[link.ticketID] == nil {
            conversationByTicket[link.ticketID] = conversationAliases[link.conversationID] ?? link.conversationID
        }
        self.conversationByTicket = conversationByTicket
        // Grouping keeps the export's order, which is by received time: each ticket's window is a binary search.
        // The table is sized for every conversation at once: grown as it filled, it was rehashed a dozen times
        // for a million messages.
        let messages = export.messages
        var messagesByConversation: [String: [Int]] = [:]
        messagesByConversation.reserveCapacity(export.conversations.count)
        for index in messages.indices {
            let id = messages[index].conversationID
            messagesByConversation[conversationAliases[id] ?? id, default: []].append(index)
        }
        // Tickets are found by position, not in a table of copies, which retained every string of 100,000
        // tickets. Only the tickets tied to a conversation are copied, to be grouped and ordered.
        let ticketsByConversation = Dictionary(
            grouping: conversationByTicket.keys.compactMap { ticketPositions[$0].map { export.tickets[$0] } }
        ) { conversationByTicket[$0.id]! }
        for (conversationID, tickets) in ticketsByConversation {
            let ordered = tickets.sorted {
                ($0.createdAt ?? .distantPast, $0.id) < ($1.createdAt ?? .distantPast, $1.id)
            }
            let conversation = messagesByConversation[conversationID] ?? []
            func firstIndex(receivedAtOrAfter time: Timestamp) -> Int {
                Self.firstIndex(in: conversation, receivedAtOrAfter: time) { messages[$0].received }
            }
            for (index, ticket) in ordered.enumerated() {
                let start = index == 0 ? Timestamp.distantPast : Self.boundary(ordered[index - 1], ordered[index])
                let end =
                    index == ordered.count - 1
                    ? Timestamp.distantFuture : Self.boundary(ordered[index], ordered[index + 1])
                windowedMessages[ticket.id] =
                    conversation[firstIndex(receivedAtOrAfter: start)..<firstIndex(receivedAtOrAfter: end)]
            }
        }
    }

    /// The position of the first message received at or after `time`, among messages sorted by received time.
    private static func firstIndex(in messages: [Int], receivedAtOrAfter time: Timestamp, received: (Int) -> Timestamp)
        -> Int
    {
        var low = 0
        var high = messages.count
        while low < high {
            let middle = (low + high) / 2
            if received(messages[middle]) < time { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where one ticket's share of a conversation ends and the next one's begins.
    private static func boundary(_ earlier: Ticket, _ later: Ticket) -> Timestamp {
        let next = later.createdAt ?? .distantFuture
        if ["solved", "closed"].contains(earlier.status), let closed = earlier.updatedAt { return min(closed, next) }
        return next
    }

    /// The transcript of one ticket and where it came from: its entries, and the lines the view keeps for them
    /// (references to the export's messages for a messaging transcript, so the view copies none).
    func transcript(for ticket: Ticket)
        -> (source: TranscriptEntry.Source, entries: [TranscriptEntry], lines: [TranscriptLine])
    {
        if let events = logEventsByTicket[ticket.id], !events.isEmpty {
            return Self.ownLines(.conversationLog, events.map(entry(from:)))
        }
        if let window = windowedMessages[ticket.id], !window.isEmpty {
            // Read in place: `messages[$0]` copied each message, a retain of every string it holds, to make its entry.
            let entries = messages.withUnsafeBufferPointer { messages in window.map { Self.entry(from: messages[$0]) } }
            return (.messages, entries, window.map { TranscriptLine(sharedMessages, $0) })
        }
        let comments = (commentsByTicket[ticket.id] ?? []).filter(\.isPublic)
        if !comments.isEmpty {
            return Self.ownLines(.comments, comments.map { entry(from: $0, requesterID: ticket.requesterID) })
        }
        return (.none, [], [])
    }

    /// A transcript whose lines are entries of its own.
    private static func ownLines(_ source: TranscriptEntry.Source, _ entries: [TranscriptEntry])
        -> (source: TranscriptEntry.Source, entries: [TranscriptEntry], lines: [TranscriptLine])
    {
        let list = TranscriptLine.Entries(entries)
        return (source, entries, entries.indices.map { TranscriptLine(list, $0) })
    }

    private func entry(from event: ConversationLogEvent) -> TranscriptEntry {
        let role: TranscriptEntry.Role
        switch event.authorType {
        case "user", "end-user": role = .endUser
        case "agent": role = .agent
        case "bot": role = .bot
        default: role = .system
        }
        let message = event.messagingMessageID.flatMap { messageIndexByID[$0] }.map { messages[$0] }
        return TranscriptEntry(
            id: event.messagingMessageID ?? event.id, time: event.time, role: role,
            authorMessagingUserID: event.authorMessagingUserID ?? message?.authorUserID,
            authorSupportUserID: event.authorSupportUserID == "-1" ? nil : event.authorSupportUserID,
            authorName: event.authorDisplayName, content: event.content, conversationID: message?.conversationID,
            isPublic: event.isPublic, authenticatedAtSend: message?.authorAuthenticatedAtSend,
            isMessagingMessage: event.messagingMessageID != nil || event.type.hasPrefix("Messaging::"))
    }

    /// One messaging message as a transcript line.
    static func entry(from message: Message) -> TranscriptEntry {
        TranscriptEntry(
            id: message.id, time: message.received, role: Self.role(of: message),
            authorMessagingUserID: message.authorUserID,
            authorName: message.authorDisplayName, content: message.content, conversationID: message.conversationID,
            authenticatedAtSend: message.authorAuthenticatedAtSend)
    }

    private func entry(from comment: TicketComment, requesterID: String?) -> TranscriptEntry {
        let role: TranscriptEntry.Role
        if let author = comment.authorID {
            let writesAsEndUser = author == requesterID && staffAsEndUsers.contains(author)
            role = staffIDs.contains(author) && !writesAsEndUser ? .agent : .endUser
        } else {
            role = .system
        }
        return TranscriptEntry(
            id: comment.id, time: comment.createdAt, role: role, authorSupportUserID: comment.authorID,
            content: MessageContent(type: "text", text: comment.body), htmlBody: comment.htmlBody,
            isPublic: comment.isPublic,
            isMessagingMessage: Self.isMessagingComment(comment))
    }

    /// Whether a comment is the Support copy of a messaging message: public, with a `via.channel` of its own
    /// that is a messaging or chat channel, as Zendesk writes each message of a messaging ticket. Such a
    /// comment is decided by §5 rules 1–4 like the message; a web form, email or API comment, one with no
    /// channel, and the private "Conversation with …" note never carry the mark.
    static func isMessagingComment(_ comment: TicketComment) -> Bool {
        guard comment.isPublic, let channel = comment.channel else { return false }
        return ViaChannel.kind(of: channel) == .messaging
    }

    /// Tells agents, bots and system activity apart among business messages.
    static func role(of message: Message) -> TranscriptEntry.Role {
        if message.isFromEndUser { return .endUser }
        if message.activityType != nil || message.authorSubtypes.contains("activity") { return .system }
        if message.authorSubtypes.contains("agent") || message.sourceType == "zd:agentWorkspace" { return .agent }
        return .bot
    }
}
