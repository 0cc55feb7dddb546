/// Builds the `AgentView` of an export: links users, decides authentication, transcripts and marks.
///
/// Every step indexes by id once, so the cost grows as O(n log n) in users, tickets and messages.
struct AgentViewBuilder {
    let export: Export
    let settings: Settings
    private let merges: MergeHistory

    init(export: Export, settings: Settings) {
        self.export = export
        self.settings = settings
        merges = MergeHistory(events: export.webhookEvents)
    }

    func build() -> AgentView {
        var builder = self
        return builder.run()
    }

    private mutating func run() -> AgentView {
        let staff = Dictionary(export.supportUsers.filter(\.isStaff).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var views = linkUsers()
        var ownerOfMessagingID: [String: UserKey] = [:]
        for view in views.values {
            for linked in view.messagingUsers { ownerOfMessagingID[linked.user.id] = view.key }
        }

        let transcripts = TranscriptBuilder(export: export, conversationAliases: merges.conversationAliases(mode: settings.messagingMode))
        let loginTimes = merges.loginTimesByConversation()
        let metrics = Dictionary(export.metrics.map { ($0.ticketID, $0) }, uniquingKeysWith: { _, last in last })
        var tickets: [TicketView] = []
        var candidatesByUser: [UserKey: [ActiveTicketCap.Candidate]] = [:]

        for ticket in export.tickets {
            let requester = ticket.requesterID.map { UserKey(.support, $0) }
            let requesterView = requester.flatMap { views[$0] }
            let (source, entries) = transcripts.transcript(for: ticket)
            let conversationID = transcripts.conversationByTicket[ticket.id]
            let isEmail = ViaChannel.isEmail(ticket.channel)
            var messages: [TicketView.MessageView] = []
            for entry in entries {
                let (author, key) = self.author(of: entry, requester: requesterView, views: views, owners: ownerOfMessagingID, loginTimes: loginTimes)
                let decision = MessageCheckMark.decide(role: entry.role, time: entry.time, authenticatedAtSend: entry.authenticatedAtSend, author: author, isEmailChannel: isEmail,
                    isMessagingMessage: entry.isMessagingMessage)
                messages.append(TicketView.MessageView(entry: entry, author: key, decision: decision))
            }
            tickets.append(TicketView(ticket: ticket, requester: requester, mark: nil, conversationID: conversationID, transcriptSource: source, messages: messages))

            guard let requester, let requesterView else { continue }
            let endUserMessages = messages.filter { $0.entry.role == .endUser && $0.entry.isMessagingMessage }
            let activityTimes = messages.filter { $0.entry.role == .endUser || $0.entry.role == .agent }.compactMap(\.entry.time)
                + [metrics[ticket.id]?.requesterUpdatedAt, metrics[ticket.id]?.assigneeUpdatedAt, metrics[ticket.id]?.latestCommentAddedAt].compactMap { $0 }
            let authenticatedOnTicket: Bool
            if endUserMessages.isEmpty {
                let moment = requesterView.messagingUsers.compactMap(\.authenticatedAt).min()
                authenticatedOnTicket = requesterView.isAuthenticated && (moment == nil || moment! <= (ticket.updatedAt ?? ticket.createdAt ?? .distantFuture))
            } else {
                authenticatedOnTicket = endUserMessages.contains { $0.decision.checkMark }
            }
            candidatesByUser[requester, default: []].append(ActiveTicketCap.Candidate(
                id: ticket.id, status: ticket.status, lastActivity: activityTimes.max(),
                lastChange: [ticket.createdAt, ticket.updatedAt].compactMap { $0 }.max(), isEmail: isEmail,
                authenticatedOnTicket: authenticatedOnTicket))
        }

        var markByTicket: [String: ActiveTicketCap.Mark] = [:]
        for (key, candidates) in candidatesByUser {
            let marks = ActiveTicketCap.marks(for: candidates, userIsAuthenticated: views[key]!.isAuthenticated, cap: settings.activeTicketCap)
            views[key]!.tickets = marks
            for mark in marks { markByTicket[mark.ticketID] = mark }
        }
        for index in tickets.indices { tickets[index].mark = markByTicket[tickets[index].ticket.id] }
        let users = views.values.sorted { $0.key < $1.key }
        // Diagnostics look at the finished view, so every rule sees the same users, tickets and marks (§9).
        let context = DiagnosticContext(export: export, settings: settings, merges: merges, users: users, tickets: tickets)
        let diagnostics = DiagnosticRegistry.diagnose(context)
        return AgentView(settings: settings, users: users, tickets: tickets, diagnostics: diagnostics, staff: staff)
    }

    /// Links messaging users to Support users (§2) and decides their authentication (§3).
    private mutating func linkUsers() -> [UserKey: UserView] {
        let linker = UserLinker(supportUsers: export.supportUsers, logEvents: export.conversationLogEvents, merges: merges)
        var discardedBySurvivor: [String: [String]] = [:]
        for (discarded, surviving) in merges.userAliases { discardedBySurvivor[surviving, default: []].append(discarded) }
        var views: [UserKey: UserView] = [:]
        for user in export.supportUsers where !user.isStaff {
            let key = UserKey(.support, user.id)
            views[key] = UserView(key: key, supportUser: user, messagingUsers: [], isAuthenticated: false, authenticationMethod: nil, tickets: [])
        }
        for user in export.messagingUsers where merges.userAliases[user.id] == nil {
            let authentication = AuthenticationRule.evaluate(user)
            let link = linker.link(user)
            let linked = UserView.LinkedMessagingUser(
                user: user, link: link?.rule, authentication: authentication, authenticatedAt: merges.authenticationTimes[user.id],
                discardedIDs: (discardedBySurvivor[user.id] ?? []).sorted(by: IDOrder.less))
            let key = link.map { UserKey(.support, $0.supportUserID) } ?? UserKey(.messaging, user.id)
            if views[key] == nil {
                views[key] = UserView(key: key, supportUser: nil, messagingUsers: [], isAuthenticated: false, authenticationMethod: nil, tickets: [])
            }
            views[key]!.messagingUsers.append(linked)
        }
        for key in views.keys {
            views[key]!.messagingUsers.sort { ($0.link ?? .conversationLog, $0.user.id) < ($1.link ?? .conversationLog, $1.user.id) }
            let authenticated = views[key]!.messagingUsers.filter(\.authentication.isAuthenticated)
            views[key]!.isAuthenticated = !authenticated.isEmpty
            views[key]!.authenticationMethod = authenticated.contains { $0.authentication.method == .jwt } ? .jwt : authenticated.compactMap(\.authentication.method).first
        }
        return views
    }

    /// The facts §5 needs about an entry's author, and the author's key for the snapshot.
    private func author(
        of entry: TranscriptEntry, requester: UserView?, views: [UserKey: UserView], owners: [String: UserKey],
        loginTimes: [String: Timestamp]
    ) -> (MessageCheckMark.Author, String) {
        switch entry.role {
        case .agent: return (MessageCheckMark.Author(isAuthenticated: false), entry.authorSupportUserID.map { "agent:\($0)" } ?? "agent")
        case .bot: return (MessageCheckMark.Author(isAuthenticated: false), "bot")
        case .system: return (MessageCheckMark.Author(isAuthenticated: false), "system")
        case .endUser: break
        }
        let conversationTime = entry.conversationID.flatMap { loginTimes[$0] }
        if let rawID = entry.authorMessagingUserID {
            let resolved = merges.resolve(rawID)
            let wasAnonymous = merges.mergeDiscarding(rawID)?.isLogin ?? false
            if let ownerKey = owners[resolved], let view = views[ownerKey], let linked = view.messagingUsers.first(where: { $0.user.id == resolved }) {
                let at = linked.authenticatedAt ?? conversationTime
                return (MessageCheckMark.Author(isAuthenticated: linked.authentication.isAuthenticated, authenticatedAt: at, wasAnonymousBeforeLogin: wasAnonymous), ownerKey.description)
            }
            return (MessageCheckMark.Author(isAuthenticated: false, wasAnonymousBeforeLogin: wasAnonymous), "messaging:\(resolved)")
        }
        let view = entry.authorSupportUserID.flatMap { views[UserKey(.support, $0)] } ?? requester
        guard let view else { return (MessageCheckMark.Author(isAuthenticated: false), entry.authorSupportUserID.map { "support:\($0)" } ?? "unknown") }
        let at = view.messagingUsers.compactMap(\.authenticatedAt).min() ?? conversationTime
        return (MessageCheckMark.Author(isAuthenticated: view.isAuthenticated, authenticatedAt: at), view.key.description)
    }
}
