import Mustache
import Testing

/// How partials, parents and blocks indent the lines they expand to, beyond the spec's cases.
@Suite("Layouts and indentation")
struct IndentationTests {
    @Test("A page's content replaces a layout's standalone block at the block's indentation")
    func layout() {
        let layout = """
            <html>
              <body>
                {{$content}}
                {{/content}}
              </body>
            </html>

            """
        let page = """
            {{<layout}}
            {{$content}}
            <h1>{{title}}</h1>
            <ul>
              {{#items}}
              <li>{{.}}</li>
              {{/items}}
            </ul>
            {{/content}}
            {{/layout}}

            """
        let expected = """
            <html>
              <body>
                <h1>T</h1>
                <ul>
                  <li>a</li>
                  <li>b</li>
                </ul>
              </body>
            </html>

            """
        #expect(
            render(["page": page, "layout": layout], ["title": "T", "items": ["a", "b"]], strict: true) == expected)
    }

    @Test("A block the page does not replace shows its default content")
    func defaultBlock() {
        let layout = "<title>{{$title}}Tickets{{/title}}</title>\n{{$body}}{{/body}}"
        let page = "{{<layout}}\n{{$body}}<p>hi</p>{{/body}}\n{{/layout}}\n"
        #expect(render(["page": page, "layout": layout], strict: true) == "<title>Tickets</title>\n<p>hi</p>")
    }

    @Test("Standalone partials inside standalone partials add up their indentation, but not to data")
    func nestedPartials() {
        let templates = [
            "page": "<ul>\n  {{>item}}\n</ul>\n",
            "item": "<li>\n  {{>label}}\n</li>\n",
            "label": "{{text}}\n",
        ]
        #expect(render(templates, ["text": "a\nb"], strict: true) == "<ul>\n  <li>\n    a\nb\n  </li>\n</ul>\n")
    }

    @Test("Blank lines of an indented partial stay empty instead of gaining trailing spaces")
    func blankLines() {
        let templates = ["page": "<div>\n  {{>para}}\n</div>\n", "para": "<p>\n\n</p>\n"]
        #expect(render(templates, strict: true) == "<div>\n  <p>\n\n  </p>\n</div>\n")
    }

    @Test("A partial in the middle of a line is not indented, even inside an indented partial")
    func inlinePartial() {
        let templates = ["page": "<div>\n  {{>row}}\n</div>\n", "row": "<b>{{>two}}</b>\n", "two": "x\ny"]
        #expect(render(templates, strict: true) == "<div>\n  <b>x\ny</b>\n</div>\n")
    }

    @Test("A dynamic parent name picks the layout from the data, keeping the page's blocks")
    func dynamicParent() {
        let templates = [
            "page": "{{<*layout}}{{$body}}hi{{/body}}{{/*layout}}",
            "wide": "<div class=wide>{{$body}}{{/body}}</div>",
            "narrow": "<div class=narrow>{{$body}}{{/body}}</div>",
        ]
        #expect(render(templates, ["layout": "narrow"], strict: true) == "<div class=narrow>hi</div>")
    }
}
