/// One thing agents would see differently, with what it is about and the words that say it.
public struct DiffChange: Sendable, Equatable, CustomStringConvertible {
    /// What changed.
    public var kind: DiffChangeKind
    /// What the change is about: a user key, a ticket id, a message id, a diagnostic's subject, or `settings`.
    public var subject: String
    /// The wording, naming old → new values and the reason.
    public var text: DiffText
    /// The page that shows the subject, relative to the output folder (the new snapshot's page when
    /// it has one, else the old one's); nil for settings and diagnostics.
    public var page: String?
    /// Set on a change that reads like others of its kind but for one part (a requester's tickets crossing the
    /// cap together, a ticket's messages losing the mark for one reason): lists show such changes as one
    /// bullet (`DiffGroup.bullets`), each still counted.
    public var bundle: DiffBundle?

    /// Creates a change.
    public init(kind: DiffChangeKind, subject: String, text: DiffText, page: String? = nil, bundle: DiffBundle? = nil) {
        self.kind = kind
        self.subject = subject
        self.text = text
        self.page = page
        self.bundle = bundle
    }

    /// The wording as one line, user values in single quotes.
    public var description: String { text.description }
}

/// What a change shares with the others of its bundle, and its own part: `tickets of 'Ann' (support:1) lost the
/// mark: …; crossed the cap (within-cap → over-cap)` and `7005 (rank 100)`.
public struct DiffBundle: Sendable, Equatable {
    /// Equal for the changes listed as one bullet.
    public var key: String
    /// The words every member shares, after the count: `tickets of 'Ann' (support:1) lost the mark: …`.
    public var head: [DiffText.Part]
    /// How the members' list is introduced: `tickets`, `messages`.
    public var members: String
    /// This change's own part of the list: `7005 (rank 100)`.
    public var member: [DiffText.Part]

    /// Creates a bundle.
    public init(key: String, head: [DiffText.Part], members: String, member: [DiffText.Part]) {
        self.key = key
        self.head = head
        self.members = members
        self.member = member
    }
}
