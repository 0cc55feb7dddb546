import Mustache
import Testing

@testable import AgentViewCore
@testable import AgentViewRender

/// URLs in a message's text become links (https, http, mailto only), the rest stays text.
@Suite struct TextLinksTests {
    private typealias Part = TextLinks.Part

    @Test("A URL inside a sentence is a link, its trailing punctuation is not")
    func sentence() {
        #expect(
            TextLinks.parts("See https://example.com/a?b=1. Thanks")
                == [
                    Part(text: "See ", href: nil),
                    Part(text: "https://example.com/a?b=1", href: "https://example.com/a?b=1"),
                    Part(text: ". Thanks", href: nil),
                ])
        #expect(
            TextLinks.parts("(mailto:help@example.com)")
                == [
                    Part(text: "(", href: nil), Part(text: "mailto:help@example.com", href: "mailto:help@example.com"),
                    Part(text: ")", href: nil),
                ])
        // A ")" that closes a "(" in the URL belongs to it.
        #expect(
            TextLinks.parts("http://w.org/A_(b)")
                == [Part(text: "http://w.org/A_(b)", href: "http://w.org/A_(b)")])
        #expect(
            TextLinks.parts("URL: HTTPS://x.org/") == [
                Part(text: "URL: ", href: nil), Part(text: "HTTPS://x.org/", href: "HTTPS://x.org/"),
            ])
    }

    @Test(
        "Anything else stays text",
        arguments: [
            "javascript:alert(1)", "data:text/html,x", "nohttps://example.com", "https://", "https:// x",
            "ftp://example.com", "plain text", "",
        ])
    func text(input: String) {
        #expect(TextLinks.parts(input).allSatisfy { $0.href == nil })
        #expect(TextLinks.parts(input).map(\.text).joined() == input)
    }

    @Test("Schemes are found next to other colons, at the text's edges and one after another")
    func crowdedColons() {
        let text = "http:https://a.org::mailto:b@c.org:http://d.org https://e.org:"
        let parts = TextLinks.parts(text)
        #expect(
            parts.compactMap(\.href) == [
                "https://a.org::mailto:b@c.org:http://d.org", "https://e.org",
            ])
        #expect(parts.map(\.text).joined() == text)
        #expect(TextLinks.parts("mailto:x@y.z").compactMap(\.href) == ["mailto:x@y.z"])
        #expect(TextLinks.parts(":::http://a.b").compactMap(\.href) == ["http://a.b"])
        #expect(TextLinks.parts("ttp://a.b http:/").allSatisfy { $0.href == nil })
    }

    @Test("A URL ends at whitespace, quotes, angle brackets and bidi controls")
    func ends() {
        let text = "a https://x.org/p\u{202E}evil b \"https://y.org\"<https://z.org>"
        let parts = TextLinks.parts(text)
        #expect(parts.compactMap(\.href) == ["https://x.org/p", "https://y.org", "https://z.org"])
        #expect(parts.map(\.text).joined() == text)
    }

    @Test("The ticket page links a URL in a message's text; a report shows it as text")
    func rendered() throws {
        let entry = TranscriptEntry(
            id: "m1", time: nil, role: .bot,
            content: MessageContent(type: "text", text: "Track it at https://example.com/t?a=1&b=2 <now>"))
        let library = try TemplateSet.builtIn()
        let site = try library.render(
            "partials/message", context(MessageContentModel(entry: entry, links: .site(page: "tickets/1.html")).value))
        #expect(
            site.contains(
                #"<bdi>Track it at <a href="https://example.com/t?a=1&amp;b=2" rel="noopener noreferrer">https://example.com/t?a=1&amp;b=2</a> &lt;now&gt;</bdi>"#
            ))
        let report = try library.render(
            "partials/message", context(MessageContentModel(entry: entry, links: .report(tickets: [])).value))
        #expect(
            !report.contains("href=") && report.contains("Track it at https://example.com/t?a=1&amp;b=2 &lt;now&gt;"))
    }

    private func context(_ content: MustacheValue) -> MustacheValue {
        [
            "id": "m1", "anchor": nil, "role": "bot", "isEndUser": false, "showsRule": false, "name": "Bot",
            "initials": "B",
            "checkMark": false, "caption": "", "time": nil, "isPrivate": false, "content": content,
        ]
    }
}
