import Foundation
import Mustache
import Testing

/// One test of the official Mustache spec: a template, its data and partials, and the output.
struct SpecCase: Sendable, CustomTestStringConvertible {
    /// The spec file the case comes from, such as `sections.json`.
    let file: String
    /// The case's name, with ` (2)` added when the file repeats a name.
    let name: String
    /// What the case checks, in the spec's words.
    let summary: String
    /// The root of the context stack.
    let data: MustacheValue
    /// The template to render.
    let template: String
    /// The partials the template may include, by name.
    let partials: [String: String]
    /// The exact output the spec expects.
    let expected: String

    /// `file: name`, as Swift Testing lists the argument.
    var testDescription: String { "\(file): \(name)" }

    /// Renders the case's template with its partials, the way the spec says to run it.
    func render() throws -> String {
        // The template's own name must not collide with a partial's; no spec partial has spaces.
        let name = "spec template"
        var sources = partials
        sources[name] = template
        return try MustacheLibrary(templates: sources).render(name, data)
    }
}
