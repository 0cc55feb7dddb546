import Mustache
import Testing

/// Limits that turn runaway recursion into errors instead of crashes or endless runs.
@Suite("Recursion limits")
struct RecursionTests {
    @Test("A partial that always includes itself stops at the depth limit with its place")
    func selfInclusion() {
        let error = renderError(["page": "{{>loop}}", "loop": "x\n  {{>loop}}"], strict: false)
        #expect(error == MustacheError(template: "loop", line: 2, column: 3, reason: .recursionLimit(100)))
        #expect(error?.description == "loop.mustache:2:3: error: partials nested more than 100 deep")
    }

    @Test("A parent that inherits from itself stops at the depth limit")
    func selfParent() {
        let error = renderError(["page": "{{<page}}{{/page}}"], strict: false)
        #expect(error == MustacheError(template: "page", line: 1, column: 1, reason: .recursionLimit(100)))
    }

    @Test("A block that contains itself in its replacement stops at the depth limit")
    func selfBlock() {
        let templates = ["page": "{{<layout}}{{$a}}[{{$a}}{{/a}}]{{/a}}{{/layout}}", "layout": "{{$a}}{{/a}}"]
        let error = renderError(templates, strict: false)
        #expect(error == MustacheError(template: "page", line: 1, column: 19, reason: .recursionLimit(100)))
    }

    @Test("Partials that double at each of 30 levels stop at the expansion limit instead of running 2^30 times")
    func fanOut() {
        var templates = ["page": "{{>level1}}", "level30": "x"]
        for level in 1..<30 {
            templates["level\(level)"] = "{{>level\(level + 1)}}{{>level\(level + 1)}}"
        }
        let error = renderError(templates, strict: false)
        #expect(error?.reason == .expansionLimit(1_000_000))
    }

    @Test("Data-bounded recursion renders every level")
    func dataBounded() {
        let templates = ["page": "{{>node}}", "node": "{{name}}({{#children}}{{>node}}{{/children}})"]
        let tree: MustacheValue = [
            "name": "a", "children": [["name": "b", "children": [["name": "c", "children": []]]]],
        ]
        #expect(render(templates, tree, strict: false) == "a(b(c()))")
    }

    @Test("Sections nested to the limit inside recursive partials stop before overflowing the stack")
    func deepestNesting() {
        let sections = String(repeating: "{{#on}}", count: 99) + "{{>deep}}" + String(repeating: "{{/on}}", count: 99)
        let error = renderError(["page": "{{>deep}}", "deep": sections], ["on": true], strict: false)
        #expect(error == MustacheError(template: "deep", line: 1, column: 694, reason: .renderingTooDeep(limit: 500)))
        #expect(error?.description == "deep.mustache:1:694: error: sections and partials nested more than 500 deep")
    }

    @Test("Sections nested past the limit are a parse error, however deep the input goes")
    func nestingLimit() {
        let error = loadError(["page": String(repeating: "{{#a}}", count: 100_000)])
        let expected = MustacheError(template: "page", line: 1, column: 601, reason: .nestingTooDeep(limit: 100))
        #expect(error?.errors == [expected])
        #expect(error?.description == "page.mustache:1:601: error: sections nested more than 100 deep")
    }
}
