import AgentViewCore
import Mustache

/// One diagnostic for a template, with a link to the page of the user or ticket it is about.
struct DiagnosticModel {
    let diagnostic: Diagnostic
    let context: PageContext

    /// `{code, severity, subject: {label, href}, message, advice}` (`DiagnosticRow`).
    var value: MustacheValue { DiagnosticRow(diagnostic: diagnostic, in: context.view).value(context.links) }

    /// The values of several diagnostics, at most `limit` of them (`ListLimit`).
    static func list(_ diagnostics: [Diagnostic], _ context: PageContext, limit: Int?) -> MustacheValue {
        .list(
            ListLimit.cut(diagnostics, limit: limit).shown.map {
                DiagnosticModel(diagnostic: $0, context: context).value
            })
    }

    /// The sentence saying how many diagnostics `list(_:_:limit:)` left out, or null.
    static func more(_ diagnostics: [Diagnostic], limit: Int?) -> MustacheValue {
        ListLimit.more(
            ListLimit.cut(diagnostics, limit: limit).more, "diagnostics", whereAll: ListLimit.everyDiagnostic)
    }
}
