import Mustache
import Testing

/// Strict mode: unknown names and missing partials are errors with their place.
@Suite("Strict mode")
struct StrictModeTests {
    @Test("An unknown variable is an error with its place and name")
    func unknownVariable() {
        let error = renderError(["page": "<p>\n  Hello {{nmae}}</p>"], ["name": "Ada"])
        #expect(error == MustacheError(template: "page", line: 2, column: 9, reason: .unknownName("nmae")))
        #expect(error?.description == "page.mustache:2:9: error: unknown name 'nmae'")
    }

    @Test(
        "Unknown section and inverted-section names are errors",
        arguments: ["{{#usres}}x{{/usres}}", "{{^usres}}x{{/usres}}"])
    func unknownSection(_ source: String) {
        let error = renderError(["page": source], ["users": []])
        #expect(error == MustacheError(template: "page", line: 1, column: 1, reason: .unknownName("usres")))
    }

    @Test("An unknown raw variable is an error", arguments: ["{{{bdoy}}}", "{{&bdoy}}"])
    func unknownRaw(_ source: String) {
        let error = renderError(["page": source], ["body": "<b>"])
        #expect(error?.reason == .unknownName("bdoy"))
    }

    @Test("A name unknown inside nested sections is reported where it is used")
    func nested() {
        let source = "{{#users}}\n  {{#roles}}<i>{{titel}}</i>{{/roles}}\n{{/users}}"
        let context: MustacheValue = ["users": [["name": "Ada", "roles": [["title": "admin"]]]]]
        let error = renderError(["page": source], context)
        #expect(error == MustacheError(template: "page", line: 2, column: 16, reason: .unknownName("titel")))
        #expect(error?.description == "page.mustache:2:16: error: unknown name 'titel'")
    }

    @Test("A dotted name whose head exists but whose tail does not is unknown")
    func brokenChain() {
        let error = renderError(["page": "{{user.emial}}"], ["user": ["email": "ada@example.com"]])
        #expect(error == MustacheError(template: "page", line: 1, column: 1, reason: .unknownName("user.emial")))
        #expect(error?.description == "page.mustache:1:1: error: unknown name 'user.emial'")
    }

    @Test("A dotted name through a value that is not a map is unknown")
    func chainThroughText() {
        let error = renderError(["page": "{{user.name}}"], ["user": "Ada"])
        #expect(error?.reason == .unknownName("user.name"))
    }

    @Test("A missing partial is an error with the tag's place and the partial's name")
    func missingPartial() {
        let error = renderError(["page": "<main>\n  {{> partials/footr }}\n</main>"])
        #expect(error == MustacheError(template: "page", line: 2, column: 3, reason: .unknownPartial("partials/footr")))
        #expect(error?.description == "page.mustache:2:3: error: unknown partial 'partials/footr'")
    }

    @Test("A missing parent is an error")
    func missingParent() {
        let error = renderError(["page": "{{<layuot}}{{$body}}x{{/body}}{{/layuot}}"])
        #expect(error == MustacheError(template: "page", line: 1, column: 1, reason: .unknownPartial("layuot")))
    }

    @Test("A dynamic partial whose name is unknown, or names no template, is an error")
    func dynamicPartial() {
        #expect(renderError(["page": "{{>*kind}}"])?.reason == .unknownName("kind"))
        #expect(renderError(["page": "{{>*kind}}"], ["kind": "image"])?.reason == .unknownPartial("image"))
        #expect(renderError(["page": "{{>*kind}}"], ["kind": 3])?.reason == .unknownPartial("*kind"))
    }

    @Test("An error inside a partial names the partial's template")
    func insidePartial() {
        let templates = ["page": "{{#rows}}{{>partials/row}}{{/rows}}", "partials/row": "<td>{{nmae}}</td>"]
        let error = renderError(templates, ["rows": [["name": "Ada"]]])
        #expect(error == MustacheError(template: "partials/row", line: 1, column: 5, reason: .unknownName("nmae")))
        #expect(error?.description == "partials/row.mustache:1:5: error: unknown name 'nmae'")
    }

    @Test("A key present with the value null is known: it renders empty and hides sections")
    func explicitNull() {
        let source = "[{{note}}|{{user.note}}|{{#note}}x{{/note}}|{{^note}}none{{/note}}]"
        #expect(render(["page": source], ["note": nil, "user": ["note": nil]], strict: true) == "[|||none]")
    }

    @Test("Names are found in outer context frames, and the implicit iterator is always known")
    func outerFrames() {
        let source = "{{#items}}{{.}}@{{site}} {{/items}}"
        #expect(render(["page": source], ["items": ["a", "b"], "site": "x"], strict: true) == "a@x b@x ")
    }

    @Test("Without strict mode the same mistakes render as empty text")
    func lenient() {
        let source = "[{{nmae}}{{#usres}}x{{/usres}}{{user.emial}}{{>footr}}]"
        #expect(render(["page": source], ["user": ["email": "e"]]) == "[]")
    }

    @Test("Rendering a template the library does not have is an error naming it")
    func unknownTemplate() throws {
        let library = try MustacheLibrary(templates: ["page": "x"])
        let error = #expect(throws: MustacheError.self) { try library.render("pgae", [:]) }
        #expect(error == MustacheError(template: "pgae", line: 0, column: 0, reason: .unknownTemplate("pgae")))
        #expect(error?.description == "pgae.mustache: error: unknown template 'pgae'")
    }
}
