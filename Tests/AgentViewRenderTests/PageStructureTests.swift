import Foundation
import Testing

@testable import AgentViewRender

/// Every page of the sample is self-contained, accessible and linked by relative paths only.
@Suite struct PageStructureTests {
    /// Site pages load only the site's own stylesheet: no inline style, script or remote resource.
    static let securityPolicy =
        #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src data:">"#

    @Test("Every page has landmarks, a skip link, one h1, the policy, the footer, and no script or fetch")
    func landmarks() throws {
        let site = try SampleSite.load()
        #expect(site.pages.count == 2 + site.view.users.count + site.view.tickets.count)
        for (path, page) in site.pages {
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(path)")
            #expect(page.contains(Self.securityPolicy), "\(path)")
            #expect(!page.contains("<style"), "\(path)")
            #expect(
                page.contains(##"<a class="skip-link" href="#main">"##) && page.contains(#"<main id="main""#), "\(path)"
            )
            #expect(page.contains("<header") && page.contains("<nav") && page.contains("<footer"), "\(path)")
            #expect(HTMLQuery.count("<h1", in: page) == 1, "\(path)")
            #expect(page.contains("not a screenshot"), "\(path)")
            #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("url("), "\(path)")
        }
    }

    @Test("Headings never skip a level")
    func headingOrder() throws {
        for (path, page) in try SampleSite.load().pages {
            var level = 0
            for part in page.components(separatedBy: "<h").dropFirst() {
                guard let digit = part.first?.wholeNumberValue, (1...6).contains(digit) else { continue }
                #expect(digit <= level + 1, "\(path): h\(digit) after h\(level)")
                level = digit
            }
        }
    }

    @Test("Every table heads its columns and rows with scoped th")
    func tableHeaders() throws {
        for (path, page) in try SampleSite.load().pages {
            #expect(HTMLQuery.count("<th>", in: page) == 0, "\(path)")
            for table in HTMLQuery.elements("<table", in: page) {
                #expect(table.contains(#"<th scope="col">"#), "\(path)")
            }
        }
    }

    @Test("Links are relative and reach a page of the site, or are https, http or mailto with rel noopener")
    func links() throws {
        let site = try SampleSite.load()
        for (path, page) in site.pages {
            let folder = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
            for part in page.components(separatedBy: #"href=""#).dropFirst() {
                let href = String(part.prefix { $0 != "\"" })
                if href.hasPrefix("#") { continue }
                if href.hasPrefix("https:") || href.hasPrefix("http:") || href.hasPrefix("mailto:") {
                    #expect(part.dropFirst(href.count).hasPrefix(#"" rel="noopener noreferrer""#), "\(path): \(href)")
                    continue
                }
                #expect(!href.hasPrefix("/") && !href.contains(":"), "\(path): \(href)")
                let target = URL(fileURLWithPath: String(href.prefix { $0 != "#" }), relativeTo: folder)
                    .standardizedFileURL.path
                let file = String(target.dropFirst("/site/".count))
                #expect(site.pages[file] != nil || site.assets[file] != nil, "\(path): \(href) reaches no page")
            }
        }
    }

    @Test("Page file names come from UserKey.page and TicketView.page")
    func fileNames() throws {
        let site = try SampleSite.load()
        let expected = Set(
            ["index.html", "diagnostics.html"] + site.view.users.map(\.key.page) + site.view.tickets.map(\.page))
        #expect(Set(site.pages.keys) == expected)
        #expect(Array(site.assets.keys) == [PageRenderer.stylesheetPath])
    }

    @Test("Every page links the one stylesheet by a relative path that reaches it")
    func stylesheetLink() throws {
        let site = try SampleSite.load()
        #expect(site.assets[PageRenderer.stylesheetPath] == EmbeddedTemplates.files["style.css"])
        for (path, page) in site.pages {
            let depth = path.split(separator: "/").count - 1
            let href = String(repeating: "../", count: depth) + PageRenderer.stylesheetPath
            #expect(HTMLQuery.count(#"<link rel="stylesheet" href="\#(href)">"#, in: page) == 1, "\(path)")
            #expect(HTMLQuery.count("<link", in: page) == 1, "\(path)")
        }
    }
}
