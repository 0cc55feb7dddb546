extension SnapshotDiff {
    /// Diagnostics added, removed and changed, matched by code, subject and message (docs/rules.md §9). A
    /// subject's only diagnostic of a code on each side, whose message changed (a cap of 100 then of 3), is one
    /// change, its new and old message side by side, not a removal and an addition; one held word for word at
    /// another severity is a change too.
    static func diagnosticChanges(old: SnapshotDocument, new: SnapshotDocument, names: DiffUserNames) -> [DiffChange] {
        let before = Set(old.diagnostics.map(\.identity))
        let after = Set(new.diagnostics.map(\.identity))
        var added = new.diagnostics.filter { !before.contains($0.identity) }
        var removed = old.diagnostics.filter { !after.contains($0.identity) }
        // Counted over each whole side: a subject with two of a code on either side has no one to pair.
        func alone(_ side: [SnapshotDiagnostic]) -> Set<[String]> {
            var count: [[String]: Int] = [:]
            for diagnostic in side { count[[diagnostic.code, diagnostic.subject], default: 0] += 1 }
            return Set(count.filter { $0.value == 1 }.keys)
        }
        let pairable = alone(old.diagnostics).intersection(alone(new.diagnostics))
        let earlier = Dictionary(
            removed.filter { pairable.contains([$0.code, $0.subject]) }.map { ([$0.code, $0.subject], $0) },
            uniquingKeysWith: { first, _ in first })
        var changed: [DiffChange] = []
        // Taken out once at the end, by identity (unique here: one of its code and subject per side).
        var pairedNew: Set<[String]> = []
        var pairedOld: Set<[String]> = []
        for now in ordered(added) where pairable.contains([now.code, now.subject]) {
            guard let was = earlier[[now.code, now.subject]] else { continue }
            var parts: [DiffText.Part] = [.data(now.severity), .text(" "), .data(now.code), .text(" for ")]
            parts += names.parts(now.subject)
            if was.severity != now.severity { parts += [.text(" (was "), .data(was.severity), .text(")")] }
            parts += [.text(" now says: "), .prose(now.message), .text(" — it said: "), .prose(was.message)]
            changed.append(DiffChange(kind: .diagnosticChanged, subject: now.subject, text: DiffText(parts)))
            pairedNew.insert(now.identity)
            pairedOld.insert(was.identity)
        }
        added.removeAll { pairedNew.contains($0.identity) }
        removed.removeAll { pairedOld.contains($0.identity) }
        return ordered(added).map { change(.diagnosticAdded, $0, names) }
            + ordered(removed).map { change(.diagnosticRemoved, $0, names) } + changed
            + severityChanges(old: old, new: new, names: names)
    }

    /// Diagnostics both sides hold, word for word, at another severity: a catalogue that made a warning an
    /// error between two versions of AgentView changes what `--fail-on` stops on, so the diff says so.
    /// Occurrences of one identity pair in order.
    private static func severityChanges(old: SnapshotDocument, new: SnapshotDocument, names: DiffUserNames)
        -> [DiffChange]
    {
        var earlier: [[String]: [String]] = [:]
        for diagnostic in old.diagnostics { earlier[diagnostic.identity, default: []].append(diagnostic.severity) }
        var seen: [[String]: Int] = [:]
        var changed: [(now: SnapshotDiagnostic, was: String)] = []
        for now in new.diagnostics {
            let occurrence = seen[now.identity, default: 0]
            seen[now.identity] = occurrence + 1
            guard let severities = earlier[now.identity], occurrence < severities.count,
                severities[occurrence] != now.severity
            else { continue }
            changed.append((now, severities[occurrence]))
        }
        changed.sort { ($0.now.code, $0.now.message) < ($1.now.code, $1.now.message) }
        return changed.map { now, was in
            let parts: [DiffText.Part] =
                [.data(now.severity), .text(" "), .data(now.code), .text(" for ")] + names.parts(now.subject) + [
                    .text(" (was "), .data(was), .text("): "), .prose(now.message),
                ]
            return DiffChange(kind: .diagnosticChanged, subject: now.subject, text: DiffText(parts))
        }
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
