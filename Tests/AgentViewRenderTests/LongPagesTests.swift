import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// A user page with thousands of tickets and a ticket page with thousands of messages are cut into parts of a
/// bounded number of rows, each under 1 MB, every row on exactly one part, the parts linked, and a diff link to
/// a message landing on the part that holds it (docs/rules.md §11 rules 7 and 8).
@Suite("Long user and ticket pages in parts")
struct LongPagesTests {
    /// User 1 has 3,000 tickets; ticket `big` (of user 2) has 5,000 comments, every 250th one 200,000 `<`
    /// long, with `d` at positions 10 and 60 and `d-2` at 75; ticket `worst` has 60 comments of 100,000
    /// characters that escaping makes six times longer.
    static let view: AgentView = {
        var export = Export()
        export.supportUsers = [SupportUser(id: "1", name: "Ann Many"), SupportUser(id: "2", name: "Bo Long")]
        for index in 0..<3000 {
            let updated = Timestamp(millisecondsSinceEpoch: 1_700_000_000_000 + Int64(index) * 1000)
            let status: String = index % 3 == 0 ? "solved" : "open"
            var ticket = Ticket(id: "\(10_000 + index)", status: status, requesterID: "1", updatedAt: updated)
            ticket.subject = "Order \(index)"
            export.tickets.append(ticket)
        }
        export.tickets += [
            Ticket(id: "big", status: "open", requesterID: "2", channel: "email"),
            Ticket(id: "worst", status: "open", requesterID: "2", channel: "email"),
        ]
        let start: Int64 = 1_700_000_000_000
        for index in 0..<5000 {
            let body: String = index % 250 == 7 ? String(repeating: "<", count: 200_000) : "Message \(index)"
            let time = Timestamp(millisecondsSinceEpoch: start + Int64(index) * 1000)
            let author: String = index % 2 == 0 ? "2" : "9"
            export.comments.append(
                TicketComment(id: bigIDs[index], ticketID: "big", authorID: author, body: body, createdAt: time))
        }
        for index in 0..<60 {
            let time = Timestamp(millisecondsSinceEpoch: start + Int64(index) * 1000)
            let body = String(repeating: "\"", count: 100_000)
            export.comments.append(
                TicketComment(id: "w\(index)", ticketID: "worst", authorID: "2", body: body, createdAt: time))
        }
        return AgentView(export: export, settings: Settings())
    }()

    /// The message ids of ticket `big`, in transcript order.
    static let bigIDs: [String] = (0..<5000).map { index in
        switch index {
        case 10, 60: "d"
        case 75: "d-2"
        default: "c\(index)"
        }
    }

    /// The site's page paths, and the pages of user 1 and of tickets `big` and `worst`, rendered, by path.
    static let site: (paths: Set<String>, pages: [String: String]) = {
        let renderer = PageRenderer(templates: try! TemplateSet.builtIn(), timeZone: "UTC")!
        let all = renderer.pages(of: view)
        var pages: [String: String] = [:]
        var buffer: [UInt8] = []
        for page in all
        where page.path.hasPrefix("users/support-1.") || page.path.hasPrefix("tickets/big.")
            || page.path.hasPrefix("tickets/worst.")
        {
            try! renderer.render(page, of: view, into: &buffer)
            pages[page.path] = String(decoding: buffer, as: UTF8.self)
        }
        return (Set(all.map(\.path)), pages)
    }()

    /// The parts of a page, in order.
    static func parts(_ first: String) -> [(path: String, html: String)] {
        var parts: [(String, String)] = []
        while let html = site.pages[PagePart.path(first, part: parts.count)] {
            parts.append((PagePart.path(first, part: parts.count), html))
        }
        return parts
    }

    @Test("3,000 tickets make 12 parts of at most 250 rows, 5,000 messages 100 parts of 50, all under 1 MB")
    func partsAreBounded() {
        let user = Self.parts("users/support-1.html")
        let big = Self.parts("tickets/big.html")
        let worst = Self.parts("tickets/worst.html")
        #expect(user.map(\.path) == ["users/support-1.html"] + (2...12).map { "users/support-1.page-\($0).html" })
        #expect(big.count == 100 && big.last?.path == "tickets/big.page-100.html")
        #expect(worst.map(\.path) == ["tickets/worst.html", "tickets/worst.page-2.html"])
        #expect(
            Self.site.paths.contains("tickets/10000.html") && !Self.site.paths.contains("tickets/10000.page-2.html"))
        for (path, html) in user + big + worst {
            #expect(html.utf8.count < 1_000_000, "\(path) weighs \(html.utf8.count) bytes")
        }
        for (path, html) in user {
            let rows = HTMLQuery.count("<th scope=\"row\"><a href=\"../tickets/", in: html)
            #expect(rows == 250, "\(path) has \(rows) rows")
        }
        for (path, html) in big + worst.prefix(1) {
            #expect(HTMLQuery.count("data-message-id=", in: html) == 50, "\(path)")
        }
        // 50 messages of 100,000 quotes: each shows its budget and says how much it leaves out.
        let heavy = worst[0].html
        #expect(heavy.utf8.count > 500_000, "the worst case is near the bound, not far under it")
        #expect(HTMLQuery.count("Cut: 98000 more bytes in the export than a page shows.", in: heavy) == 50)
    }

    @Test("Every ticket and every message is on exactly one part, in order")
    func everyRowOnce() {
        let user = Self.parts("users/support-1.html").map(\.html).joined()
        var rows: [String: Int] = [:]
        for piece in user.components(separatedBy: "<th scope=\"row\"><a href=\"../tickets/").dropFirst() {
            rows[String(piece.prefix { $0 != "\"" }), default: 0] += 1
        }
        #expect(rows.count == 3000)
        for index in 0..<3000 {
            #expect(rows["\(10_000 + index).html"] == 1, "ticket \(10_000 + index)")
        }
        let big = Self.parts("tickets/big.html")
        let shown = big.flatMap { part in
            part.html.components(separatedBy: "data-message-id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        #expect(shown == Self.bigIDs)
        // Only the first part shows the profile, the card and the mapping; every part names the user.
        let parts = Self.parts("users/support-1.html")
        #expect(parts[0].html.contains("id=\"data-mapping\""))
        #expect(!parts[1].html.contains("id=\"data-mapping\""))
        #expect(parts.allSatisfy { $0.html.contains("<bdi class=\"name\">Ann Many</bdi>") })
        #expect(parts[1].html.contains("(3000; rows 251–500 here)"))
        #expect(big[1].html.contains("(messages 51–100 of 5000)"))
    }

    @Test("The parts link each other and every link of a part resolves to a page and an id on it")
    func linksResolve() throws {
        for first in ["users/support-1.html", "tickets/big.html"] {
            let parts = Self.parts(first)
            for (index, (path, html)) in parts.enumerated() {
                let folder = path.split(separator: "/").dropLast().joined(separator: "/")
                let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
                for href in hrefs where !href.hasPrefix("#") && !href.contains(":") {
                    let pieces = href.split(separator: "#", maxSplits: 1).map(String.init)
                    let target = Self.resolve(pieces[0], from: folder)
                    #expect(Self.site.paths.contains(target), "\(path) links \(href)")
                    if pieces.count == 2, let page = Self.site.pages[target] {
                        #expect(HTMLQuery.count("id=\"\(pieces[1])\"", in: page) == 1, "\(path) links \(href)")
                    }
                }
                let fragment = first.hasPrefix("users") ? "#tickets" : ""
                if index + 1 < parts.count {
                    #expect(html.contains("href=\"../\(parts[index + 1].path)\(fragment)\" rel=\"next\""), "\(path)")
                } else {
                    #expect(!html.contains("rel=\"next\""), "\(path)")
                }
                if index > 0 {
                    #expect(html.contains("href=\"../\(parts[index - 1].path)\(fragment)\" rel=\"prev\""), "\(path)")
                }
                #expect(
                    html.contains("\(fragment)\" aria-current=\"page\">Page \(index + 1)</a>"), "\(path) names itself")
            }
        }
    }

    @Test("Anchors are unique across a ticket's parts: a repeated id gets .2, and d-2 keeps its own")
    func repeatedIDsGetUniqueAnchors() {
        let big = Self.parts("tickets/big.html")
        var anchors: [String: Int] = [:]
        for (_, html) in big {
            for piece in html.components(separatedBy: "<li id=\"").dropFirst() {
                anchors[String(piece.prefix { $0 != "\"" }), default: 0] += 1
            }
        }
        #expect(anchors.count == 5000)
        #expect(anchors.values.allSatisfy { $0 == 1 })
        #expect(big[0].html.contains("<li id=\"message-d\" class=\"message\" data-message-id=\"d\""))
        #expect(big[1].html.contains("<li id=\"message-d.2\" class=\"message\" data-message-id=\"d\""))
        #expect(big[1].html.contains("<li id=\"message-d-2\" class=\"message\" data-message-id=\"d-2\""))
        #expect(
            TicketView.messageAnchors(["a", "a", "a-2", "a"]) == [
                "message-a", "message-a.2", "message-a-2", "message-a.3",
            ])
    }

    @Test("On a ticket of one part too, a repeated message id gets a unique anchor and the diff each its own")
    func repeatedIDsOnAShortTicket() throws {
        var export = Export()
        export.supportUsers = [SupportUser(id: "2", name: "Bo Long")]
        export.tickets = [Ticket(id: "7", status: "open", requesterID: "2", channel: "email")]
        export.comments = ["x", "x", "x-2", "x"].enumerated().map { index, id in
            TicketComment(
                id: id, ticketID: "7", authorID: "2", body: "Hello \(index)",
                createdAt: Timestamp(millisecondsSinceEpoch: 1_700_000_000_000 + Int64(index) * 1000))
        }
        let view = AgentView(export: export, settings: Settings())
        let page = try #require(try makeRenderer(timeZone: "UTC").site(view).first { $0.path == "tickets/7.html" })
        let anchors = page.contents.components(separatedBy: "<li id=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(anchors == ["message-x", "message-x.2", "message-x-2", "message-x.3"])
        let ids = ["x", "x", "x-2", "x"]
        #expect(
            TicketView.messageLinks(ids: ids, page: "tickets/7.html") == [
                "tickets/7.html#message-x", "tickets/7.html#message-x.2", "tickets/7.html#message-x-2",
                "tickets/7.html#message-x.3",
            ])
    }

    @Test("A diff's link to a message lands on the part holding it, each occurrence of a repeated id on its own")
    func diffLinksLandOnTheirPart() throws {
        let new = SnapshotDocument(view: Self.view)
        var json = Snapshot.json(of: Self.view)
        // In OLD, messages c4321, c3 and d carried the mark: in NEW they lost it.
        for id in ["c4321", "c3", "d"] {
            let before = #"("id": "\#(id)",\s*"author": "support:2",\s*"checkMark": )false"#
            #expect(json.range(of: before, options: .regularExpression) != nil, "\(id)")
            json = json.replacingOccurrences(of: before, with: "$1true", options: .regularExpression)
        }
        let old = try SnapshotDocument(bytes: Array(json.utf8), path: "old.json")
        let diff = SnapshotDiff(old: old, new: new)
        let links = diff.changes.filter { $0.kind == .messageMarkLost }.map { ($0.subject, $0.page ?? "") }
        #expect(links.map(\.0) == ["c3", "c4321", "d", "d"])
        #expect(
            links.map(\.1) == [
                "tickets/big.html#message-c3", "tickets/big.page-87.html#message-c4321", "tickets/big.html#message-d",
                "tickets/big.page-2.html#message-d.2",
            ])
        for (_, link) in links {
            let pieces = link.split(separator: "#").map(String.init)
            let page = try #require(Self.site.pages[pieces[0]])
            #expect(HTMLQuery.count("<li id=\"\(pieces[1])\" class=\"message\"", in: page) == 1, "\(link)")
        }
    }

    @Test("A messaging user agents never see has its conversations in parts of 50 messages, each once")
    func hiddenConversationsInParts() throws {
        var export = Export()
        export.messagingUsers = [MessagingUser(id: "m1", givenName: "Hidden")]
        export.conversations = ["conv-a", "conv-b", "conv-c"].map { Conversation(id: $0, userID: "m1") }
        let counts = ["conv-a": 120, "conv-b": 0, "conv-c": 3]
        for (conversation, count) in counts.sorted(by: { $0.key < $1.key }) {
            for index in 0..<count {
                export.messages.append(
                    Message(
                        id: "\(conversation)-\(index)", conversationID: conversation,
                        received: Timestamp(millisecondsSinceEpoch: 1_700_000_000_000 + Int64(index) * 1000),
                        authorType: "user", authorUserID: "m1",
                        content: MessageContent(type: "text", text: "Hi \(index)")))
            }
        }
        let view = AgentView(export: export, settings: Settings())
        let site = Dictionary(
            try makeRenderer(timeZone: "UTC").site(view).map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a }
        )
        let paths = ["users/messaging-m1.html", "users/messaging-m1.page-2.html", "users/messaging-m1.page-3.html"]
        #expect(site.keys.filter { $0.hasPrefix("users/messaging-m1") }.sorted() == paths.sorted())
        let parts = try paths.map { try #require(site[$0]) }
        let shown = parts.map { part in
            part.components(separatedBy: "data-message-id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        #expect(shown.map(\.count) == [50, 50, 23])
        let expected = (0..<120).map { "conv-a-\($0)" } + (0..<3).map { "conv-c-\($0)" }
        #expect(shown.flatMap { $0 } == expected)
        #expect(parts.map { HTMLQuery.count("No messages of this conversation in the export.", in: $0) } == [0, 0, 1])
        #expect(parts[1].contains("(messages 51–100 of 120)"))
        #expect(parts[0].contains("id=\"data-mapping\"") && !parts[2].contains("id=\"data-mapping\""))
        #expect(parts[2].contains("<a href=\"../users/messaging-m1.page-2.html#hidden-conversations\" rel=\"prev\">"))
        #expect(parts[0].contains("aria-label=\"Pages of the conversations\""))
        #expect(!parts[0].contains("rel=\"prev\"") && !parts[2].contains("rel=\"next\""))
    }

    @Test("A bubble's budget bounds its fields and actions however many, and says what it leaves out")
    func budgetBoundsItems() {
        var budget = ContentBudget(left: PagePart.messageContentBudget)
        let shown = (0..<10_000).filter { _ in budget.startItem(cost: MessageContentModel.itemCost, ["", "ab"]) }
        #expect(shown.count == PagePart.messageContentBudget / MessageContentModel.itemCost)
        #expect(budget.summary == "Cut: 19920 more bytes (9960 fields or actions) in the export than a page shows.")
        var short = ContentBudget(left: 3)
        #expect(short.take("héllo") == "hél…")
        #expect(short.take("") == "" && short.take("x") == "…")
        #expect(short.summary == "Cut: 3 more bytes in the export than a page shows.")
        var roomy = ContentBudget(left: 10)
        #expect(roomy.take("héllo") == "héllo" && roomy.left == 5 && roomy.summary == nil)
        // Scalars are counted, not bytes, whether the value's bytes fit in what is left or only its scalars do.
        #expect(roomy.take("👍a") == "👍a" && roomy.left == 3)
        #expect(roomy.take("ééé") == "ééé" && roomy.left == 0 && roomy.summary == nil)
    }

    @Test("A bubble counts the scalars of its text eight bytes at a time, at every length and offset")
    func scalarCount() {
        // Scalars of one to four bytes, in a run that crosses every place an eight-byte word starts.
        let scalars = ["a", "é", "€", "👍", "~", "ß", "\u{7F}", "\u{80}", "\u{10FFFF}"]
        for length in 0..<40 {
            for start in 0..<scalars.count {
                let text = (0..<length).map { scalars[(start + $0 * 7) % scalars.count] }.joined()
                let counted = Array(text.utf8).withUnsafeBufferPointer(ContentBudget.scalarCount)
                #expect(counted == text.unicodeScalars.count, "\(text.debugDescription)")
            }
        }
    }

    /// A relative link from a page in `folder` as a path from the output folder.
    static func resolve(_ href: String, from folder: String) -> String {
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for piece in href.split(separator: "/") {
            if piece == ".." { parts.removeLast() } else { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
