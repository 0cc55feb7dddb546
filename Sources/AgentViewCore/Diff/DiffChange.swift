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

    /// Creates a change.
    public init(kind: DiffChangeKind, subject: String, text: DiffText, page: String? = nil) {
        self.kind = kind
        self.subject = subject
        self.text = text
        self.page = page
    }

    /// The wording as one line, user values in single quotes.
    public var description: String { text.description }
}
