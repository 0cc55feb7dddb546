import AgentViewCore
import Testing

@testable import AgentViewRender

/// A huge value in an export costs a line on each page, not its size on every page (issue 12: a 100 MB
/// name made 4 GB of pages and took 291 s).
@Suite("Huge values on pages")
struct HugeValueTests {
    @Test("A 1 MB name is cut at 255 characters on every page; snapshot.json keeps it whole")
    func aHugeNameIsCut() throws {
        let name = String(repeating: "N", count: 1_000_000) + " Tail"
        var export = Export()
        export.supportUsers = [
            SupportUser(id: "1", name: name, email: String(repeating: "e", count: 500_000) + "@x.example")
        ]
        export.tickets = (1...3).map { Ticket(id: "\($0)", status: "open", requesterID: "1") }
        let view = AgentView(export: export, settings: Settings())
        let renderer = try #require(PageRenderer(templates: try TemplateSet.builtIn(), timeZone: "UTC"))
        let site = try renderer.site(view)
        for page in site where page.path.hasSuffix(".html") {
            #expect(page.contents.utf8.count < 40_000, "\(page.path) weighs \(page.contents.utf8.count) bytes")
        }
        let shown = String(repeating: "N", count: 255) + "… (999750 more bytes)"
        #expect(site.first { $0.path == "users/support-1.html" }?.contents.contains(shown) == true)
        #expect(LookalikeText.shown(name) == shown)
        #expect(LookalikeText.shown("Ann Lee") == "Ann Lee")
    }

    @Test("A huge ticket id costs diff.html a line, in its text and in its data-subject alike")
    func aHugeIDIsCutInTheDiff() throws {
        let id = String(repeating: "7", count: 200_000)
        var export = Export()
        export.supportUsers = [SupportUser(id: "1", name: "Ann Lee")]
        let old = SnapshotDocument(view: AgentView(export: export, settings: Settings()))
        export.tickets = [Ticket(id: id, status: "open", requesterID: "1")]
        let new = SnapshotDocument(view: AgentView(export: export, settings: Settings()))
        let renderer = try #require(PageRenderer(templates: try TemplateSet.builtIn(), timeZone: "UTC"))
        let html = try renderer.diffPage(SnapshotDiff(old: old, new: new), newPagesRoot: nil, maxItems: 20)
        #expect(html.utf8.count < 40_000, "diff.html weighs \(html.utf8.count) bytes")
        #expect(html.contains(#"data-subject="\#(String(repeating: "7", count: 255))… (199745 more bytes)""#))
    }
}
