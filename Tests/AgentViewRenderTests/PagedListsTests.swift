import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// The user list and the diagnostics are pages of at most `rowsPerPage` rows in triage order, each row on
/// exactly one page, every link resolving, no page near 1 MB however large the export (docs/rules.md §11).
@Suite("Paged user list and diagnostics")
struct PagedListsTests {
    /// 3,000 Support users: every 50th shares its external ID with the next (an error), every 7 share an
    /// email (warnings), a tenth have a long name; 3 tickets have a requester the export lacks.
    static let view: AgentView = {
        var export = Export()
        export.supportUsers = (0..<3000).map { index in
            let name = index % 10 == 0 ? String(repeating: "Ø", count: 400) : "User \(3000 - index)"
            return SupportUser(
                id: "\(10_000 + index)", name: name, email: "shared-\(index / 7)@example.com",
                externalID: "crm-\(index % 50 == 1 ? index - 1 : index)")
        }
        export.tickets = (1...3).map { Ticket(id: "9\($0)", status: "open", requesterID: "404") }
        return AgentView(export: export, settings: Settings())
    }()

    /// The list pages of the view, rendered, by path, and the paths of every page of the site.
    static func render(rowsPerPage: Int = 500) throws -> (lists: [(String, String)], paths: Set<String>) {
        var renderer = try makeRenderer(timeZone: "UTC")
        renderer.rowsPerPage = rowsPerPage
        let pages = renderer.pages(of: view)
        var buffer: [UInt8] = []
        var lists: [(String, String)] = []
        for page in pages {
            switch page.content {
            case .index, .diagnostics:
                try renderer.render(page, of: view, into: &buffer)
                lists.append((page.path, String(decoding: buffer, as: UTF8.self)))
            default: break
            }
        }
        return (lists, Set(pages.map(\.path)))
    }

    @Test("3,000 users make 6 user pages and 6 diagnostics pages, each at most 500 rows and under 1 MB")
    func pagesAreBounded() throws {
        let (lists, _) = try Self.render()
        let index = lists.filter { $0.0.hasPrefix("index") }
        let diagnostics = lists.filter { $0.0.hasPrefix("diagnostics") }
        #expect(index.map(\.0) == ["index.html"] + (2...7).map { "index-\($0).html" })
        #expect(diagnostics.count == (Self.view.diagnostics.count + 499) / 500)
        #expect(Self.view.diagnostics.count > 2500)
        for (path, html) in lists {
            #expect(html.utf8.count < 1_000_000, "\(path) weighs \(html.utf8.count) bytes")
            let rows =
                HTMLQuery.count("<bdi class=\"key\">", in: html) + HTMLQuery.count("<li class=\"diagnostic ", in: html)
                + HTMLQuery.count("Ticket #<bdi>", in: html)
            #expect(rows <= 500 && rows > 0, "\(path) has \(rows) rows")
        }
    }

    @Test("Every user and every diagnostic is on exactly one page")
    func everyRowOnce() throws {
        let (lists, _) = try Self.render()
        let index = lists.filter { $0.0.hasPrefix("index") }.map(\.1).joined()
        var keys: [String: Int] = [:]
        for piece in index.components(separatedBy: "<bdi class=\"key\">").dropFirst() {
            // The key may break after its kind: `support:<wbr>91`.
            let key = piece.components(separatedBy: "</bdi>")[0].replacingOccurrences(of: "<wbr>", with: "")
            keys[key, default: 0] += 1
        }
        #expect(keys.count == Self.view.users.count)
        for user in Self.view.users {
            #expect(keys[user.key.description] == 1, "\(user.key)")
        }
        for ticket in ["91", "92", "93"] {
            #expect(HTMLQuery.count("Ticket #<bdi>\(ticket)</bdi>", in: index) == 1)
        }
        let diagnostics = lists.filter { $0.0.hasPrefix("diagnostics") }.map(\.1).joined()
        #expect(HTMLQuery.count("<li class=\"diagnostic ", in: diagnostics) == Self.view.diagnostics.count)
        var messages: [String: Int] = [:]
        for piece in diagnostics.components(separatedBy: "</p>\n<p><bdi>").dropFirst() {
            messages[String(piece.prefix { $0 != "<" }), default: 0] += 1
        }
        for diagnostic in Self.view.diagnostics {
            #expect(messages[Self.escaped(diagnostic.message)] == 1, "\(diagnostic.message)")
        }
    }

    @Test("The list is in triage order: over the cap, errors, warnings, authenticated, not, hidden, orphans")
    func triageOrder() throws {
        let (lists, _) = try Self.render(rowsPerPage: 97)
        let ranks = [
            "over-cap", "errors", "warnings", "authenticated", "unauthenticated", "hidden", "orphan-tickets",
        ]
        var seen: [String] = []
        var names: [String: [String]] = [:]
        for (path, html) in lists where path.hasPrefix("index") {
            for section in HTMLQuery.elements("<section class=\"card users-card\" id=\"group-", in: html) {
                let id = String(section.split(separator: "\"")[3].dropFirst("group-".count))
                if seen.last != id { seen.append(id) }
                names[id, default: []] += section.components(separatedBy: "<bdi class=\"name\">").dropFirst().map {
                    String($0.prefix { $0 != "<" })
                }
            }
        }
        #expect(seen == ["errors", "warnings", "unauthenticated", "orphan-tickets"])
        #expect(seen.map { ranks.firstIndex(of: $0)! } == seen.map { ranks.firstIndex(of: $0)! }.sorted())
        #expect(names["warnings"] == names["warnings"]?.sorted(), "A–Z within a section")
        #expect(names["errors"]?.count == 60)
        let diagnostics = lists.filter { $0.0.hasPrefix("diagnostics") }.map(\.1).joined()
        let severities = diagnostics.components(separatedBy: "<li class=\"diagnostic severity-").dropFirst().map {
            $0.prefix { $0 != "\"" }
        }
        #expect(severities.first == "error" && severities.last == "warning")
        #expect(severities.firstIndex(of: "warning")! > severities.lastIndex(of: "error")!)
    }

    @Test("Every link of the list pages resolves to a page of the site and, with a fragment, to an id on it")
    func linksResolve() throws {
        let (lists, paths) = try Self.render(rowsPerPage: 50)
        let pages = Dictionary(uniqueKeysWithValues: lists)
        #expect(lists.filter { $0.0.hasPrefix("index") }.count > ListPaging.maxNumberedLinks)
        #expect(pages["index-30.html"]?.contains("class=\"pager-gap\"") == true, "numbered links are windowed")
        for (path, html) in lists {
            let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            for href in hrefs where !href.hasPrefix("#") {
                let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
                #expect(paths.contains(parts[0]), "\(path) links \(href)")
                if parts.count == 2 {
                    #expect(pages[parts[0]]?.contains("id=\"\(parts[1])\"") == true, "\(path) links \(href)")
                }
            }
            let stem = path.hasPrefix("index") ? "index" : "diagnostics"
            let last = lists.last { $0.0.hasPrefix(stem) }?.0
            #expect(HTMLQuery.count("rel=\"next\"", in: html) == (path == last ? 0 : 2), "\(path): next page")
            #expect(HTMLQuery.count("rel=\"prev\"", in: html) == (path == stem + ".html" ? 0 : 2), "\(path): previous")
            let pager = try #require(HTMLQuery.element("<nav class=\"card pager\"", in: html))
            #expect(
                HTMLQuery.count("<a href=\"\(path)\" aria-current=\"page\">", in: pager) == 1, "\(path) names itself")
            #expect(HTMLQuery.count("<li", in: pager) <= ListPaging.maxNumberedLinks + 10, "\(path): a bounded pager")
        }
    }

    @Test("Advice is written once per code and advice on a page")
    func adviceOnce() throws {
        let (lists, _) = try Self.render()
        let first = try #require(lists.first { $0.0 == "diagnostics.html" }?.1)
        // All 60 duplicate-external-id errors fit on page 1, each with its own advice naming nothing per user.
        let section = try #require(HTMLQuery.element("id=\"code-duplicate-external-id\"", in: first))
        #expect(HTMLQuery.count("<li class=\"diagnostic ", in: section) == 60)
        #expect(HTMLQuery.count("<p class=\"advice\">", in: section) == 1)
        #expect(
            first.contains("<a href=\"diagnostics.html#code-duplicate-external-id\"><code>duplicate-external-id</code>")
        )
        #expect(first.contains("<a href=\"diagnostics.html#code-duplicate-email\"><code>duplicate-email</code>"))
    }

    /// Text as the templates escape it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test("The first page of a list is the current page; a later one marks its list as the current section")
    func navigationMarksTheCurrentPage() throws {
        let (lists, _) = try Self.render(rowsPerPage: 97)
        let pages = Dictionary(lists, uniquingKeysWith: { first, _ in first })
        let first = try #require(pages["index.html"])
        let second = try #require(pages["index-2.html"])
        #expect(first.contains(#"<a href="index.html" aria-current="page">Users</a>"#))
        #expect(second.contains(#"<a href="index.html" aria-current="true">Users</a>"#))
        #expect(!second.contains(#"aria-current="page">Users"#))
    }
}
