import Mustache
import Testing

/// The official Mustache spec (v1.4.2), each case its own test.
@Suite("Mustache spec", .enabled(if: SpecFolder.exists, "the spec folder ../shared/mustache-spec is missing"))
struct SpecTests {
    @Test("Spec case renders as expected", arguments: SpecFolder.implementedCases)
    func specCase(_ spec: SpecCase) throws {
        let rendered = try spec.render()
        #expect(rendered == spec.expected, "\(spec.summary)\ntemplate: \(String(reflecting: spec.template))")
    }

    @Test("Every implemented spec file has cases")
    func filesAreRead() {
        for file in SpecFolder.implementedFiles {
            #expect(!SpecFolder.cases(in: file).isEmpty, "\(file) has no cases or cannot be read")
        }
    }

    /// The lambdas module needs Swift closures in the data, which ``MustacheValue`` leaves out
    /// on purpose (values stay plain `Sendable` data); each of its cases is skipped for that.
    @Test("Skipped spec cases are exactly the lambda cases")
    func skippedCases() {
        let lambdas = SpecFolder.cases(in: "~lambdas.json").map(\.name)
        let reason = "lambdas need closures in the data; MustacheValue is plain data by design"
        for name in lambdas {
            print("skipped: ~lambdas.json: \(name): \(reason)")
        }
        #expect(
            lambdas == [
                "Interpolation", "Interpolation - Expansion", "Interpolation - Alternate Delimiters",
                "Interpolation - Multiple Calls", "Escaping", "Section", "Section - Expansion",
                "Section - Alternate Delimiters", "Section - Multiple Calls", "Inverted Section",
            ])
    }
}
