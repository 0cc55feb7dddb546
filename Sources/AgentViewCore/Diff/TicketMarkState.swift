/// A ticket's mark as a diff compares it: the ticket's own entry joined with its rank from the requester's list.
struct TicketMarkState: Equatable {
    /// The ticket id.
    let id: String
    /// The ticket's page.
    let page: String
    /// The requester's key, which may name a user missing from the export.
    let requester: UserKey?
    /// The ticket's status.
    let status: String
    /// Whether the requester's name carries the mark on this ticket.
    let checkMark: Bool
    /// The ``TicketMarkReason``; nil when the requester is not in the export.
    let reason: String?
    /// The place among the requester's active messaging tickets; nil for others.
    let rank: Int?
    /// The requester's name as agents see it, when the snapshot holds the requester.
    var requesterName: String? = nil

    /// Every ticket of a snapshot by id.
    static func all(in document: SnapshotDocument) -> [String: TicketMarkState] {
        var marks: [String: SnapshotTicketMark] = [:]
        var names: [UserKey: String] = [:]
        for user in document.users {
            if names[user.key] == nil, let name = user.shownName { names[user.key] = name }
            for mark in user.tickets where marks[mark.id] == nil { marks[mark.id] = mark }
        }
        var states: [String: TicketMarkState] = [:]
        for ticket in document.tickets {
            let mark = marks[ticket.id]
            states[ticket.id] = TicketMarkState(
                id: ticket.id, page: ticket.page, requester: ticket.requester, status: ticket.status,
                checkMark: ticket.checkMark, reason: ticket.reason ?? mark?.reason, rank: mark?.rank,
                requesterName: ticket.requester.flatMap { names[$0] })
        }
        return states
    }

    /// `ticket 5001 of 'Ann Lee' (support:123)`: the requester named as agents see them, the key beside.
    var name: [DiffText.Part] { [.text("ticket "), .data(id)] + ofRequester }

    /// ` of 'Ann Lee' (support:123)`, or nothing without a requester.
    var ofRequester: [DiffText.Part] {
        guard let requester else { return [] }
        let named: [DiffText.Part] = requesterName.map { [.name($0), .text(" (")] } ?? []
        return [.text(" of ")] + named + [.data(requester.description)] + (requesterName == nil ? [] : [.text(")")])
    }

    /// `'Ann Lee' (support:1)`, the bare key without a name, or `none`.
    var requesterParts: [DiffText.Part] {
        guard let requester else { return [.text("none")] }
        guard let requesterName else { return [.data(requester.description)] }
        return [.name(requesterName), .text(" ("), .data(requester.description), .text(")")]
    }

    /// The requester's name as this ticket shows it, with the check mark when the ticket carries it.
    var visual: [DiffText.Part] {
        [requesterName.map { .name($0) } ?? .text("the requester")] + (checkMark ? [.checkMark] : [])
    }

    /// `open, with the mark (within-cap, rank 1)`.
    var summary: [DiffText.Part] {
        var parts: [DiffText.Part] = [.data(status), .text(checkMark ? ", with the mark" : ", without the mark")]
        if let reason {
            parts += [.text(" ("), .data(reason)] + (rank.map { [.text(", rank \($0)")] } ?? []) + [.text(")")]
        }
        return parts
    }

    /// Why the mark came or went (docs/rules.md §6), in words: `crossed the cap`, `requester authentication
    /// changed`, `status open → solved`. A diff follows it with the reasons' codes and the rank.
    static func causeWords(from old: TicketMarkState, to new: TicketMarkState) -> [DiffText.Part] {
        cause(from: old, to: new).words
    }

    /// The cause's words, and the values they are made of (the words' own text, and the requesters or statuses
    /// they name, uncut): equal values, equal words.
    static func cause(from old: TicketMarkState, to new: TicketMarkState) -> (
        words: [DiffText.Part], values: [String?]
    ) {
        func said(_ text: String) -> ([DiffText.Part], [String?]) { ([.text(text)], [text]) }
        let reasons = [old.reason, new.reason]
        if old.requester != new.requester {
            let (before, after) = (old.requester?.description, new.requester?.description)
            return ([.text("requester "), .data(before), .text(" → "), .data(after)], ["requester", before, after])
        } else if new.reason == nil {
            return said("requester not in the export")
        } else if old.reason == nil {
            return said("requester now in the export")
        } else if reasons.contains(TicketMarkReason.notAuthenticated.rawValue) {
            return said("requester authentication changed")
        } else if reasons.contains(TicketMarkReason.emailChannel.rawValue) {
            return said(new.reason == TicketMarkReason.emailChannel.rawValue ? "moved to email" : "moved from email")
        } else if reasons.contains(TicketMarkReason.notMessaging.rawValue) {
            return said(
                new.reason == TicketMarkReason.notMessaging.rawValue
                    ? "moved to a channel that is not messaging" : "moved to a messaging channel")
        } else if reasons.contains(TicketMarkReason.inactive.rawValue) || old.status != new.status {
            return (
                [.text("status "), .data(old.status), .text(" → "), .data(new.status)],
                ["status", old.status, new.status]
            )
        } else if Set(reasons) == [TicketMarkReason.withinCap.rawValue, TicketMarkReason.overCap.rawValue] {
            return said("crossed the cap")
        } else if reasons.contains(TicketMarkReason.noCap.rawValue) {
            return said(
                new.reason == TicketMarkReason.noCap.rawValue
                    ? "single-conversation messaging: no cap" : "multi-conversation messaging: the cap applies")
        }
        return said("reason changed")
    }

    /// `within-cap → over-cap`: the reasons' codes.
    static func codes(from old: TicketMarkState, to new: TicketMarkState) -> [DiffText.Part] {
        [.data(old.reason), .text(" → "), .data(new.reason)]
    }

    /// `rank 100`, `rank 3 → 4`, `rank none → 2`; nil when neither side has a rank.
    static func rank(from old: TicketMarkState, to new: TicketMarkState) -> String? {
        switch (old.rank, new.rank) {
        case (nil, nil): return nil
        case (let before, let after) where before == after: return "rank \(after!)"
        case (let before, let after):
            return "rank \(before.map(String.init) ?? "none") → \(after.map(String.init) ?? "none")"
        }
    }
}
