extension SnapshotDiff {
    /// A name, email or external ID as each surface of the §4 table shows it.
    private struct VisibleField {
        /// The field as a sentence names it: `name`, `email`, `external ID`.
        let name: String
        /// The surfaces that show the field, each with how to read its value from a user.
        let surfaces: [(surface: String, value: (SnapshotUser) -> String?)]
        /// Whether a user's snapshot records the field: one written before the field existed does not, and then
        /// the field is not compared (a missing list is not an emptied one).
        var isRecorded: (SnapshotUser) -> Bool = { _ in true }
    }

    /// The data-mapping table's visible cells (docs/rules.md §4), row by row, surfaces left to right.
    private static var visibleFields: [VisibleField] {
        [
            VisibleField(
                name: "name",
                surfaces: [
                    ("conversation history", \.conversationName), ("essentials card", \.essentialsCard.name),
                    ("profile", \.profile.name),
                ]),
            VisibleField(
                name: "email", surfaces: [("essentials card", \.essentialsCard.email), ("profile", \.profile.email)]),
            VisibleField(name: "external ID", surfaces: [("profile", \.profile.externalID)]),
            VisibleField(
                name: "identities", surfaces: [("profile", \.profile.identitiesText)],
                isRecorded: { $0.profile.identities != nil }),
        ]
    }

    /// The AI-agent variables by the names docs/rules.md §4 gives them.
    private static var metadataVariables: [(name: String, value: (SnapshotUser) -> String?)] {
        [
            ("Provided name", \.metadataVariables.providedName),
            ("Provided email", \.metadataVariables.providedEmail),
            ("Authenticated external ID", \.metadataVariables.authenticatedExternalID),
            ("Authenticated status", \.metadataVariables.authenticatedStatus),
        ]
    }

    /// Users added and removed, marks gained and lost, authentication, visible fields and AI-agent variables.
    static func userChanges(old: SnapshotDocument, new: SnapshotDocument) -> [DiffChange] {
        let oldUsers = Dictionary(old.users.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newUsers = Dictionary(new.users.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [DiffChange] = []
        for user in new.users where oldUsers[user.key] == nil {
            changes.append(
                change(.userAdded, user, label(user) + [.text(" added: ")] + summary(of: user)))
        }
        for user in old.users where newUsers[user.key] == nil {
            changes.append(
                change(.userRemoved, user, label(user) + [.text(" removed: ")] + summary(of: user)))
        }
        for user in new.users {
            guard let before = oldUsers[user.key] else { continue }
            changes +=
                markChanges(before, user) + staffChanges(before, user) + fieldChanges(before, user)
                + variableChanges(before, user)
        }
        return changes
    }

    private static func change(_ kind: DiffChangeKind, _ user: SnapshotUser, _ parts: [DiffText.Part]) -> DiffChange {
        DiffChange(kind: kind, subject: user.key.description, text: DiffText(parts), page: user.page)
    }

    /// `'Ann Lee' (support:1)`: a user named as agents see them, the key beside (docs/rules.md §11).
    static func label(_ user: SnapshotUser) -> [DiffText.Part] {
        [.name(user.shownName), .text(" ("), .data(user.key.description), .text(")")]
    }

    /// The name as agents see it, with the check mark when it stands next to it.
    static func visual(_ user: SnapshotUser) -> [DiffText.Part] {
        [.name(user.shownName)] + (user.checkMark ? [.checkMark] : [])
    }

    /// `authenticated via jwt, with the mark`.
    private static func summary(of user: SnapshotUser) -> [DiffText.Part] {
        var parts: [DiffText.Part] = authentication(user)
        if let role = user.staffRole { parts += [.text(", staff ("), .data(role), .text(")")] }
        if !user.visibleToAgents {
            parts.append(.text(", not visible to agents"))
        } else {
            parts.append(.text(user.checkMark ? ", with the mark" : ", without the mark"))
        }
        return parts
    }

    /// `not authenticated`, `authenticated via jwt`.
    private static func authentication(_ user: SnapshotUser) -> [DiffText.Part] {
        guard user.authenticated else { return [.text("not authenticated")] }
        guard let method = user.authenticatedVia else { return [.text("authenticated, method unknown")] }
        return [.text("authenticated via "), .data(method)]
    }

    /// The name's mark (§4), or authentication when the mark stayed (a method change, a user agents never see).
    private static func markChanges(_ old: SnapshotUser, _ new: SnapshotUser) -> [DiffChange] {
        let states = authentication(old) + [.text(" → ")] + authentication(new)
        if old.checkMark != new.checkMark {
            let verb = new.checkMark ? " gained the mark: " : " lost the mark: "
            return [
                change(
                    new.checkMark ? .userMarkGained : .userMarkLost, new,
                    label(new) + [.text(verb)] + visual(old) + [.text(" → ")] + visual(new) + [.text(" (")] + states + [
                        .text(")")
                    ])
            ]
        }
        guard old.authenticated != new.authenticated || old.authenticatedVia != new.authenticatedVia else { return [] }
        let visibility: [DiffText.Part] = new.visibleToAgents ? [] : [.text(" (not visible to agents)")]
        return [
            change(
                .userAuthenticationChanged, new,
                label(new) + [.text(" authentication: ")] + states + visibility)
        ]
    }

    /// A Support user that became, or stopped being, staff a messaging user links to (§2 rule 6).
    private static func staffChanges(_ old: SnapshotUser, _ new: SnapshotUser) -> [DiffChange] {
        guard old.staffRole != new.staffRole, old.recordsStaffRole, new.recordsStaffRole else { return [] }
        func role(_ role: String?) -> DiffText.Part { role.map { .data($0) } ?? .text("end user") }
        return [
            change(
                .userStaffChanged, new,
                label(new) + [.text(" role: "), role(old.staffRole), .text(" → "), role(new.staffRole)])
        ]
    }

    /// One change per field and distinct old → new pair, naming the surfaces that show it.
    private static func fieldChanges(_ old: SnapshotUser, _ new: SnapshotUser) -> [DiffChange] {
        var changes: [DiffChange] = []
        for field in visibleFields where field.isRecorded(old) && field.isRecorded(new) {
            // A rename usually shows on every surface at once: one line naming them all, not three.
            var pairs: [(old: String?, new: String?, surfaces: [String])] = []
            for (surface, value) in field.surfaces where value(old) != value(new) {
                if let index = pairs.firstIndex(where: { $0.old == value(old) && $0.new == value(new) }) {
                    pairs[index].surfaces.append(surface)
                } else {
                    pairs.append((value(old), value(new), [surface]))
                }
            }
            for pair in pairs {
                let parts: [DiffText.Part] =
                    label(new) + [
                        .text(" \(field.name) on \(DiagnosticText.list(pair.surfaces)): "), .value(pair.old),
                        .text(" → "),
                        .value(pair.new),
                    ]
                changes.append(change(.visibleFieldChanged, new, parts))
            }
        }
        return changes
    }

    private static func variableChanges(_ old: SnapshotUser, _ new: SnapshotUser) -> [DiffChange] {
        metadataVariables.compactMap { variable in
            guard variable.value(old) != variable.value(new) else { return nil }
            let parts: [DiffText.Part] =
                label(new) + [
                    .text(" \(variable.name): "), .value(variable.value(old)), .text(" → "),
                    .value(variable.value(new)),
                ]
            return change(.metadataVariableChanged, new, parts)
        }
    }
}
