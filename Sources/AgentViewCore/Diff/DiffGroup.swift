/// The changes of one kind, in subject order: one section of a diff's summary or page.
public struct DiffGroup: Sendable, Equatable {
    /// What the changes are.
    public var kind: DiffChangeKind
    /// The changes, never empty.
    public var changes: [DiffChange]

    /// Creates a group.
    public init(kind: DiffChangeKind, changes: [DiffChange]) {
        self.kind = kind
        self.changes = changes
    }

    /// The section heading: `Tickets that lost the mark`.
    public var title: String { kind.title }

    /// The headline's count of this group: `3 tickets lost the mark`.
    public var headline: String { kind.headline(count: changes.count) }

    /// The changes as lists show them: the changes of one bundle as one bullet, where its first member
    /// stands, and every other change as a bullet of its own.
    public var bullets: [DiffBullet] {
        var bullets: [DiffBullet] = []
        var open: [String: Int] = [:]
        for change in changes {
            if let key = change.bundle?.key {
                if let index = open[key] {
                    bullets[index].changes.append(change)
                    continue
                }
                open[key] = bullets.count
            }
            bullets.append(DiffBullet(changes: [change]))
        }
        return bullets
    }
}

/// One item of a diff's list: a change, or the changes of one bundle, which read alike but for one part.
public struct DiffBullet: Sendable, Equatable {
    /// The changes it lists, never empty; more than one only when they share a bundle.
    public var changes: [DiffChange]

    /// How many members a bullet names before `and N more`.
    public static let defaultMaxMembers = 10

    /// The wording: a lone change's own, else the count, the shared words and the members:
    /// `3 tickets of 'Ann' (support:1) lost the mark: …; tickets 7005 (rank 100), 7006 (rank 99) and 7007 (rank 98)`.
    public func text(maxMembers: Int = defaultMaxMembers) -> DiffText {
        DiffText(segments(maxMembers: maxMembers).flatMap(\.parts))
    }

    /// The wording in runs, each member's run with its change, so that a page can link each member to its
    /// own page: a lone change is one run without a member.
    public func segments(maxMembers: Int = defaultMaxMembers) -> [(parts: [DiffText.Part], member: DiffChange?)] {
        guard changes.count > 1, let bundle = changes[0].bundle else { return [(changes[0].text.parts, nil)] }
        var segments: [(parts: [DiffText.Part], member: DiffChange?)] = [
            ([.text("\(changes.count) ")] + bundle.head + [.text("; \(bundle.members) ")], nil)
        ]
        let shown = changes.prefix(max(1, maxMembers))
        for (index, change) in shown.enumerated() {
            if index > 0 {
                let last = index == shown.count - 1 && shown.count == changes.count
                segments.append(([.text(last ? " and " : ", ")], nil))
            }
            segments.append((change.bundle?.member ?? [], change))
        }
        if changes.count > shown.count { segments.append(([.text(" and \(changes.count - shown.count) more")], nil)) }
        return segments
    }

    /// The page of its first change.
    public var page: String? { changes[0].page }
}
