/// What agents would see differently between two snapshots: marks gained and lost, values changed,
/// users, tickets and diagnostics added and removed (issue 7, docs/rules.md §1 "a changed check mark must
/// show up as a diff").
///
/// Changes come grouped by ``DiffChangeKind`` in its fixed order, and within a kind by subject (user
/// keys as ``UserKey`` sorts them, ids as ``IDOrder`` does), so the same two snapshots always give
/// the same diff. A ticket whose rank or reason moved without gaining or losing the mark, and a
/// message whose rule changed but not its mark, are only counted: agents see no difference.
public struct SnapshotDiff: Sendable, Equatable {
    /// Every change, grouped by kind in ``DiffChangeKind`` order, then by subject.
    public var changes: [DiffChange]
    /// Tickets in both snapshots whose rank or reason changed while their mark did not.
    public var quietTicketChanges: Int
    /// Messages in both snapshots whose deciding rule changed while their mark did not.
    public var quietMessageChanges: Int

    /// Compares an old snapshot with a new one.
    public init(old: SnapshotDocument, new: SnapshotDocument) {
        var found = Self.settingsChanges(old: old, new: new)
        found += Self.userChanges(old: old, new: new)
        let tickets = Self.ticketChanges(old: old, new: new)
        found += tickets.changes
        let names = DiffUserNames(old: old, new: new)
        let messages = Self.messageChanges(old: old, new: new, names: names)
        found += messages.changes
        found += Self.diagnosticChanges(old: old, new: new, names: names)
        // Each producer emits a subject's changes in a meaningful order (name before email); keep it.
        changes = found.enumerated().sorted { lhs, rhs in
            if lhs.element.kind != rhs.element.kind { return lhs.element.kind < rhs.element.kind }
            if lhs.element.subject != rhs.element.subject {
                return SubjectOrder.less(lhs.element.subject, rhs.element.subject)
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        quietTicketChanges = tickets.quiet
        quietMessageChanges = messages.quiet
    }

    /// Whether agents would see nothing different.
    public var isEmpty: Bool { changes.isEmpty }

    /// Whether any check mark was gained or lost, which CI may fail the build on.
    public var hasMarkChanges: Bool { changes.contains { $0.kind.isMarkChange } }

    /// The changes as groups of one kind each, in ``DiffChangeKind`` order; kinds without changes are left out.
    public var groups: [DiffGroup] {
        var groups: [DiffGroup] = []
        for change in changes {
            if groups.last?.kind == change.kind {
                groups[groups.count - 1].changes.append(change)
            } else {
                groups.append(DiffGroup(kind: change.kind, changes: [change]))
            }
        }
        return groups
    }
}
