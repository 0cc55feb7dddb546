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
}
