import AgentViewCore
import Testing

/// The one-user report is one self-contained file: every section and conversation inline, no reference out.
@Suite struct ReportTests {
    @Test(
        "A report holds the profile, the card, the data mapping and every ticket's conversation",
        arguments: [
            "support:1840000000107", "support:1840000000110", "messaging:6982422c4e6f72746800001d",
        ])
    func content(key: String) throws {
        let site = try SampleSite.load()
        let user = try site.user(key)
        let report = try site.report(key)
        for id in ["profile", "essentials-card", "data-mapping", "tickets"] {
            #expect(HTMLQuery.count(#"id="\#(id)""#, in: report) == 1, "\(id)")
        }
        for mark in user.tickets {
            #expect(report.contains(#"id="ticket-\#(mark.ticketID)""#))
            let ticket = try #require(site.view.tickets.first { $0.ticket.id == mark.ticketID })
            let conversation = try #require(HTMLQuery.element(#"id="conversation-\#(mark.ticketID)""#, in: report))
            for message in ticket.messages {
                #expect(conversation.contains(#"data-message-id="\#(message.entry.id)""#))
            }
            #expect(
                HTMLQuery.count(#"class="auth-check""#, in: conversation)
                    == ticket.messages.filter(\.decision.checkMark).count)
        }
    }

    @Test(
        "A report refers to nothing outside itself",
        arguments: ["support:1840000000101", "support:1840000000107", "support:1840000000110"])
    func selfContained(key: String) throws {
        let report = try SampleSite.load().report(key)
        #expect(!report.contains("<script") && !report.contains("src=") && !report.contains("<link"))
        let hrefs = report.components(separatedBy: #"href=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!hrefs.isEmpty)
        for href in hrefs {
            #expect(href.hasPrefix("#"), "\(href)")
            #expect(report.contains(#"id="\#(href.dropFirst())""#), "\(href) names no section")
        }
        // Amelia's image message keeps its URL, as text.
        if key == "support:1840000000101" {
            #expect(report.contains(#"<bdi class="url">https://media.example.org/northwind/zipper-40877.jpg</bdi>"#))
        }
    }
}
