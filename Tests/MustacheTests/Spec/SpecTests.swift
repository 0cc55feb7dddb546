import Mustache
import Testing

/// The official Mustache spec (v1.4.2), vendored in `Fixtures/`, each case its own test.
///
/// Nothing here is skipped: a missing or unreadable spec file fails the suite.
@Suite("Mustache spec")
struct SpecTests {
    @Test("Spec case renders as expected", arguments: try SpecFolder.implementedCases())
    func specCase(_ spec: SpecCase) throws {
        let rendered = try spec.render()
        #expect(rendered == spec.expected, "\(spec.summary)\ntemplate: \(String(reflecting: spec.template))")
    }

    @Test("The vendored spec holds every case of the implemented files")
    func filesAreRead() throws {
        let counts = try SpecFolder.implementedFiles.map { try SpecFolder.cases(in: $0).count }
        // The case counts of spec v1.4.2, as its README lists them: a truncated copy fails here.
        #expect(counts == [12, 14, 42, 22, 12, 34, 21, 27])
    }

    /// The lambdas module needs Swift closures in the data, which ``MustacheValue`` leaves out
    /// on purpose (values stay plain `Sendable` data), so none of its cases is run. This test pins
    /// the list, so a spec update that adds a case elsewhere, or a lambda case, is noticed.
    @Test("The unsupported spec cases are exactly the lambda cases")
    func unsupportedCases() throws {
        let lambdas = try SpecFolder.cases(in: "~lambdas.json").map(\.name)
        #expect(
            lambdas == [
                "Interpolation", "Interpolation - Expansion", "Interpolation - Alternate Delimiters",
                "Interpolation - Multiple Calls", "Escaping", "Section", "Section - Expansion",
                "Section - Alternate Delimiters", "Section - Multiple Calls", "Inverted Section",
            ])
    }
}
