import AgentViewCore
import Mustache

/// One diagnostic for a template, with a link to the page of the user or ticket it is about.
struct DiagnosticModel {
    let diagnostic: Diagnostic
    let context: PageContext

    /// `{code, severity, subject: {label, href}, message, advice}`.
    var value: MustacheValue {
        let subject: (label: String, href: String?)
        switch (context.view.page(of: diagnostic.subject), diagnostic.subject) {
        case (.user(let key)?, _):
            let name = LookalikeText.shown(context.view.user(key)?.displayName ?? key.description)
            subject = ("\(name) (\(key))", context.links.user(key))
        case (.ticket(let id)?, _):
            subject = ("Ticket #\(id)", context.links.ticket(id))
        case (nil, .ticket(let id)):
            subject = ("Ticket #\(id) (not in the export)", nil)
        case (nil, let other):
            subject = (other.description, nil)
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
