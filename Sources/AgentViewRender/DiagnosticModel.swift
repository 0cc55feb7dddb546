import AgentViewCore
import Mustache

/// One diagnostic for a template, with a link to the page of the user or ticket it is about.
struct DiagnosticModel {
    let diagnostic: Diagnostic
    let context: PageContext

    /// `{code, severity, subject: {label, href}, message, advice}` (`DiagnosticRow`).
    var value: MustacheValue { DiagnosticRow(diagnostic: diagnostic, in: context.view).value(context.links) }

    /// The values of several diagnostics, at most `limit` of them, and the sentence saying how many more
    /// there are (`ListLimit`).
    static func list(_ diagnostics: [Diagnostic], _ context: PageContext, limit: Int?)
        -> (list: MustacheValue, more: MustacheValue)
    {
        ListLimit.values(diagnostics, limit: limit, noun: "diagnostics", whereAll: ListLimit.everyDiagnostic) {
            DiagnosticModel(diagnostic: $0, context: context).value
        }
    }
}
