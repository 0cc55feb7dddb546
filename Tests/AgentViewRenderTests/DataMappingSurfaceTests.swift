import AgentViewCore
import Testing

/// docs/rules.md §4 on the rendered pages: each field shows on exactly the surfaces the table names, one
/// test per cell, for Amelia Hart (authenticated by JWT, every field set on both sides).
@Suite struct DataMappingSurfaceTests {
    static let userKey = "support:1840000000101"
    static let userPage = "users/support-1840000000101.html"
    static let ticketPage = "tickets/5001.html"

    static let cells = DataMapping.Field.allCases.flatMap { field in DataMapping.Surface.allCases.map { (field, $0) } }

    /// The rendered section that is a surface: the conversation of her ticket, the card and the profile of her page.
    private func section(_ surface: DataMapping.Surface, in site: SampleSite) throws -> Substring {
        switch surface {
        case .conversationHistory:
            try #require(HTMLQuery.element(#"id="conversation""#, in: try site.page(Self.ticketPage)))
        case .essentialsCard:
            try #require(HTMLQuery.element(#"id="essentials-card""#, in: try site.page(Self.userPage)))
        case .profile: try #require(HTMLQuery.element(#"id="profile""#, in: try site.page(Self.userPage)))
        }
    }

    @Test("A surface shows a field's value exactly when the table says", arguments: cells)
    func surfaceShowsValue(field: DataMapping.Field, surface: DataMapping.Surface) throws {
        let site = try SampleSite.load()
        let value = try #require(try site.user(Self.userKey).supportValue(field))
        let shown = try section(surface, in: site).contains(value)
        #expect(
            shown == DataMapping.isVisible(field, on: surface), "\(field.rawValue) '\(value)' on \(surface.rawValue)")
    }

    @Test("The card in a ticket's context panel hides what the card hides", arguments: DataMapping.Field.allCases)
    func ticketCard(field: DataMapping.Field) throws {
        let site = try SampleSite.load()
        let value = try #require(try site.user(Self.userKey).supportValue(field))
        let card = try #require(HTMLQuery.element(#"id="essentials-card""#, in: try site.page(Self.ticketPage)))
        #expect(card.contains(value) == DataMapping.isVisible(field, on: .essentialsCard))
    }

    @Test(
        "Each cell of the data-mapping table holds the value an agent sees there, or says it is not shown",
        arguments: cells)
    func mappingTableCell(field: DataMapping.Field, surface: DataMapping.Surface) throws {
        let site = try SampleSite.load()
        let value = try #require(try site.user(Self.userKey).supportValue(field))
        let table = try #require(HTMLQuery.element(#"id="data-mapping""#, in: try site.page(Self.userPage)))
        let row = try #require(HTMLQuery.element(#"data-field="\#(field.rawValue)""#, in: String(table)))
        let cell = try #require(HTMLQuery.element(#"data-surface="\#(surface.rawValue)""#, in: String(row)))
        #expect(cell.contains(value) == DataMapping.isVisible(field, on: surface))
        #expect(cell.contains("not shown") == !DataMapping.isVisible(field, on: surface))
    }

    @Test("The table flags a field whose two sides disagree, and ignores case for external IDs")
    func agreement() throws {
        let site = try SampleSite.load()
        // Robert Chen: Support 'Robert Chen', messaging 'Bob Chen' (sync-drift-name).
        let robert = try #require(
            HTMLQuery.element(#"data-field="name""#, in: try site.page("users/support-1840000000111.html")))
        #expect(robert.contains("agreement-differs") && robert.contains("Bob Chen"))
        // Diego Alvarez: 'nw-10002' and 'NW-10002' are one external ID.
        let diego = try #require(
            HTMLQuery.element(#"data-field="external-id""#, in: try site.page("users/support-1840000000102.html")))
        #expect(diego.contains("Same but for case"))
    }
}
