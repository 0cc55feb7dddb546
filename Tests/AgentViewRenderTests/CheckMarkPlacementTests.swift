import AgentViewCore
import Testing

@testable import AgentViewRender

/// The green check mark stands exactly where the model puts it (docs/rules.md §4–§6), on every page of the sample.
@Suite struct CheckMarkPlacementTests {
    private let mark = #"class="auth-check""#

    @Test("Each ticket page marks the requester, the card and each end-user message as the model says")
    func ticketPages() throws {
        let site = try SampleSite.load()
        for ticket in site.view.tickets {
            let page = try site.page(ticket.page)
            let requester = ticket.requester.flatMap { site.view.user($0) }
            let header = try #require(HTMLQuery.element(#"id="ticket-header""#, in: page))
            let conversation = try #require(HTMLQuery.element(#"id="conversation""#, in: page))
            let card = try #require(HTMLQuery.element(#"id="essentials-card""#, in: page))
            let marked = ticket.messages.filter(\.decision.checkMark)
            let cardMark = (requester?.nameCheckMark ?? false) && ticket.checkMark
            #expect(
                HTMLQuery.count(mark, in: header) == (ticket.checkMark ? 1 : 0), "ticket \(ticket.ticket.id) header")
            #expect(HTMLQuery.count(mark, in: conversation) == marked.count, "ticket \(ticket.ticket.id) conversation")
            #expect(HTMLQuery.count(mark, in: card) == (cardMark ? 1 : 0), "ticket \(ticket.ticket.id) card")
            #expect(
                HTMLQuery.count(mark, in: page) == marked.count + (ticket.checkMark ? 1 : 0) + (cardMark ? 1 : 0),
                "ticket \(ticket.ticket.id)")
            for message in ticket.messages where message.entry.role == .endUser {
                let bubble = try #require(
                    HTMLQuery.element(#"data-message-id="\#(message.entry.id)""#, in: String(conversation)))
                #expect(bubble.contains(mark) == message.decision.checkMark, "message \(message.entry.id)")
                let isMessaging = message.entry.isMessagingMessage
                let caption = MarkExplanation.caption(message.decision, isMessagingMessage: isMessaging)
                let marked = message.decision.checkMark
                // The caption says in words what the mark shows, and why.
                #expect(caption.hasPrefix(marked ? "Marked — " : "Not marked — "), "message \(message.entry.id)")
                #expect(caption.contains("(§"), "message \(message.entry.id) cites its rule")
                #expect(
                    bubble.contains(
                        #"<p class="message-rule message-\#(marked ? "marked" : "unmarked")">\#(caption)</p>"#),
                    "message \(message.entry.id) says whether it is marked and why")
            }
        }
    }

    @Test("Each user page marks the name, the profile, the card and each ticket as the model says")
    func userPages() throws {
        let site = try SampleSite.load()
        for user in site.view.users {
            let page = try site.page(user.key.page)
            let expected = user.nameCheckMark ? 1 : 0
            let profile = try #require(HTMLQuery.element(#"id="profile""#, in: page))
            let card = try #require(HTMLQuery.element(#"id="essentials-card""#, in: page))
            let tickets = try #require(HTMLQuery.element(#"id="tickets""#, in: page))
            let heading = try #require(HTMLQuery.element("<h1", in: page))
            #expect(HTMLQuery.count(mark, in: heading) == expected, "\(user.key) heading")
            #expect(HTMLQuery.count(mark, in: profile) == expected, "\(user.key) profile")
            #expect(HTMLQuery.count(mark, in: card) == expected, "\(user.key) card")
            #expect(HTMLQuery.count(mark, in: tickets) == user.tickets.filter(\.checkMark).count, "\(user.key) tickets")
            if !user.isVisibleToAgents {
                #expect(HTMLQuery.count(mark, in: page) == 0, "\(user.key) is never seen by agents")
                #expect(page.contains("Agents never see this user"))
            }
        }
    }

    @Test("The mark has an accessible name and a shape, not only a colour")
    func accessibleMark() throws {
        let page = try SampleSite.load().page("users/support-1840000000101.html")
        let svg = try #require(HTMLQuery.element(mark, in: page))
        // An image whose first child is its title: the title is its accessible name (SVG-AAM) and its tooltip.
        #expect(
            svg.hasPrefix(#"<svg class="auth-check" role="img" width="16" height="16"><title>Authenticated</title>"#))
        #expect(!svg.contains("aria-label") && svg.contains(##"<use href="#av-check"/>"##))
        // The shape is drawn once per page, in a symbol every mark uses.
        #expect(HTMLQuery.count(#"<symbol id="av-check""#, in: page) == 1)
        let symbol = try #require(HTMLQuery.element(#"<symbol id="av-check""#, in: page))
        #expect(symbol.contains("<circle") && symbol.contains("<path"))
    }
}
