import Foundation
import Mustache
import Testing

/// Templates built at random from Mustache's grammar, and AgentView's own page templates damaged at
/// random, with fixed seeds: parsing ends in a tree or in errors placed inside the template, rendering
/// ends in text or a placed error, and escaped values never bring markup along.
///
/// `HostileInputTests` mutates the spec's templates; these start from the grammar and from the
/// templates that ship, which the spec does not reach.
@Suite("Fuzzed templates")
struct TemplateFuzzTests {
    /// Names a generated tag uses: defined (the hostile values twice as often), missing, dotted and implicit.
    static let names = [
        "a", "a", "b", "b", "list", "user", "user.name", "user.name", "missing", ".", "a.b.c", "on", "off",
    ]
    /// Names no tag may hold, used when a template is meant to be broken.
    static let malformedNames = ["", "a b", "a..b", "{x}", ".a"]
    /// Text between tags: markup-free pieces, so that any `<` in the output came from a value.
    static let safeText = ["", "x", " ", "\n", "\r\n", "  \n", "é", "😀", "=", "}", "{", "}}", "{{", "{ {", "\t"]
    /// What every name resolves to: each value tries to be markup, or Mustache.
    static let context: MustacheValue = [
        "a": "<script>alert(1)</script>", "b": #""><img src=x onerror=alert(2)>"#,
        "list": ["'</title>", "{{a}}", ["name": "<b>bold</b>"]], "user": ["name": "<svg onload=alert(3)>"],
        "on": true, "off": false,
    ]

    @Test(
        "Templates from the grammar parse or fail in place, render or fail in place, and escape",
        arguments: [11, 12, 13] as [UInt64])
    func grammarTemplates(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var outcomes = (rendered: 0, failed: 0, escaped: 0)
        for iteration in 0..<800 {
            // Most templates are well formed, so that rendering is reached; some are broken on purpose. Half
            // the iterations write no raw output (`{{{`, `{{&`) and keep `{{ }}`, so every value must be escaped.
            let raw = Bool.random(using: &random)
            let generate = { (random: inout SplitMix64) in
                self.generate(&random, broken: Int.random(in: 0..<4, using: &random) == 0, raw: raw)
            }
            let templates = ["page": generate(&random), "partial": generate(&random), "parent": generate(&random)]
            let context = "seed \(seed), iteration \(iteration): \(templates)"
            do {
                let library = try MustacheLibrary(templates: templates)
                for strict in [false, true] {
                    do {
                        let output = try library.render("page", Self.context, strict: strict)
                        outcomes.rendered += 1
                        if !raw {
                            #expect(!output.contains("<"), "\(String(reflecting: output)) from \(context)")
                            if output.contains("&lt;") { outcomes.escaped += 1 }
                        }
                    } catch {
                        outcomes.failed += 1
                        expectPlaced(error, in: templates, context)
                    }
                }
            } catch {
                outcomes.failed += 1
                for problem in error.errors { expectPlaced(problem, in: templates, context) }
            }
        }
        // Each outcome occurs often enough to mean something, escaped hostile values included.
        #expect(outcomes.rendered > 100 && outcomes.failed > 100 && outcomes.escaped > 50, "\(outcomes)")
    }

    /// `Templates/` as it ships, read from the package (this target does not link AgentViewRender).
    static let pageTemplates: [String: String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")
            .standardizedFileURL
        var templates: [String: String] = [:]
        let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = found?.nextObject() as? URL {
            guard url.pathExtension == "mustache", let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            let path = url.standardizedFileURL.pathComponents.dropFirst(root.pathComponents.count).joined(
                separator: "/")
            templates[String(path.dropLast(".mustache".count))] = text
        }
        return templates
    }()

    @Test("The page templates, damaged, parse or fail in place", arguments: [21, 22] as [UInt64])
    func damagedPageTemplates(seed: UInt64) throws {
        try #require(Self.pageTemplates.count > 5, "Templates/ not found beside the package")
        var random = SplitMix64(seed: seed)
        let names = Self.pageTemplates.keys.sorted()
        for iteration in 0..<250 {
            var templates = Self.pageTemplates
            let name = names.randomElement(using: &random)!
            var scalars = Array(templates[name]!.unicodeScalars)
            for _ in 0..<Int.random(in: 1...3, using: &random) { damage(&scalars, using: &random) }
            templates[name] = String(String.UnicodeScalarView(scalars))
            let context = "seed \(seed), iteration \(iteration), \(name)"
            do {
                let library = try MustacheLibrary(templates: templates)
                // Loose rendering with values everywhere reaches deep into sections and partials.
                do {
                    _ = try library.render(name, Self.context, strict: false)
                } catch {
                    expectPlaced(error, in: templates, context)
                }
            } catch {
                for problem in error.errors { expectPlaced(problem, in: templates, context) }
            }
        }
    }

    // MARK: - Generating and damaging

    /// A template of up to a few dozen pieces; a broken one may hold malformed tags and unbalanced sections,
    /// and only a raw one unescaped tags and delimiter changes.
    private func generate(_ random: inout SplitMix64, broken: Bool, raw: Bool, depth: Int = 0) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let malformed = broken && Int.random(in: 0..<4, using: &random) == 0
            let name = (malformed ? Self.malformedNames : Self.names).randomElement(using: &random)!
            let space = ["", " ", "  ", "\t"].randomElement(using: &random)!
            switch Int.random(in: 0..<(broken ? 14 : 12), using: &random) {
            case 0...3: text += Self.safeText.randomElement(using: &random)!
            case 4...5: text += "{{\(space)\(name)\(space)}}"
            case 6 where depth < 4:
                let kind = ["#", "^", "$", "<"].randomElement(using: &random)!
                let closing = broken && Int.random(in: 0..<4, using: &random) == 0 ? "other" : name
                let target = kind == "<" ? ["partial", "parent", "nowhere"].randomElement(using: &random)! : name
                text +=
                    "{{\(kind)\(target)}}" + generate(&random, broken: broken, raw: raw, depth: depth + 1)
                    + "{{/\(kind == "<" ? target : closing)}}"
            case 7:
                text +=
                    "{{>\(space)\(["partial", "parent", "nowhere", "page"].randomElement(using: &random)!)\(space)}}"
            case 8: text += "{{!\(Self.safeText.randomElement(using: &random)!) comment}}"
            case 9...11 where !raw: text += "{{\(name)}}"
            case 9: text += "{{{\(name)}}}"
            case 10: text += "{{&\(space)\(name)}}"
            case 11:
                text += (broken ? ["{{= =}}", "{{=<%%>=}}"] : ["{{=<% %>=}}", "{{=| |=}}"]).randomElement(
                    using: &random)!
            case 12: text += ["{{#", "{{/", "{{", "}}", "{{/a}}", "{{^}}", "{{#a}}"].randomElement(using: &random)!
            default: text += "{{\(["#", "^", "/"].randomElement(using: &random)!)\(name)}}"
            }
        }
        return text
    }

    /// Inserts a piece of syntax, deletes a run, or swaps one character for another.
    private func damage(_ scalars: inout [Unicode.Scalar], using random: inout SplitMix64) {
        let position = Int.random(in: 0...scalars.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let pieces = [
                "{{", "}}", "{{/", "{{#x}}", "{{/x}}", "{{>nowhere}}", "{{=<% %>=}}", "{{$b}}", "{{<layout}}", "\n",
                "{{{", "{{!",
            ]
            scalars.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: position)
        case 1:
            scalars.removeSubrange(position..<min(scalars.count, position + Int.random(in: 1...40, using: &random)))
        default:
            guard position < scalars.count else { return }
            scalars[position] = ["{", "}", "#", "/", "^", ">", "&", "=", "\n", " ", "\u{0}"].randomElement(
                using: &random)!
        }
    }

    /// Records an issue unless `error` names a template of `templates` and a line and column inside it.
    private func expectPlaced(
        _ error: MustacheError, in templates: [String: String], _ context: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let source = templates[error.template] else {
            Issue.record("\(error) names no template, after \(context)", sourceLocation: sourceLocation)
            return
        }
        // Lines end at `\n` (a `\r\n` ends one line too); columns count at most the line's UTF-8 bytes.
        let lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect((1...lines.count).contains(error.line), "\(error) after \(context)", sourceLocation: sourceLocation)
        if (1...lines.count).contains(error.line) {
            #expect(
                (1...(lines[error.line - 1].count + 1)).contains(error.column), "\(error) after \(context)",
                sourceLocation: sourceLocation)
        }
    }
}
