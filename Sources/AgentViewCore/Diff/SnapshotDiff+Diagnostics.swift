extension SnapshotDiff {
    /// Diagnostics added and removed, matched by code, subject and message (docs/rules.md §9).
    static func diagnosticChanges(old: SnapshotDocument, new: SnapshotDocument, names: DiffUserNames) -> [DiffChange] {
        let before = Set(old.diagnostics.map(\.identity))
        let after = Set(new.diagnostics.map(\.identity))
        let added = new.diagnostics.filter { !before.contains($0.identity) }
        let removed = old.diagnostics.filter { !after.contains($0.identity) }
        return ordered(added).map { change(.diagnosticAdded, $0, names) }
            + ordered(removed).map { change(.diagnosticRemoved, $0, names) }
    }

    /// By code then message, whatever order a snapshot wrote them in; the diff then sorts by subject.
    private static func ordered(_ diagnostics: [SnapshotDiagnostic]) -> [SnapshotDiagnostic] {
        diagnostics.sorted { ($0.code, $0.message) < ($1.code, $1.message) }
    }

    /// `warning sync-drift-name for 'Robert Chen' (support:123): Support name 'Robert Chen' differs …`.
    private static func change(_ kind: DiffChangeKind, _ diagnostic: SnapshotDiagnostic, _ names: DiffUserNames)
        -> DiffChange
    {
        // A user subject is named as agents see it; a ticket or export subject is its key alone.
        let parts: [DiffText.Part] =
            [.data(diagnostic.severity), .text(" "), .data(diagnostic.code), .text(" for ")]
            + names.parts(diagnostic.subject) + [
                .text(": "), .prose(diagnostic.message),
            ]
        return DiffChange(kind: kind, subject: diagnostic.subject, text: DiffText(parts))
    }

    /// Every changed, added or removed setting on one line: `settings: activeTicketCap 100 → 50`.
    static func settingsChanges(old: SnapshotDocument, new: SnapshotDocument) -> [DiffChange] {
        let before = Dictionary(old.settings.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.settings.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let names = new.settings.map(\.name) + old.settings.map(\.name).filter { after[$0] == nil }
        var parts: [DiffText.Part] = [.text("settings: ")]
        for name in names where before[name] != after[name] {
            if parts.count > 1 { parts.append(.text(", ")) }
            parts += [.data(name), .text(" "), .data(before[name]), .text(" → "), .data(after[name])]
        }
        var changes: [DiffChange] = []
        if parts.count > 1 {
            changes.append(DiffChange(kind: .settingsChanged, subject: "settings", text: DiffText(parts)))
        }
        if let before = old.redactionKeyID, let after = new.redactionKeyID, before != after {
            changes.append(
                DiffChange(
                    kind: .settingsChanged, subject: "redaction key",
                    text: DiffText([
                        .text("redaction key: "), .data(before), .text(" → "), .data(after),
                        .text(
                            "; the sides were redacted with different keys, so their pseudonyms never match and every redacted value reads as changed (with ids redacted, every user and ticket as removed and added). Give both renders one --redact-key-file or AGENTVIEW_REDACT_KEY"
                        ),
                    ])))
        }
        return changes
    }
}
