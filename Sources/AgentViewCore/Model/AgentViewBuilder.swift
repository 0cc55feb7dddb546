/// Builds the `AgentView` of an export: links users, decides authentication, transcripts and marks.
///
/// Every step indexes by id once and then works by position, so the cost grows as O(n log n) in users,
/// tickets and messages, and no user or ticket record is copied per message.
struct AgentViewBuilder {
    /// The parts of a view, before its lookups are built.
    struct Built {
        var users: [UserView]
        var tickets: [TicketView]
        var diagnostics: [Diagnostic]
        var staff: [String: SupportUser]
        var messagingOwners: MessagingOwners
    }

    /// An end user while the view is being built: linked and authenticated, marks still to come.
    struct UserDraft {
        var key: UserKey
        var supportUser: SupportUser?
        var messagingUsers: [UserView.LinkedMessagingUser] = []
        var isAuthenticated = false
        var authenticationMethod: Authentication.Method?
    }

    /// A ticket while the view is being built: its transcript decided, its mark still to come. Drafts are in
    /// the order of `export.tickets`, which holds each one's ticket: a copy in each draft was 20 MB of the
    /// build's peak at 10,000 users.
    private struct TicketDraft {
        var requester: UserKey?
        var mark: ActiveTicketCap.Mark?
        var conversationID: String?
        var transcriptSource: TranscriptEntry.Source
        var messages: [TicketView.MessageView]

        /// Unmarks every end-user message, recording the ticket's reason as the rule (§5 rule 6).
        mutating func withholdMessageMarks(_ reason: TicketMarkReason) {
            for index in messages.indices {
                messages[index].decision = MessageCheckMark.withheld(
                    messages[index].decision, role: messages[index].line.role, by: reason)
            }
        }
    }

    /// The export; its tickets move into the views as they are made (`build()`).
    private(set) var export: Export
    let settings: Settings
    /// The messaging mode used (docs/rules.md §7 rule 3); the cap applies in multi-conversation mode only.
    let messaging: MessagingModeChoice
    private let merges: MergeHistory

    init(export: Export, settings: Settings, messaging: MessagingModeChoice) {
        self.export = export
        self.settings = settings
        self.messaging = messaging
        merges = MergeHistory(events: export.webhookEvents)
    }

    consuming func build() -> Built {
        let staff = Dictionary(
            export.supportUsers.filter(\.isStaff).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let (linked, messagingOwners, mergedSupportUsers) = linkUsers()
        let users = linked.values.sorted { $0.key < $1.key }
        let positions = Dictionary(users.indices.map { (users[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
        let authors = AuthorResolver(
            users: users, positions: positions, owners: messagingOwners, mergedSupportUsers: mergedSupportUsers,
            merges: merges, loginTimes: merges.loginTimesByConversation())

        // Made once, for the transcripts and for the marks.
        let ticketPositions = Dictionary(
            export.tickets.indices.map { (export.tickets[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        // The drafts are assigned to a variable of their own, so that setting the marks below changes them in
        // place: read out of a tuple that outlived them, they were copied whole.
        let hidden: [UserKey: [UserView.HiddenConversation]]
        var tickets: [TicketDraft]
        let candidatesByUser: [Int: [ActiveTicketCap.Candidate]]
        (hidden, tickets, candidatesByUser) = draftTickets(
            users: users, positions: positions, ticketPositions: ticketPositions, owners: messagingOwners,
            authors: authors)
        // The transcripts' tables and entries were freed in the arenas of the threads that drafted the tickets;
        // given back, they make room for the diagnostics' indexes instead of standing beside them.
        FreedMemory.release()
        var marksByUser: [Int: [ActiveTicketCap.Mark]] = [:]
        for (position, candidates) in candidatesByUser {
            let marks = ActiveTicketCap.marks(
                for: candidates, userIsAuthenticated: users[position].isAuthenticated, cap: settings.activeTicketCap,
                capApplies: messaging.capApplies)
            for mark in marks {
                guard let ticketPosition = ticketPositions[mark.ticketID] else { continue }
                tickets[ticketPosition].mark = mark
                // A ticket without the mark shows none on its messages either (§5 rule 6).
                if mark.reason.withholdsMessageMarks { tickets[ticketPosition].withholdMessageMarks(mark.reason) }
            }
            marksByUser[position] = marks
        }
        // A ticket whose requester the export does not hold has no mark, so none of its messages shows one
        // (§5 rule 6), whoever wrote them.
        for position in tickets.indices where tickets[position].mark == nil {
            tickets[position].withholdMessageMarks(.notAuthenticated)
        }
        let userViews = users.indices.map { position in
            let draft = users[position]
            return UserView(
                key: draft.key, supportUser: draft.supportUser, messagingUsers: draft.messagingUsers,
                isAuthenticated: draft.isAuthenticated, authenticationMethod: draft.authenticationMethod,
                tickets: marksByUser[position] ?? [], hiddenConversations: hidden[draft.key] ?? [],
                ticketsMovedTo: draft.key.kind == .support
                    ? mergedSupportUsers.fold(ofSupportUser: draft.key.id)?.survivor : nil
            ) { ticketPositions[$0].map { export.tickets[$0] } }
        }
        // Each ticket moves out of the export into its view, last first: copied, the export's list of them (17 MB
        // at 10,000 users) stood beside the views through the diagnostics, where a render's memory peaks. No
        // diagnostic rule reads the export's tickets; they read the views.
        var ticketViews: [TicketView] = []
        ticketViews.reserveCapacity(tickets.count)
        do {
            var records: [Ticket] = []
            swap(&records, &export.tickets)
            while let ticket = records.popLast() {
                let draft = tickets[records.count]
                ticketViews.append(
                    TicketView(
                        ticket: ticket, requester: draft.requester, mark: draft.mark,
                        conversationID: draft.conversationID,
                        transcriptSource: draft.transcriptSource, messages: draft.messages))
            }
        }
        ticketViews.reverse()
        // Diagnostics look at the finished view, so every rule sees the same users, tickets and marks (§9).
        let context = DiagnosticContext(
            export: export, settings: settings, messaging: messaging, merges: merges, owners: messagingOwners,
            users: userViews,
            tickets: ticketViews)
        let diagnostics = DiagnosticRegistry.diagnose(context)
        FreedMemory.release()
        return Built(
            users: userViews, tickets: ticketViews, diagnostics: diagnostics, staff: staff,
            messagingOwners: messagingOwners)
    }

    /// A hidden user's conversations, each ticket's draft in the order of `export.tickets`, and each requester's
    /// candidates for the cap. The conversations need no ticket, so they are gathered while the transcripts'
    /// tables are made; then the tickets are drafted in chunks on every core. The tables are freed on return,
    /// before the diagnostics build indexes of their own.
    private func draftTickets(
        users: [UserDraft], positions: [UserKey: Int], ticketPositions: [String: Int], owners: MessagingOwners,
        authors: AuthorResolver
    ) -> (
        hidden: [UserKey: [UserView.HiddenConversation]], tickets: [TicketDraft],
        candidatesByUser: [Int: [ActiveTicketCap.Candidate]]
    ) {
        let (hidden, tables) = Concurrently.both(
            { hiddenConversations(of: users, owners: owners) },
            { transcriptTables(users: users, ticketPositions: ticketPositions) })
        let chunkCount = (export.tickets.count + Self.ticketsPerChunk - 1) / Self.ticketsPerChunk
        var chunks = Concurrently.map(chunkCount) { chunk in
            let start = chunk * Self.ticketsPerChunk
            return ticketDrafts(
                start..<min(export.tickets.count, start + Self.ticketsPerChunk), users: users, positions: positions,
                tables: tables, authors: authors)
        }
        var tickets: [TicketDraft] = []
        tickets.reserveCapacity(export.tickets.count)
        // Chunks are joined in ticket order, so each user's candidates stay in the order of `export.tickets`.
        // Each is moved out and freed as it is joined: a chunk still holding its drafts would share their
        // message lists, and setting the marks would copy every list it changes.
        var candidatesByUser: [Int: [ActiveTicketCap.Candidate]] = [:]
        for index in chunks.indices {
            var chunk = TicketDraftChunk()
            swap(&chunk, &chunks[index])
            tickets.append(contentsOf: chunk.tickets)
            for (position, candidates) in chunk.candidatesByUser {
                candidatesByUser[position, default: []].append(contentsOf: candidates)
            }
        }
        return (hidden, tickets, candidatesByUser)
    }

    /// Tickets drafted per chunk: enough to make a chunk's start-up cheap, few enough that every core stays busy
    /// to the end. Drafting 100,000 tickets, their transcripts' tables aside, takes a core about a second.
    private static let ticketsPerChunk = 2048

    /// What every chunk of tickets reads: the transcripts, and each ticket's metrics by id.
    private struct TranscriptTables: Sendable {
        let transcripts: TranscriptBuilder
        let metrics: [String: TicketMetric]
    }

    /// The drafts of one chunk of `export.tickets`, and each requester's candidates among them.
    private struct TicketDraftChunk: Sendable {
        var tickets: [TicketDraft] = []
        var candidatesByUser: [Int: [ActiveTicketCap.Candidate]] = [:]
    }

    private func transcriptTables(users: [UserDraft], ticketPositions: [String: Int]) -> TranscriptTables {
        let transcripts = TranscriptBuilder(
            export: export, ticketPositions: ticketPositions,
            conversationAliases: merges.conversationAliases(mode: messaging.mode),
            staffAsEndUsers: Set(users.compactMap { $0.supportUser?.isStaff == true ? $0.supportUser?.id : nil }))
        let metrics = Dictionary(export.metrics.map { ($0.ticketID, $0) }, uniquingKeysWith: { _, last in last })
        return TranscriptTables(transcripts: transcripts, metrics: metrics)
    }

    /// The transcript and message marks (§5) of the tickets at `range` in `export.tickets`, and each requester's
    /// candidates for the active-ticket cap (§6), by the requester's position in `users`.
    private func ticketDrafts(
        _ range: Range<Int>, users: [UserDraft], positions: [UserKey: Int], tables: TranscriptTables,
        authors: AuthorResolver
    ) -> TicketDraftChunk {
        let transcripts = tables.transcripts
        let metrics = tables.metrics
        var chunk = TicketDraftChunk()
        chunk.tickets.reserveCapacity(range.count)

        for ticket in export.tickets[range] {
            let requester = ticket.requesterID.map(authors.mergedSupportUsers.owner(ofSupportUser:))
            let requesterPosition = requester.flatMap { positions[$0] }
            let (source, entries, lines) = transcripts.transcript(for: ticket)
            let channel = ViaChannel.kind(of: ticket.channel)
            var messages: [TicketView.MessageView] = []
            messages.reserveCapacity(entries.count)
            var lastActivity = [
                metrics[ticket.id]?.requesterUpdatedAt, metrics[ticket.id]?.assigneeUpdatedAt,
                metrics[ticket.id]?.latestCommentAddedAt,
            ].compactMap { $0 }.max()
            var endUserMessageCount = 0
            var markedEndUserMessage = false
            for (entry, line) in zip(entries, lines) {
                let (author, key) = authors.author(of: entry, requester: requesterPosition)
                let decision = MessageCheckMark.decide(
                    role: entry.role, time: entry.time, authenticatedAtSend: entry.authenticatedAtSend, author: author,
                    channel: channel, isMessagingMessage: entry.isMessagingMessage)
                // Activity involving the end user is a public end-user or agent message: internal notes,
                // bot and system messages do not count (§6 rule 1).
                if entry.role == .endUser || entry.role == .agent, entry.isPublic, let time = entry.time {
                    lastActivity = max(lastActivity ?? time, time)
                }
                // Whether the requester was authenticated on an inactive ticket is read from the requester's
                // own messages: another end user's, marked or not, says nothing about them (§6 rule 7).
                if entry.role == .endUser && entry.isMessagingMessage, case .endUser(let authorKey) = key,
                    authorKey == requester
                {
                    endUserMessageCount += 1
                    markedEndUserMessage = markedEndUserMessage || decision.checkMark
                }
                messages.append(TicketView.MessageView(line: line, author: key, decision: decision))
            }
            chunk.tickets.append(
                TicketDraft(
                    requester: requester, mark: nil,
                    conversationID: transcripts.conversationByTicket[ticket.id], transcriptSource: source,
                    messages: messages))

            guard let position = requesterPosition else { continue }
            let authenticatedOnTicket: Bool
            if endUserMessageCount == 0 {
                var moment = users[position].messagingUsers.compactMap(\.authenticatedAt).min()
                // A ticket a login merge moved (§7 rule 2) was an anonymous user's until the login: authenticated
                // on it only if it changed after the merge, never when the merge's time is unknown.
                if let fold = ticket.requesterID.flatMap(authors.mergedSupportUsers.fold(ofSupportUser:)) {
                    moment = max(moment ?? .distantPast, fold.loginAt ?? .distantFuture)
                }
                authenticatedOnTicket =
                    users[position].isAuthenticated
                    && (moment == nil || moment! <= (ticket.updatedAt ?? ticket.createdAt ?? .distantFuture))
            } else {
                authenticatedOnTicket = markedEndUserMessage
            }
            chunk.candidatesByUser[position, default: []].append(
                ActiveTicketCap.Candidate(
                    id: ticket.id, status: ticket.status, lastActivity: lastActivity,
                    lastChange: [ticket.createdAt, ticket.updatedAt].compactMap { $0 }.max(), channel: channel,
                    authenticatedOnTicket: authenticatedOnTicket))
        }
        return chunk
    }

    /// The conversations of each messaging user agents never see (§2 rule 7), so its page still shows
    /// them: those listed under it or under an id merged into it, those it takes part in, and those it
    /// wrote in. One pass over conversations, participants and messages.
    private func hiddenConversations(of users: [UserDraft], owners: MessagingOwners)
        -> [UserKey: [UserView.HiddenConversation]]
    {
        let hiddenKeys = Set(users.lazy.filter { $0.key.kind == .messaging }.map(\.key))
        guard !hiddenKeys.isEmpty else { return [:] }
        func hiddenOwner(_ userID: String?) -> UserKey? {
            guard let userID, let owner = owners.owner(of: userID), hiddenKeys.contains(owner) else { return nil }
            return owner
        }
        var ownerOfConversation: [String: UserKey] = [:]
        func claim(_ conversationID: String, _ owner: UserKey?) {
            guard let owner, ownerOfConversation[conversationID] == nil else { return }
            ownerOfConversation[conversationID] = owner
        }
        for conversation in export.conversations { claim(conversation.id, hiddenOwner(conversation.userID)) }
        for participant in export.participants { claim(participant.conversationID, hiddenOwner(participant.userID)) }
        // By index: a loop over the messages themselves copies each one, retaining every string it holds.
        let messages = export.messages
        for index in messages.indices where messages[index].isFromEndUser {
            claim(messages[index].conversationID, hiddenOwner(messages[index].authorUserID))
        }
        guard !ownerOfConversation.isEmpty else { return [:] }
        let sharedMessages = TranscriptLine.Messages(messages)
        // Messages are sorted by received time, so each conversation's lines come out in order.
        var lines: [String: [UserView.HiddenMessage]] = [:]
        for index in messages.indices {
            guard let owner = ownerOfConversation[messages[index].conversationID] else { continue }
            let author: MessageAuthor
            switch TranscriptBuilder.role(of: messages[index]) {
            case .endUser:
                let id = messages[index].authorUserID.map(merges.resolve)
                author =
                    id.map { owners.owner(of: $0) ?? UserKey(.messaging, $0) }.map(MessageAuthor.endUser)
                    ?? .endUser(owner)
            case .agent: author = .agent(nil)
            case .bot: author = .bot
            case .system: author = .system
            }
            lines[messages[index].conversationID, default: []].append(
                UserView.HiddenMessage(line: TranscriptLine(sharedMessages, index), author: author))
        }
        var byUser: [UserKey: [UserView.HiddenConversation]] = [:]
        for id in ownerOfConversation.keys.sorted(by: IDOrder.less) {
            byUser[ownerOfConversation[id]!, default: []].append(
                UserView.HiddenConversation(id: id, messages: lines[id] ?? []))
        }
        return byUser
    }

    /// The end users' keys, which end user holds each messaging user id and the Support users a login merge
    /// folded, linked as `build()` links them: what a shard's plan decides ownership with (`ShardPlan`), without
    /// building transcripts or diagnostics.
    func linkedUsers() -> (keys: Set<UserKey>, owners: MessagingOwners, mergedSupportUsers: MergedSupportUsers) {
        let (users, owners, mergedSupportUsers) = linkUsers()
        return (Set(users.keys), owners, mergedSupportUsers)
    }

    /// Links messaging users to Support users (§2), decides their authentication (§3), and finds which end user
    /// holds each messaging user id and the Support users a login merge folded into another end user (§7 rule 2).
    private func linkUsers() -> (views: [UserKey: UserDraft], owners: MessagingOwners, merged: MergedSupportUsers) {
        let linker = UserLinker(
            supportUsers: export.supportUsers, logEvents: export.conversationLogEvents, merges: merges)
        var discardedBySurvivor: [String: [String]] = [:]
        for (discarded, surviving) in merges.userAliases {
            discardedBySurvivor[surviving, default: []].append(discarded)
        }
        var views: [UserKey: UserDraft] = [:]
        let supportUsers = Dictionary(export.supportUsers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for user in export.supportUsers where !user.isStaff {
            let key = UserKey(.support, user.id)
            views[key] = UserDraft(key: key, supportUser: user)
        }
        for user in export.messagingUsers where merges.userAliases[user.id] == nil {
            let authentication = AuthenticationRule.evaluate(user)
            let link = linker.link(user)
            let linked = UserView.LinkedMessagingUser(
                user: user, link: link?.rule, authentication: authentication,
                authenticatedAt: merges.authenticationTimes[user.id],
                discardedIDs: (discardedBySurvivor[user.id] ?? []).sorted(by: IDOrder.less))
            let key = link.map { UserKey(.support, $0.supportUserID) } ?? UserKey(.messaging, user.id)
            if views[key] == nil {
                // Only a link to an agent or admin gets here with a Support key: the link is kept and the
                // staff user shown (§2 rule 6), so a key always names a user the export holds (§2 rule 8).
                views[key] = UserDraft(key: key, supportUser: key.kind == .support ? supportUsers[key.id] : nil)
            }
            views[key]!.messagingUsers.append(linked)
        }
        for key in views.keys {
            views[key]!.messagingUsers.sort {
                ($0.link ?? .conversationLog, $0.user.id) < ($1.link ?? .conversationLog, $1.user.id)
            }
            let authenticated = views[key]!.messagingUsers.filter(\.authentication.isAuthenticated)
            views[key]!.isAuthenticated = !authenticated.isEmpty
            views[key]!.authenticationMethod =
                authenticated.contains { $0.authentication.method == .jwt }
                ? .jwt : authenticated.compactMap(\.authentication.method).first
        }
        var holders: [String: UserKey] = [:]
        for view in views.values {
            for linked in view.messagingUsers { holders[linked.user.id] = view.key }
        }
        return (
            views, MessagingOwners(owners: holders, aliases: merges.userAliases),
            foldedSupportUsers(views: views, holders: holders, linker: linker)
        )
    }

    /// The Support counterpart of each anonymous messaging user a login merge discarded (§7 rule 2), when the
    /// export still lists it as an end user of its own, mapped to the end user holding the surviving id.
    ///
    /// It is folded only when no messaging user the view keeps links to it (so a Support user that is someone's
    /// own is never moved; a staff user has a view only through such a link), and only into another Support end
    /// user: a survivor no Support user holds is never seen by agents, and a requester always is (§2 rule 7).
    ///
    /// `holders`: the end user holding each messaging user id the view keeps.
    private func foldedSupportUsers(views: [UserKey: UserDraft], holders: [String: UserKey], linker: UserLinker)
        -> MergedSupportUsers
    {
        guard !merges.userAliases.isEmpty else { return MergedSupportUsers(folds: [:]) }
        let records = Dictionary(export.messagingUsers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var folds: [String: MergedSupportUsers.Fold] = [:]
        // In id order, so that when two discarded ids name one Support user the same survivor wins everywhere.
        for discarded in merges.userAliases.keys.sorted(by: IDOrder.less) {
            guard let merge = merges.mergeDiscarding(discarded), merge.isLogin,
                let survivor = holders[merges.resolve(discarded)], survivor.kind == .support,
                let supportID = counterpart(of: discarded, record: records[discarded], linker: linker),
                let view = views[UserKey(.support, supportID)], view.messagingUsers.isEmpty, view.key != survivor,
                folds[supportID] == nil
            else { continue }
            folds[supportID] = MergedSupportUsers.Fold(survivor: survivor, loginAt: merge.at)
        }
        return MergedSupportUsers(folds: folds)
    }

    /// The Support user a discarded messaging id links to: its record's link (§2; the conversation log keys
    /// its links by the surviving id, so it names none here), or, when the export holds no record of it, a
    /// messaging identity naming it.
    private func counterpart(of discarded: String, record: MessagingUser?, linker: UserLinker) -> String? {
        guard let record else { return linker.link(messagingUserID: discarded)?.supportUserID }
        return linker.link(record)?.supportUserID
    }
}
