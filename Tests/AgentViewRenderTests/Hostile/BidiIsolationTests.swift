import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// docs/rules.md §12 rule 16: every value from the export sits in a `<bdi>`, so a right-to-left override
/// (U+202E) or right-to-left letters reorder neither the page text after it nor the check mark.
@Suite struct BidiIsolationTests {
    static let override = "\u{202E}"

    /// Two authenticated users: one whose values all hold an override, one with a Hebrew name.
    static let pages = Result { () throws -> [String: String] in
        let o = override
        let files: [String: String] = [
            "zendesk/users.json": #"""
            {"users": [
              {"id": 1, "name": "Ann \#(o)Lee", "email": "ann\#(o)@example.com", "external_id": "x-1", "phone": "+1 555\#(o)0100", "role": "end-user"},
              {"id": 2, "name": "דנה כהן", "email": "dana@example.com", "external_id": "x-2", "role": "end-user"}
            ]}
            """#,
            "sunshine/users/1.json": #"{"user": {"id": "m-1", "externalId": "x-1", "authenticated": true}}"#,
            "sunshine/users/2.json": #"{"user": {"id": "m-2", "externalId": "x-2", "authenticated": true}}"#,
            "zendesk/tickets.json": #"""
            {"tickets": [
              {"id": 10, "subject": "Refund \#(o)please", "status": "open", "requester_id": 1, "via": {"channel": "native_messaging"}, "created_at": "2026-01-01T10:00:00Z"},
              {"id": 11, "subject": "שלום", "status": "open", "requester_id": 2, "via": {"channel": "native_messaging"}, "created_at": "2026-01-01T10:00:00Z"}
            ]}
            """#,
            "zendesk/tickets/10/audits.json":
                #"{"audits": [{"id": 1, "ticket_id": 10, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-1"}}]}]}"#,
            "sunshine/conversations/c-1/messages.json": #"""
            {"messages": [{"id": "msg-1", "received": "2026-01-01T10:00:01.000Z", "author": {"type": "user", "userId": "m-1"},
              "content": {"type": "text", "text": "where is \#(o)my refund"}, "source": {"type": "web"}}]}
            """#,
        ]
        let export = try ExportLoader().load(files: files.map { ($0.key, Array($0.value.utf8)) })
        let renderer = try makeRenderer(timeZone: "UTC")
        return Dictionary(
            try renderer.site(AgentView(export: export)).filter { $0.path.hasSuffix(".html") }.map {
                ($0.path, $0.contents)
            },
            uniquingKeysWith: { first, _ in first })
    }

    private func page(_ path: String) throws -> String {
        try #require(try Self.pages.get()[path], "\(path)")
    }

    /// The name's element holds the name and nothing else; the check mark follows it, outside.
    @Test(arguments: [
        ("users/support-1.html", "Ann [U+202E]Lee"), ("users/support-2.html", "דנה כהן"),
        ("index.html", "Ann [U+202E]Lee"), ("index.html", "דנה כהן"), ("tickets/10.html", "Ann [U+202E]Lee"),
        ("tickets/11.html", "דנה כהן"),
    ])
    func theNameIsIsolatedAndTheMarkIsOutsideIt(path: String, name: String) throws {
        let page = try page(path)
        #expect(page.contains(#"<bdi class="name">\#(name)</bdi> <svg class="auth-check""#))
        let element = try #require(page.components(separatedBy: #"<bdi class="name">"#).dropFirst().first)
        #expect(!element.components(separatedBy: "</bdi>")[0].contains("<svg"))
    }

    /// Subjects, messages, emails and ids in tables each sit in their own isolating element.
    @Test func subjectsMessagesEmailsAndIdsAreIsolated() throws {
        let o = Self.override
        let user = try page("users/support-1.html")
        #expect(user.contains("<td><bdi>Refund \(o)please</bdi></td>"))  // the tickets table
        #expect(user.contains("<bdi>ann[U+202E]@example.com</bdi>"))  // profile and essentials card, shown defused
        #expect(user.contains("<code><bdi>m-1</bdi></code>"))  // the linked messaging users table
        #expect(user.contains("<bdi>+1 555\(o)0100</bdi>"))  // the essentials card's phone
        let ticket = try page("tickets/10.html")
        #expect(ticket.contains("<h1><bdi>Refund \(o)please</bdi></h1>"))
        #expect(ticket.contains(#"<p class="message-text"><bdi>where is \#(o)my refund</bdi></p>"#))
        #expect(ticket.contains("Ticket #<bdi>10</bdi>"))
        #expect(try page("index.html").contains("<td><bdi>ann[U+202E]@example.com</bdi></td>"))  // shown defused
    }

    /// A diagnostic is one run of text in one `<bdi>`: a value it quotes is shown defused, so an override in
    /// the value cannot reverse the rest of the sentence or its advice.
    @Test func diagnosticsShowQuotedValuesDefused() throws {
        for path in ["diagnostics.html", "users/support-1.html"] {
            let page = try page(path)
            let messages = page.components(separatedBy: #"<li class="diagnostic"#).dropFirst().map {
                $0.components(separatedBy: "</li>")[0]
            }
            #expect(!messages.isEmpty, "\(path)")
            #expect(messages.contains { $0.contains("Ann [U+202E]Lee") }, "\(path)")
            #expect(!messages.contains { $0.contains(Self.override) }, "\(path)")
        }
    }

    /// No page holds an override or a right-to-left letter outside a `<bdi>`.
    @Test func nothingReordersOutsideItsValue() throws {
        var isolated = 0
        for (path, page) in try Self.pages.get().sorted(by: { $0.key < $1.key }) {
            let scan = BidiScan(page)
            isolated += scan.isolated
            #expect(scan.unisolated.isEmpty, "\(path): \(scan.unisolated)")
        }
        #expect(isolated > 10)
    }
}
