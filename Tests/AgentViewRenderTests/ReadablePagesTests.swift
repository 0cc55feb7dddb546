import Foundation
import Testing

@testable import AgentViewCore
@testable import AgentViewRender

/// What issue 15 asked of every page beside the browser checks of `.ci/browser_check.py`: valid lists,
/// one empty marker, unique region names in a report, captions in words, a user's tickets in the order
/// agents look at them.
@Suite struct ReadablePagesTests {
    @Test("Every <dt> of every page has a <dd>: a form sent to the end user is a list of what it asks")
    func definitionLists() throws {
        let site = try SampleSite.load()
        var forms = 0
        for (path, page) in site.pages {
            for list in HTMLQuery.elements("<dl", in: page) {
                for row in HTMLQuery.elements("<div><dt", in: String(list)) {
                    #expect(row.contains("<dd"), "\(path): \(row)")
                }
            }
            forms += HTMLQuery.count(#"<ul class="form-fields form-asked">"#, in: page)
        }
        // Tickets 5006, 5023 and 5024 each send a form.
        #expect(forms >= 3)
        let ticket = try site.page("tickets/5006.html")
        #expect(ticket.contains("Form sent to the end user, asking for:"))
    }

    @Test("An empty value shows one marker on every page: none")
    func oneEmptyMarker() throws {
        let site = try SampleSite.load()
        for (path, page) in site.pages {
            for old in [">-</dd>", ">-</td>", #"<span class="muted">empty</span>"#, "(empty)"] {
                #expect(!page.contains(old), "\(path) still shows \(old)")
            }
        }
        let user = try site.page("users/support-1840000000107.html")
        #expect(user.contains(#"<dt>Phone</dt><dd><span class="muted">none</span></dd>"#))
    }

    @Test("A report names each ticket's conversation after its ticket, so no two regions share a name")
    func reportRegionNames() throws {
        let site = try SampleSite.load()
        let report = try site.report("support:1840000000110")
        let headings = HTMLQuery.elements(#"class="conversation""#, in: report).compactMap { section in
            HTMLQuery.element("-heading\"", in: String(section)).map(String.init)
        }
        #expect(headings.count > 1)
        #expect(Set(headings).count == headings.count)
        #expect(headings.allSatisfy { $0.contains("Conversation of ticket #<bdi>") })
        // A ticket page has one conversation, named plainly.
        #expect(try site.page("tickets/5001.html").contains(#"id="conversation-heading">Conversation</h2>"#))
    }

    @Test("A user's tickets list the ranked active ones by rank, then other active ones, then the rest")
    func ticketOrder() throws {
        let site = try SampleSite.load()
        var checked = 0
        for user in site.view.users where user.tickets.count > 1 && user.isVisibleToAgents {
            let page = try site.page(user.key.page)
            let section = try #require(HTMLQuery.element(#"id="tickets""#, in: page))
            let shown = HTMLQuery.elements("<tr class=", in: String(section)).compactMap { row in
                row.range(of: "#<bdi>").flatMap { hit in
                    row[hit.upperBound...].range(of: "</bdi>").map { String(row[hit.upperBound..<$0.lowerBound]) }
                }
            }
            let marks = Dictionary(uniqueKeysWithValues: user.tickets.map { ($0.ticketID, $0) })
            let groups = shown.map { id -> Int in
                guard let mark = marks[id] else { return -1 }
                return mark.isActive ? (mark.rank != nil ? 0 : 1) : 2
            }
            #expect(groups == groups.sorted() && !groups.contains(-1), "\(user.key): \(shown)")
            let ranks = shown.compactMap { marks[$0]?.isActive == true ? marks[$0]?.rank : nil }
            #expect(ranks == ranks.sorted(), "\(user.key) ranks")
            checked += 1
        }
        #expect(checked > 3)
        // The user over the cap: rank 1 first, the tickets over the cap after the marked ones.
        let tessa = try site.page("users/support-1840000000110.html")
        let rows = HTMLQuery.elements("<tr class=", in: tessa)
        #expect(rows.first?.hasPrefix(#"<tr class="marked">"#) == true)
        let firstUnmarked = try #require(rows.firstIndex { $0.hasPrefix(#"<tr class="unmarked">"#) })
        #expect(firstUnmarked >= 100)
        // A report's conversations follow the same order as its tickets table.
        let report = try site.report("support:1840000000107")
        let table = try #require(HTMLQuery.element(#"id="tickets""#, in: report))
        let tableOrder = HTMLQuery.elements(##"<a href="#ticket-"##, in: String(table)).map { $0.prefix(30) }
        let sections = HTMLQuery.elements(#"class="report-ticket" id="ticket-"#, in: report).map { section in
            section.prefix { $0 != ">" }
        }
        #expect(tableOrder.count == 2 && sections.count == 2)
        #expect(
            zip(tableOrder, sections).allSatisfy { link, section in
                link.split(separator: "\"")[1].dropFirst() == section.split(separator: "\"")[3]
            })
    }

    @Test("agentOrder: rank, then unranked active by recency, then inactive by recency, ties in id order")
    func agentOrderBoundaries() {
        func mark(_ id: String, _ status: String, rank: Int?) -> ActiveTicketCap.Mark {
            let within = rank.map { $0 <= 1 } ?? false
            return ActiveTicketCap.Mark(
                ticketID: id, status: status, isActive: ActiveTicketCap.isActive(status), checkMark: within, rank: rank,
                reason: rank == nil ? .emailChannel : (within ? .withinCap : .overCap))
        }
        let marks = [
            mark("1", "solved", rank: nil), mark("2", "open", rank: 2), mark("3", "open", rank: nil),
            mark("4", "open", rank: 1), mark("5", "closed", rank: nil), mark("6", "new", rank: nil),
        ]
        let recency = ["5", "6", "1", "3", "2", "4"]
        func agentOrder(_ recency: [String]) -> [String] {
            UserView.TicketSummary.agentOrder(marks, byRecency: recency).map { marks[$0].ticketID }
        }
        let ordered = agentOrder(recency)
        #expect(ordered == ["4", "2", "6", "3", "5", "1"])
        // Ids missing from the recency list keep the order they came in, after those it names.
        #expect(agentOrder([]) == ["4", "2", "3", "6", "1", "5"])
    }
}
