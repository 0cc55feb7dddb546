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

/// The spec's JSON files, read from `../shared/mustache-spec` next to the package.
enum SpecFolder {
    /// The folder, found from this source file: `Tests/MustacheTests/Spec/` → package root.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/mustache-spec")

    /// Whether the folder is there; the spec suite is skipped where it is not.
    static let exists = FileManager.default.fileExists(atPath: url.appendingPathComponent("sections.json").path)

    /// The spec files this engine implements, all cases of which must pass.
    static let implementedFiles = [
        "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
        "sections.json", "~dynamic-names.json", "~inheritance.json",
    ]

    /// Every case of the implemented files, in file order; empty when the folder is missing.
    static let implementedCases = implementedFiles.flatMap(cases(in:))

    /// The cases of one spec file, or none when it cannot be read.
    static func cases(in file: String) -> [SpecCase] {
        guard let data = try? Data(contentsOf: url.appendingPathComponent(file)),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let tests = json["tests"] as? [[String: Any]]
        else { return [] }
        var seen: [String: Int] = [:]
        return tests.map { test in
            let name = test["name"] as? String ?? "?"
            seen[name, default: 0] += 1
            return SpecCase(
                file: file,
                name: seen[name] == 1 ? name : "\(name) (\(seen[name]!))",
                summary: test["desc"] as? String ?? "",
                data: JSONToValue.convert(test["data"] ?? NSNull()),
                template: test["template"] as? String ?? "",
                partials: test["partials"] as? [String: String] ?? [:],
                expected: test["expected"] as? String ?? "")
        }
    }
}
