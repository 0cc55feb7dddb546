import AgentViewCore
import Mustache

/// One diagnostic for a template, with a link to the page of the user or ticket it is about.
struct DiagnosticModel {
    let diagnostic: Diagnostic
    let context: PageContext

    /// `{code, severity, subject: {label, href}, message, advice}`.
    var value: MustacheValue {
        let subject: (label: String, href: String?)
        switch context.index.subject(of: diagnostic) {
        case .user(let key):
            let name = context.index.usersByKey[key].map(context.index.displayName(of:)) ?? key.description
            subject = ("\(name) (\(key))", context.links.user(key))
        case .ticket(let id):
            subject = ("Ticket #\(id)", context.links.ticket(id))
        case .other where diagnostic.subject.hasPrefix("ticket:"):
            subject = ("Ticket #\(diagnostic.subject.dropFirst("ticket:".count)) (not in the export)", nil)
        case .other:
            subject = (diagnostic.subject, nil)
        }
        return [
            "code": .string(diagnostic.code),
            "severity": .string(diagnostic.severity.rawValue),
            "subject": ["label": .string(subject.label), "href": MustacheValue(subject.href)],
            "message": .string(diagnostic.message),
            "advice": .string(diagnostic.advice),
        ]
    }

    /// The values of several diagnostics.
    static func list(_ diagnostics: [Diagnostic], _ context: PageContext) -> MustacheValue {
        .list(diagnostics.map { DiagnosticModel(diagnostic: $0, context: context).value })
    }
}
