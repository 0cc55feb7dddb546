import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// Besides its paged tickets table, a user page's lists (identities, linked messaging users and their
/// merged-away ids) show at most `PagePart.listLimit` items and say how many more there are, and every id or
/// value in them is cut like a name, so the page stays small whatever the export holds (docs/rules.md §11
/// rule 7); the one-user report still lists everything.
@Suite("Lists of a user page are bounded")
struct ListLimitTests {
    /// Support user 1 with 150 identities of 5,000-character values and 130 messaging users linked to it by
    /// its external ID, each with a 5,000-character id.
    static let view: AgentView = {
        var export = Export()
        var user = SupportUser(id: "1", name: "Ann Many", externalID: "ext-1")
        user.identities = (0..<150).map { index in
            SupportIdentity(
                id: "\(100 + index)", userID: "1", type: "email",
                value: "i\(index)-" + String(repeating: "x", count: 5_000) + "@example.com", isVerified: true,
                isPrimary: index == 0)
        }
        export.supportUsers = [user]
        export.messagingUsers = (0..<130).map { index in
            MessagingUser(
                id: "m\(1000 + index)" + String(repeating: "y", count: 5_000), externalID: "ext-1",
                statedAuthenticated: true)
        }
        return AgentView(export: export, settings: Settings())
    }()

    static let renderer = PageRenderer(templates: try! TemplateSet.builtIn(), timeZone: "UTC")!

    static func sitePage() throws -> String {
        let page = try #require(renderer.pages(of: view).first { $0.path == "users/support-1.html" })
        var buffer: [UInt8] = []
        try renderer.render(page, of: view, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    @Test("The site page shows 100 identities and 100 linked messaging users, and says how many more")
    func sitePageIsCut() throws {
        let html = try Self.sitePage()
        let user = try #require(Self.view.users.first)
        #expect(user.messagingUsers.count == 130)
        #expect(html.components(separatedBy: "<bdi class=\"identity-type\">").count - 1 == 100)
        #expect(html.contains("…and 50 more identities, left out to keep this page small"))
        #expect(html.contains("…and 30 more linked messaging users, left out to keep this page small"))
        #expect(html.contains("agentview render --user support:1"))
        // Values and ids are cut like names: no 5,000-character run reaches the page.
        #expect(!html.contains(String(repeating: "x", count: 300)))
        #expect(!html.contains(String(repeating: "y", count: 300)))
        #expect(html.utf8.count < 1_000_000)
    }

    @Test("The one-user report lists every identity and linked messaging user")
    func reportIsWhole() throws {
        let user = try #require(Self.view.users.first)
        let html = try Self.renderer.report(for: user, in: Self.view)
        #expect(html.components(separatedBy: "<bdi class=\"identity-type\">").count - 1 == 150)
        #expect(!html.contains("more identities, left out"))
        #expect(!html.contains("more linked messaging users, left out"))
    }

    @Test("ListLimit cuts only past the limit, and says nothing when it cut nothing")
    func cutBoundaries() {
        #expect(ListLimit.cut(Array(0..<100), limit: 100).more == 0)
        #expect(ListLimit.cut(Array(0..<101), limit: 100) == (Array(0..<100)[...], 1))
        #expect(ListLimit.cut(Array(0..<500), limit: nil).more == 0)
        #expect(ListLimit.more(0, "identities", whereAll: "x") == .null)
        #expect(
            ListLimit.more(2, "identities", whereAll: "x")
                == .string("…and 2 more identities, left out to keep this page small: x list them all."))
    }

    /// Labels and headers cut ids at 255 characters; a diagnostic's message and advice, which may quote an id
    /// whole, are cut at `DiagnosticRow.textLimit` (1,500).
    @Test("A ticket's id, requester id and brand id are cut on every page that shows them")
    func longIDsAreCut() throws {
        var export = Export()
        let long = String(repeating: "z", count: 5_000)
        var ticket = Ticket(id: "t" + long, status: "open", requesterID: "r" + long, channel: "email")
        ticket.brandID = "b" + long
        export.tickets = [ticket]
        let view = AgentView(export: export, settings: Settings())
        let site = try Self.renderer.site(view)
        #expect(site.count > 2)
        for (path, html) in site where path.hasSuffix(".html") {
            #expect(!html.contains(String(repeating: "z", count: DiagnosticRow.textLimit + 1)), "\(path)")
            #expect(html.utf8.count < 40_000, "\(path)")
        }
    }
}
