import AgentViewCore
import Testing

@testable import AgentViewRender

/// Every message on a ticket page has an anchor a diff can link to, made safe from hostile ids
/// (docs/rules.md §11).
@Suite("Message anchors")
struct MessageAnchorTests {
    @Test("Each message of a ticket page carries id=\"message-<id>\", once")
    func everyMessageHasItsAnchor() throws {
        let site = try SampleSite.load()
        let ticket = try #require(site.view.ticket("5005"))
        let page = try site.page(ticket.page)
        #expect(!ticket.messages.isEmpty)
        for message in ticket.messages {
            let anchor = TicketView.messageAnchor(for: message.entry.id)
            #expect(HTMLQuery.count("<li id=\"\(anchor)\" class=\"message", in: page) == 1, "\(anchor)")
        }
        #expect(page.contains(#"<li id="message-6a107ec04e6f72746800003a" class="message"#))
    }

    @Test("A hostile id gives an anchor of letters, digits, _ and - only, distinct from a look-alike id's")
    func hostileIDsAreSafe() {
        let hostile = TicketView.messageAnchor(for: #"x" onclick="y <b>#1"#)
        #expect(hostile.hasPrefix("message-x__onclick__y__b__1"))
        #expect(
            hostile.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            })
        #expect(TicketView.messageAnchor(for: "a b") != TicketView.messageAnchor(for: "a_b"))
        #expect(TicketView.messageAnchor(for: "abc-1") == "message-abc-1")
    }

    @Test("Only ticket pages carry message anchors: a report or a user page may hold several conversations")
    func reportsHaveNoMessageAnchors() throws {
        let site = try SampleSite.load()
        let hidden = try site.page("users/messaging-6aad27c04e6f727468000023.html")
        #expect(hidden.contains(#"data-message-id="6aad27c04e6f727468000099""#))
        #expect(!hidden.contains(#"<li id="message-"#))
        let user = try site.user("support:1840000000104")
        let report = try site.renderer.report(for: user, in: site.view)
        #expect(!report.contains(#"<li id="message-"#))
        #expect(report.contains(#"data-message-id=""#))
    }
}
