/// Raises `possible-duplicate-tickets` when, in multi-conversation messaging, a login merge left active
/// tickets on both the anonymous and the authenticated side (docs/rules.md §7).
///
/// "Multi-conversation messaging: the users merge, the conversations stay separate. Delayed
/// authentication can leave duplicate tickets for one issue, which agents may have to merge by hand:
/// flag them." In single-conversation mode the anonymous conversation joins the surviving one, so the
/// rule is silent there.
///
/// The anonymous side is the conversations of the discarded user: the merge's discarded conversation,
/// the conversations listed under the discarded id, and those where the discarded id wrote (except the
/// merge's surviving conversation, which holds them after a joining merge). The
/// authenticated side is every other messaging ticket of the surviving user's requester.
enum PossibleDuplicateTicketsRule: DiagnosticRule {
    /// The `possible-duplicate-tickets` line of the catalogue.
    static let duplicates = DiagnosticCode(
        code: "possible-duplicate-tickets", severity: .note,
        when: "multi-conversation merge left active tickets from both sides")

    static var codes: [DiagnosticCode] { [duplicates] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        guard context.settings.messagingMode == .multi else { return [] }
        var conversationsByUser: [String: Set<String>] = [:]
        for conversation in context.export.conversations {
            if let userID = conversation.userID { conversationsByUser[userID, default: []].insert(conversation.id) }
        }
        let messages = context.export.messages
        for index in messages.indices where messages[index].isFromEndUser {
            if let author = messages[index].authorUserID {
                conversationsByUser[author, default: []].insert(messages[index].conversationID)
            }
        }
        var diagnostics: [Diagnostic] = []
        for merge in context.merges.merges where merge.isLogin {
            guard let owner = context.owner(ofMessagingUser: merge.survivingUserID) else { continue }
            var anonymous = conversationsByUser[merge.discardedUserID] ?? []
            if let discarded = merge.discardedConversationID { anonymous.insert(discarded) }
            // A merge that joined conversations moved the anonymous messages into the surviving one.
            if let surviving = merge.survivingConversationID { anonymous.remove(surviving) }
            let anonymousTickets = anonymous.flatMap { context.ticketsByConversation[$0] ?? [] }
                .filter { ActiveTicketCap.isActive($0.ticket.status) }
            let anonymousIDs = Set(anonymousTickets.map(\.ticket.id))
            let otherTickets = (context.ticketsByRequester[owner] ?? []).filter { ticket in
                guard let conversationID = ticket.conversationID else { return false }
                return !anonymous.contains(conversationID) && !anonymousIDs.contains(ticket.ticket.id)
                    && ActiveTicketCap.isActive(ticket.ticket.status)
            }
            guard !anonymousTickets.isEmpty, !otherTickets.isEmpty else { continue }
            let at = merge.at.map { " at \($0.iso8601)" } ?? ""
            diagnostics.append(
                duplicates.diagnostic(
                    subject: .user(owner),
                    message:
                        "the login merge of anonymous messaging user \(DiagnosticText.quoted(merge.discardedUserID))\(at) left active \(describe(unique(anonymousTickets))) from before login beside active \(describe(otherTickets))",
                    advice:
                        "multi-conversation messaging keeps both conversations and their tickets after login: check whether they are one issue and, if so, merge the tickets by hand (the merged-away ticket is closed)"
                ))
        }
        return diagnostics
    }

    /// Tickets without repeats, by id.
    private static func unique(_ tickets: [TicketView]) -> [TicketView] {
        var seen: Set<String> = []
        return tickets.sorted { IDOrder.less($0.ticket.id, $1.ticket.id) }.filter { seen.insert($0.ticket.id).inserted }
    }

    /// `ticket 5011 (conversation '…')`, or several joined.
    private static func describe(_ tickets: [TicketView]) -> String {
        let items = tickets.map { ticket in
            "\(ticket.ticket.id) (\(ticket.ticket.status), conversation \(DiagnosticText.quoted(ticket.conversationID ?? "?")))"
        }
        return (tickets.count == 1 ? "ticket " : "tickets ") + DiagnosticText.list(items)
    }
}
