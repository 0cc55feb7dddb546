/// One line of the docs/rules.md §9 catalogue: a stable code, its severity and when it is raised.
public struct DiagnosticCode: Sendable, Equatable {
    /// The kebab-case code; codes are never renamed.
    public var code: String
    public var severity: Diagnostic.Severity
    /// One line saying when the code is raised, for docs and pages.
    public var when: String

    /// Creates a catalogue line.
    public init(code: String, severity: Diagnostic.Severity, when: String) {
        self.code = code
        self.severity = severity
        self.when = when
    }

    /// A diagnostic of this code, so the severity is written in one place only.
    func diagnostic(subject: DiagnosticSubject, message: String, advice: String) -> Diagnostic {
        Diagnostic(code: code, severity: severity, subject: subject, message: message, advice: advice)
    }
}
