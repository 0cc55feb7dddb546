import Foundation
import Mustache
import Testing

@testable import AgentViewCore
@testable import AgentViewRender

/// Everything from input is escaped; input HTML is shown as text; only safe URLs become links.
@Suite struct EscapingTests {
    private static let hostile = #"<script>alert(1)</script>"#

    /// A small export whose every text field tries to break out of its place.
    private func renderHostileSite() throws -> [String: String] {
        let files: [String: String] = [
            "zendesk/users.json": #"""
            {"users": [
              {"id": 1, "name": "<script>alert(1)</script>", "email": "x\"'@example.com", "external_id": "\"><img src=x onerror=alert(1)>", "role": "end-user"},
              {"id": 2, "name": "Agent <b>Bold</b>", "role": "agent"}
            ]}
            """#,
            "zendesk/tickets.json":
                #"{"tickets": [{"id": 10, "subject": "</title><script>alert(2)</script>", "status": "open", "requester_id": 1, "via": {"channel": "web"}}]}"#,
            "zendesk/tickets/10/comments.json": #"""
            {"comments": [
              {"id": 100, "author_id": 1, "html_body": "<p>Hi <b>there</b> &amp; hello</p><script>alert(3)</script><img src=\"https://evil.example/x.png\">", "public": true, "created_at": "2026-01-01T10:00:00Z"},
              {"id": 101, "author_id": 2, "body": "</li><li onclick=alert(4)>reply", "public": true, "created_at": "2026-01-01T10:05:00Z"}
            ]}
            """#,
        ]
        let export = try ExportLoader().load(files: files.map { ($0.key, Array($0.value.utf8)) })
        let renderer = try #require(PageRenderer(templates: try TemplateSet.builtIn(), timeZone: "UTC"))
        return Dictionary(
            try renderer.site(AgentView(export: export)).filter { $0.path.hasSuffix(".html") }.map {
                ($0.path, $0.contents)
            },
            uniquingKeysWith: { first, _ in first })
    }

    @Test("No input reaches a page as markup")
    func noMarkupFromInput() throws {
        let pages = try renderHostileSite()
        #expect(pages.count == 4)  // index, diagnostics, the end user, the ticket: agents get no page
        for (path, page) in pages {
            #expect(!page.contains("<script"), "\(path)")
            #expect(!page.contains("<img"), "\(path)")
            #expect(!page.contains("<b>"), "\(path)")
            #expect(!page.contains("<li onclick"), "\(path)")
            #expect(!page.contains("</title><"), "\(path)")
        }
        let user = try #require(pages["users/support-1.html"])
        #expect(user.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(user.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(user.contains("x&quot;&#39;@example.com"))
    }

    @Test("A comment with only HTML shows its text, and a script's content not at all")
    func htmlBodyAsText() throws {
        let ticket = try #require(try renderHostileSite()["tickets/10.html"])
        #expect(ticket.contains("Hi there &amp; hello"))
        #expect(!ticket.contains("alert(3)"))
        #expect(ticket.contains("&lt;/li&gt;&lt;li onclick=alert(4)&gt;reply"))
        #expect(ticket.contains("Agent &lt;b&gt;Bold&lt;/b&gt;"))
    }

    @Test("Message URLs are links only for https, http and mailto, and never in a report")
    func links() throws {
        let entry = TranscriptEntry(
            id: "m1", time: nil, role: .bot,
            content: MessageContent(
                type: "text", text: "Pick one",
                actions: [
                    .init(type: "link", text: "Safe", uri: "https://example.com/a?b=1&c=2"),
                    .init(type: "link", text: "Script", uri: "javascript:alert(1)"),
                    .init(type: "link", text: "Data", uri: "data:text/html,<b>x</b>"),
                ]))
        let site = MessageContentModel(entry: entry, links: .site(page: "tickets/1.html")).value
        let report = MessageContentModel(entry: entry, links: .report(tickets: [])).value
        let library = try TemplateSet.builtIn()
        let html = try library.render("partials/message", messageContext(site))
        #expect(
            html.contains(
                #"<a class="action" href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer"><bdi>Safe</bdi></a>"#
            ))
        #expect(!html.contains("href=\"javascript") && !html.contains("href=\"data"))
        #expect(html.contains("javascript:alert(1)") && html.contains("data:text/html,&lt;b&gt;x&lt;/b&gt;"))
        #expect(!(try library.render("partials/message", messageContext(report))).contains("href="))
    }

    /// The values `partials/message` reads, around some content.
    private func messageContext(_ content: MustacheValue) -> MustacheValue {
        [
            "id": "m1", "anchor": nil, "role": "bot", "isEndUser": false, "showsRule": false, "name": "Bot",
            "initials": "B",
            "checkMark": false,
            "caption": "", "time": nil, "isPrivate": false, "content": content,
        ]
    }
}
