/// The end users of both snapshots by key, named as agents see them (the new snapshot's name first), for the
/// diff lines that quote a user key: a diagnostic's subject, a message's author (docs/rules.md §11 rule 9).
struct DiffUserNames {
    private var names: [String: String] = [:]

    init(old: SnapshotDocument, new: SnapshotDocument) {
        for user in old.users + new.users { names[user.key.description] = user.shownName }
    }

    /// `'Ann Lee' (support:1)`, or the key alone when neither snapshot names it (an agent, a bot, a user
    /// the export lacks).
    func parts(_ key: String) -> [DiffText.Part] {
        names[key].map { [.name($0), .text(" ("), .data(key), .text(")")] } ?? [.data(key)]
    }
}
