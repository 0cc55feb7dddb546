import AgentViewCore
import Mustache

/// One diagnostic for a template, with a link to the page of the user or ticket it is about.
struct DiagnosticModel {
    let diagnostic: Diagnostic
    let context: PageContext

    /// `{code, severity, subject: {label, href}, message, advice}` (`DiagnosticRow`).
    var value: MustacheValue { DiagnosticRow(diagnostic: diagnostic, in: context.view).value(context.links) }

    /// The values of several diagnostics.
    static func list(_ diagnostics: [Diagnostic], _ context: PageContext) -> MustacheValue {
        .list(diagnostics.map { DiagnosticModel(diagnostic: $0, context: context).value })
    }
}
