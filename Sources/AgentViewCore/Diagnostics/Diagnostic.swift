/// Something in the export that will surprise agents or reviewers (docs/rules.md §9).
public struct Diagnostic: Sendable, Equatable, Comparable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// A stable kebab-case code from the catalogue; codes are never renamed.
    public var code: String
    public var severity: Severity
    /// The user or ticket it is about (`support:123`, `ticket:456` in `snapshot.json`).
    public var subject: DiagnosticSubject
    /// A sentence naming the values involved.
    public var message: String
    /// What to do about it.
    public var advice: String

    /// Creates a diagnostic.
    public init(code: String, severity: Severity, subject: DiagnosticSubject, message: String, advice: String) {
        self.code = code
        self.severity = severity
        self.subject = subject
        self.message = message
        self.advice = advice
    }

    /// Sorted by code, then subject, then message, so output order never depends on discovery order.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.code, lhs.subject, lhs.message) < (rhs.code, rhs.subject, rhs.message)
    }
}
