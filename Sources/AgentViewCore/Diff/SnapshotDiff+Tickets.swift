extension SnapshotDiff {
    /// Tickets added and removed, marks gained and lost with the reason (docs/rules.md §6), and statuses that
    /// changed while the mark did not (agents see the status on the ticket and in every list of it).
    ///
    /// A rank or reason that moved without changing the mark or the status is only counted: agents see the same
    /// ticket.
    static func ticketChanges(old: SnapshotDocument, new: SnapshotDocument) -> (changes: [DiffChange], quiet: Int) {
        let before = TicketMarkState.all(in: old)
        let after = TicketMarkState.all(in: new)
        var changes: [DiffChange] = []
        var quiet = 0
        for ticket in new.tickets {
            var state = after[ticket.id]!
            guard let previous = before[ticket.id] else {
                changes.append(change(.ticketAdded, state, state.name + [.text(" added: ")] + state.summary))
                continue
            }
            if state.requesterName == nil, state.requester == previous.requester {
                // A requester gone from the new export is still named as agents saw them.
                state.requesterName = previous.requesterName
            }
            if previous.checkMark != state.checkMark {
                let verb = state.checkMark ? " gained the mark: " : " lost the mark: "
                let cause = TicketMarkState.cause(from: previous, to: state)
                let shared =
                    [.text(verb)] + previous.visual + [.text(" → ")] + state.visual + [.text("; ")] + cause.words
                let codes = [.text(" (")] + TicketMarkState.codes(from: previous, to: state)
                let rank = TicketMarkState.rank(from: previous, to: state)
                let kind: DiffChangeKind = state.checkMark ? .ticketMarkGained : .ticketMarkLost
                var found = change(
                    kind, state, state.name + shared + codes + [.text((rank.map { ", " + $0 } ?? "") + ")")])
                // A requester's tickets that gained or lost the mark for one cause (a lower cap) make one bullet.
                if state.requester != nil, previous.requester == state.requester {
                    let head = [.text("tickets")] + state.ofRequester + shared + codes + [.text(")")]
                    found.bundle = DiffBundle(
                        key: Self.bundleKey(
                            [
                                state.requester?.description, previous.requesterName, state.requesterName,
                                previous.reason, state.reason,
                            ] + cause.values), head: head, members: "tickets",
                        member: [.data(state.id)] + (rank.map { [.text(" (\($0))")] } ?? []))
                }
                changes.append(found)
            } else if previous.requester != state.requester || previous.status != state.status {
                // One line per ticket: the requester, then the status, then the mark that stays.
                var parts = state.name + [.text(":")]
                if previous.requester != state.requester {
                    parts += [.text(" requester ")] + previous.requesterParts + [.text(" → ")] + state.requesterParts
                }
                if previous.status != state.status {
                    if previous.requester != state.requester { parts.append(.text(",")) }
                    parts += [.text(" status "), .data(previous.status), .text(" → "), .data(state.status)]
                }
                parts += [.text(state.checkMark ? "; the mark stays (" : "; still no mark (")]
                parts +=
                    previous.reason == state.reason
                    ? [.data(state.reason)] : [.data(previous.reason), .text(" → "), .data(state.reason)]
                parts.append(.text(")"))
                let kind: DiffChangeKind =
                    previous.requester != state.requester ? .ticketRequesterChanged : .ticketStatusChanged
                changes.append(change(kind, state, parts))
            } else if previous.rank != state.rank || previous.reason != state.reason {
                quiet += 1
            }
        }
        for ticket in old.tickets where after[ticket.id] == nil {
            let state = before[ticket.id]!
            changes.append(change(.ticketRemoved, state, state.name + [.text(" removed: ")] + state.summary))
        }
        return (changes, quiet)
    }

    /// Messages in a ticket of both snapshots that gained or lost the mark, with the old and new rule (§5),
    /// that were added or removed, or that show under another author.
    ///
    /// Messages are matched by ticket and id, an id's occurrences in order (a hostile export may repeat one). A
    /// ticket only one snapshot has is listed as added or removed, not its messages; a message whose rule changed
    /// and nothing else is only counted.
    static func messageChanges(old: SnapshotDocument, new: SnapshotDocument, names: DiffUserNames) -> (
        changes: [DiffChange], quiet: Int
    ) {
        let before = Dictionary(old.tickets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let states = TicketMarkState.all(in: new)
        // End-user authors are named as agents see them.
        let author = names.parts
        var changes: [DiffChange] = []
        var quiet = 0
        for ticket in new.tickets {
            guard let previous = before[ticket.id] else { continue }
            var messages: [String: [SnapshotTicket.Message]] = [:]
            for message in previous.messages { messages[message.id, default: []].append(message) }
            // Each occurrence's own link, worked out once for the ticket when a change first needs one (one link
            // per change was quadratic; most tickets of a diff have no change).
            var links: [String]?
            var occurrences: [String: Int] = [:]
            let onTicket = states[ticket.id]?.name ?? [.text("ticket "), .data(ticket.id)]
            // `onTicket` names the requester already: a message they wrote is "by the requester", not named twice.
            let requester = states[ticket.id]?.requester?.description
            func by(_ key: String) -> [DiffText.Part] { key == requester ? [.text("the requester")] : author(key) }
            func change(
                _ kind: DiffChangeKind, _ message: SnapshotTicket.Message, _ parts: [DiffText.Part], at position: Int?
            ) -> DiffChange {
                DiffChange(
                    kind: kind, subject: message.id,
                    text: DiffText([.text("message "), .data(message.id), .text(" on ")] + onTicket + parts),
                    // The part of the ticket's pages holding this occurrence (§11 rule 8); a removed one is not there.
                    page: position.map { position in
                        if links == nil {
                            links = TicketView.messageLinks(ids: ticket.messages.map(\.id), page: ticket.page)
                        }
                        return links![position]
                    } ?? ticket.page)
            }
            for (position, message) in ticket.messages.enumerated() {
                let occurrence = occurrences[message.id, default: 0]
                occurrences[message.id] = occurrence + 1
                guard let earlier = messages[message.id].flatMap({ occurrence < $0.count ? $0[occurrence] : nil })
                else {
                    changes.append(
                        change(
                            .messageAdded, message,
                            [.text(" added, by ")] + by(message.author) + Self.markWords(message, now: true),
                            at: position))
                    continue
                }
                let authorChange: [DiffText.Part] =
                    earlier.author == message.author
                    ? [] : [.text("author ")] + author(earlier.author) + [.text(" → ")] + author(message.author)
                if earlier.checkMark != message.checkMark {
                    let shared =
                        [.text(" by ")] + by(message.author) + [
                            .text(message.checkMark ? " gained the mark: " : " lost the mark: ")
                        ] + Self.ruleWords(from: earlier.rule, to: message.rule, checkMark: message.checkMark)
                        + (authorChange.isEmpty ? [] : [.text("; ")] + authorChange)
                    var found = change(
                        message.checkMark ? .messageMarkGained : .messageMarkLost, message, shared, at: position)
                    // A ticket's messages that gained or lost the mark alike (a login that moved) make one bullet.
                    let head = [.text("messages on ")] + onTicket + shared
                    found.bundle = DiffBundle(
                        key: Self.bundleKey([
                            ticket.id, message.author, earlier.author, earlier.rule, message.rule,
                        ]), head: head, members: "messages",
                        member: [.data(message.id)])
                    changes.append(found)
                } else if !authorChange.isEmpty {
                    changes.append(
                        change(
                            .messageAuthorChanged, message,
                            [.text(": ")] + authorChange + Self.markWords(message, now: true), at: position))
                } else if earlier.rule != message.rule {
                    quiet += 1
                }
            }
            // The occurrences of an id past those the new transcript holds were removed.
            var remaining = occurrences
            for message in previous.messages {
                guard remaining[message.id, default: 0] == 0 else {
                    remaining[message.id]! -= 1
                    continue
                }
                changes.append(
                    change(
                        .messageRemoved, message,
                        [.text(" removed, by ")] + by(message.author) + Self.markWords(message, now: false), at: nil))
            }
        }
        return (changes, quiet)
    }

    /// A bundle's key from the raw values its wording is made of (never the shown text, which cuts long values
    /// and could make two requesters one): changes with equal keys read alike but for their member part.
    private static func bundleKey(_ values: [String?]) -> String {
        values.map { $0.map { "\($0.utf8.count):" + $0 } ?? "-" }.joined(separator: "\u{0}")
    }

    /// Why a message now shows or lacks the mark, as its page says it, then its rule's code and what it was:
    /// `the author is not authenticated (§3); rule auth-time → not-authenticated`.
    private static func ruleWords(from old: String, to new: String, checkMark: Bool) -> [DiffText.Part] {
        var parts: [DiffText.Part] = []
        if let rule = MessageMarkRule(rawValue: new) {
            parts.append(.text(String(rule.reason(checkMark: checkMark, isMessagingMessage: nil).dropLast()) + "; "))
        }
        parts.append(.text("rule "))
        if old != new { parts += [.data(old), .text(" → ")] }
        return parts + [.data(new)]
    }

    /// `, with the mark (auth-time)` for a message as it shows now, `, which had no mark (not-end-user)` for
    /// one that is gone.
    private static func markWords(_ message: SnapshotTicket.Message, now: Bool) -> [DiffText.Part] {
        let words =
            now
            ? (message.checkMark ? ", with the mark (" : ", without the mark (")
            : (message.checkMark ? ", which had the mark (" : ", which had no mark (")
        return [.text(words), .data(message.rule), .text(")")]
    }

    private static func change(_ kind: DiffChangeKind, _ ticket: TicketMarkState, _ parts: [DiffText.Part])
        -> DiffChange
    {
        DiffChange(kind: kind, subject: ticket.id, text: DiffText(parts), page: ticket.page)
    }
}
