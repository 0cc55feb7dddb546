/// A rule that finds one family of surprises in a built view (docs/rules.md §9).
///
/// Rules are stateless: everything they look at comes from a `DiagnosticContext`, built once, whose
/// indexes keep each rule O(n log n) in users, tickets and messages.
protocol DiagnosticRule {
    /// The catalogue lines this rule raises, in catalogue order.
    static var codes: [DiagnosticCode] { get }

    /// Every diagnostic of this rule, in any order (the registry sorts).
    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic]
}
