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
        guard changes.count > 1, let bundle = changes[0].bundle else { return changes[0].text }
        var parts: [DiffText.Part] = [.text("\(changes.count) ")] + bundle.head + [.text("; \(bundle.members) ")]
        let shown = changes.prefix(max(1, maxMembers)).compactMap(\.bundle?.member)
        for (index, member) in shown.enumerated() {
            if index > 0 {
                parts.append(.text(index == shown.count - 1 && shown.count == changes.count ? " and " : ", "))
            }
            parts += member
        }
        if changes.count > shown.count { parts.append(.text(" and \(changes.count - shown.count) more")) }
        return DiffText(parts)
    }

    /// The page of its first change.
    public var page: String? { changes[0].page }
}
