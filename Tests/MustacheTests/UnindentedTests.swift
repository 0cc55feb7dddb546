import Mustache
import Testing

/// `keepIndentation: false`: pages drop the whitespace that starts an output line, and nothing else.
@Suite("Templates without indentation")
struct UnindentedTests {
    private func render(
        _ templates: [String: String], _ context: MustacheValue, name: String = "page"
    ) throws -> String {
        try MustacheLibrary(templates: templates, keepIndentation: false).render(name, context, strict: true)
    }

    @Test("A layout, a block, a list and a standalone partial lose their indentation, not their lines")
    func page() throws {
        let templates = [
            "layout": "<html>\n  <body>\n    {{$content}}\n    {{/content}}\n  </body>\n</html>\n",
            "page": """
            {{<layout}}
            {{$content}}
            <ul>
              {{#items}}
                {{>row}}
              {{/items}}
            </ul>
            {{/content}}
            {{/layout}}

            """,
            "row": "<li>\n  {{.}}\n</li>\n",
        ]
        let html = try render(templates, ["items": ["a", "b"]])
        #expect(html == "<html>\n<body>\n<ul>\n<li>\na\n</li>\n<li>\nb\n</li>\n</ul>\n</body>\n</html>\n")
    }

    @Test("Whitespace after a value, inside a line or written by a value stays, so no two words join")
    func withinLines() throws {
        let html = try render(
            ["page": "<p>{{a}}  {{b}}</p>\n  <p>{{a}}\t x</p>\n  {{c}}\n"], ["a": "A", "b": "B", "c": "  C"])
        #expect(html == "<p>A  B</p>\n<p>A\t x</p>\n  C\n")
    }

    @Test("A list written on one line keeps the spaces between its items")
    func inlineRepetition() throws {
        let html = try render(["page": "<p>\n{{#items}}  {{.}}{{/items}}\n</p>\n"], ["items": ["a", "b"]])
        #expect(html == "<p>\n  a  b\n</p>\n")
    }

    @Test("Text after an inline partial, or after a partial that ends mid-line, keeps its leading spaces")
    func afterPartials() throws {
        let templates = ["page": "<p>{{>name}}  end</p>\n  {{>name}}\n  after\n", "name": "<b>N</b>"]
        #expect(try render(templates, [:]) == "<p><b>N</b>  end</p>\n<b>N</b>  after\n")
    }

    @Test("By default the spec's indentation is kept")
    func defaultKeeps() throws {
        let library = try MustacheLibrary(templates: ["page": "<ul>\n  {{>row}}\n</ul>\n", "row": "<li>x</li>\n"])
        #expect(try library.render("page", [:]) == "<ul>\n  <li>x</li>\n</ul>\n")
    }
}
