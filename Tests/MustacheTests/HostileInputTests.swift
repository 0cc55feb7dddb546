import Mustache
import Testing

/// Templates are hostile input: whatever the bytes, the engine ends in output or a located error.
@Suite("Hostile templates")
struct HostileInputTests {
    /// Pieces of Mustache syntax that mutations insert, chosen to open and break tags.
    static let fragments = [
        "{{", "}}", "{{{", "}}}", "{{#a}}", "{{/a}}", "{{^a}}", "{{<p}}", "{{/p}}", "{{$b}}", "{{/b}}", "{{>p}}",
        "{{>*name}}", "{{=<% %>=}}", "{{= | | =}}", "<%", "%>", "|", "{{!", "{{&", "=", "\n", "\r\n", "  ", "\t",
        "é", "😀", "*", ".", "{{.}}", "{{a.b}}",
    ]

    /// Templates to mutate: every template and partial of the vendored spec, and a few of our own.
    static func seeds() throws -> [String] {
        try SpecFolder.implementedCases().flatMap { [$0.template] + $0.partials.values } + [
            "{{<p}}\n  {{$b}}\n  x\n  {{/b}}\n{{/p}}\n", "{{#a}}\n  {{>p}}\n{{/a}}", "{{=<% %>=}}<%#a%><%.%><%/a%>",
        ]
    }

    @Test("Randomly mutated templates parse into a tree or an error with a place, and render without crashing")
    func mutations() throws {
        let seeds = try Self.seeds()
        var random = SplitMix64(seed: 2024)
        let context: MustacheValue = ["a": ["x", "y"], "b": true, "name": "p", "p": ["a": 1]]
        for _ in 0..<3000 {
            var scalars = Array(seeds.randomElement(using: &random)!.unicodeScalars)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                mutate(&scalars, using: &random)
            }
            let source = String(String.UnicodeScalarView(scalars))
            // Scalars, not characters: "\r\n" is one character but still ends a line.
            let lines = scalars.count(where: { $0 == "\n" }) + 1
            do {
                let library = try MustacheLibrary(templates: ["page": source, "p": source])
                _ = try? library.render("page", context)
            } catch {
                for problem in error.errors {
                    #expect(problem.template == "page" || problem.template == "p")
                    #expect((1...lines).contains(problem.line) && problem.column >= 1, "\(problem) in \(source)")
                }
            }
        }
    }

    /// Inserts a fragment, deletes a range, or duplicates a range of the template.
    private func mutate(_ scalars: inout [Unicode.Scalar], using random: inout SplitMix64) {
        let position = Int.random(in: 0...scalars.count, using: &random)
        let end = Int.random(in: position...min(scalars.count, position + 12), using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: scalars.insert(contentsOf: Self.fragments.randomElement(using: &random)!.unicodeScalars, at: position)
        case 1: scalars.removeSubrange(position..<end)
        default: scalars.insert(contentsOf: scalars[position..<end], at: position)
        }
    }

    @Test(
        "Truncated and unbalanced tags are errors, not hangs",
        arguments: ["{{", "{{{", "{{=", "{{=<% %>=}}<%", "{{!", "{{#", "}}{{", "{{=a b=}}a", "{{<p}}{{$b}}"])
    func truncated(_ source: String) {
        let error = loadError(["page": source])
        #expect(error?.errors.count == 1)
        #expect(error?.errors.first?.line == 1)
    }
}
