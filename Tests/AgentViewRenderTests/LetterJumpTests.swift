import AgentViewCore
import Testing

@testable import AgentViewRender

/// The user list's A–Z jump: per section, a link to the first name under each first letter present, on the
/// page that holds it; letters ignore case, and names not starting with A–Z come last under "#"
/// (docs/rules.md §11 rule 7).
@Suite("A–Z jump of the user list")
struct LetterJumpTests {
    /// Users no rule flags, so all are in "Not authenticated", with names of both cases, a leading space,
    /// a digit and a letter outside A–Z.
    static let names = ["zed", "anna", "Bob", "Åsa", "Anna", "1st", " carl", "Ann", "bea", "Zoë"]

    static func render(rowsPerPage: Int) throws -> [String: String] {
        var export = Export()
        export.supportUsers = names.enumerated().map { index, name in SupportUser(id: "\(index + 1)", name: name) }
        let view = AgentView(export: export, settings: Settings())
        var renderer = try makeRenderer(timeZone: "UTC")
        renderer.rowsPerPage = rowsPerPage
        var pages: [String: String] = [:]
        var buffer: [UInt8] = []
        for page in renderer.pages(of: view) where page.path.hasPrefix("index") {
            try renderer.render(page, of: view, into: &buffer)
            pages[page.path] = String(decoding: buffer, as: UTF8.self)
        }
        return pages
    }

    /// The names of a page's rows, in order.
    static func rows(_ html: String) -> [String] {
        html.components(separatedBy: "<bdi class=\"name\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test("Names sort by first letter whatever its case, then ignoring case; others last under #")
    func order() throws {
        let pages = try Self.render(rowsPerPage: 500)
        let index = try #require(pages["index.html"])
        #expect(
            Self.rows(index) == ["Ann", "Anna", "anna", "bea", "Bob", " carl", "zed", "Zoë", "1st", "Åsa"])
    }

    @Test("Each letter links to the page and row of its first name, in a labelled nav, on every page")
    func lettersLinkTheirFirstRow() throws {
        let pages = try Self.render(rowsPerPage: 3)
        #expect(pages.count == 4)
        for (path, html) in pages {
            let nav = try #require(
                HTMLQuery.element("<nav class=\"card az-jump\" aria-label=\"Jump to a first letter\">", in: html),
                "\(path)")
            let letters = nav.components(separatedBy: "</a>").dropLast().map {
                String($0.split(separator: ">").last ?? "")
            }
            #expect(letters == ["A", "B", "C", "Z", "#"], "\(path)")
            #expect(nav.contains("<a href=\"index-2.html#group-unauthenticated-letter-b\""), "\(path)")
            #expect(nav.contains("<a href=\"index-3.html#group-unauthenticated-letter-z\""), "\(path)")
            #expect(nav.contains("<a href=\"index-3.html#group-unauthenticated-letter-other\""), "\(path)")
            #expect(nav.contains("aria-label=\"Not authenticated: # (names not starting with a letter A–Z), page 3\""))
        }
        // The target rows: "bea" starts page 2 and B; "zed" is Z's first, "1st" the first under #.
        #expect(try #require(pages["index-2.html"]).contains("<tr id=\"group-unauthenticated-letter-b\">"))
        let third = try #require(pages["index-3.html"])
        #expect(Self.rows(third) == ["zed", "Zoë", "1st"])
        #expect(HTMLQuery.count("<tr id=\"group-unauthenticated-letter-z\">", in: third) == 1)
        #expect(HTMLQuery.count("<tr id=\"group-unauthenticated-letter-other\">", in: third) == 1)
        #expect(HTMLQuery.count("<tr id=", in: third) == 2, "only a letter's first row carries an id")
    }
}
