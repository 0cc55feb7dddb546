extension SnapshotDiff {
    /// Tickets added and removed, and marks gained and lost with the reason (docs/rules.md §6).
    ///
    /// A rank or reason that moved without changing the mark is only counted: agents see the same ticket.
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
                let parts =
                    state.name + [.text(verb)] + previous.visual + [.text(" → ")] + state.visual + [.text("; ")]
                    + TicketMarkState.cause(from: previous, to: state)
                changes.append(change(state.checkMark ? .ticketMarkGained : .ticketMarkLost, state, parts))
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

    /// Messages in a ticket of both snapshots that gained or lost the mark, with the old and new rule (§5).
    ///
    /// Messages are matched by ticket and id; a message only one snapshot has is part of a transcript
    /// change, not a mark change, and is not listed.
    static func messageChanges(old: SnapshotDocument, new: SnapshotDocument) -> (changes: [DiffChange], quiet: Int) {
        let before = Dictionary(old.tickets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let states = TicketMarkState.all(in: new)
        var changes: [DiffChange] = []
        var quiet = 0
        for ticket in new.tickets {
            guard let previous = before[ticket.id] else { continue }
            let messages = Dictionary(previous.messages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let ids = ticket.messages.map(\.id)
            for message in ticket.messages {
                guard let earlier = messages[message.id] else { continue }
                if earlier.checkMark != message.checkMark {
                    let onTicket = states[ticket.id]?.name ?? [.text("ticket "), .data(ticket.id)]
                    let parts: [DiffText.Part] =
                        [.text("message "), .data(message.id), .text(" on ")] + onTicket + [
                            .text(" by "), .data(message.author),
                            .text(message.checkMark ? " gained the mark: " : " lost the mark: "), .data(earlier.rule),
                            .text(" → "), .data(message.rule),
                        ]
                    changes.append(
                        DiffChange(
                            kind: message.checkMark ? .messageMarkGained : .messageMarkLost, subject: message.id,
                            text: DiffText(parts),
                            // The part of the ticket's pages holding the id's first occurrence (§11 rule 8).
                            page: TicketView.messageLink(message.id, ids: ids, page: ticket.page)))
                } else if earlier.rule != message.rule {
                    quiet += 1
                }
            }
        }
        return (changes, quiet)
    }

    private static func change(_ kind: DiffChangeKind, _ ticket: TicketMarkState, _ parts: [DiffText.Part])
        -> DiffChange
    {
        DiffChange(kind: kind, subject: ticket.id, text: DiffText(parts), page: ticket.page)
    }
}
