/// One diagnostic of a snapshot (docs/rules.md §9); two snapshots hold the same one when code, subject and message agree.
public struct SnapshotDiagnostic: Sendable, Equatable {
    /// The catalogue code: `sync-drift-name`, …
    public var code: String
    /// `error`, `warning` or `note`.
    public var severity: String
    /// A user key (`support:123`) or a ticket (`ticket:456`).
    public var subject: String
    /// The sentence naming the values involved.
    public var message: String
    /// What to do about it.
    public var advice: String

    /// Creates a diagnostic.
    public init(code: String, severity: String, subject: String, message: String, advice: String) {
        self.code = code
        self.severity = severity
        self.subject = subject
        self.message = message
        self.advice = advice
    }

    /// Reads one element of `diagnostics`.
    init(reading record: SnapshotReader) throws(SnapshotError) {
        code = try record.string("code")
        severity = try record.string("severity")
        subject = try record.string("subject")
        message = try record.string("message")
        advice = try record.string("advice")
    }

    /// What identifies a diagnostic across snapshots: a changed advice alone is not a new problem.
    var identity: [String] { [code, subject, message] }
}
