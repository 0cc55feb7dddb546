import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// The hostile fixture rendered with the real `PageRenderer`: every field from input reaches its page
/// as text, never as markup, a script, an event handler or a `javascript:` link.
///
/// `EscapingTests` covers the basic cases on a small export; this suite attacks every field at once.
@Suite("Hostile export: rendered as text, everywhere")
struct HostileSiteTests {
    /// The rendered site and reports, shared by every test.
    struct Rendered: Sendable {
        let view: AgentView
        /// Every page of the site by path, then the reports of the users the fixture attacks through.
        let pages: [String: String]
        let sitePaths: [String]
    }

    /// The users whose one-user reports are checked too: their pages carry most payloads.
    static let reportedUsers = ["support:1001", "messaging:../../etc/passwd"]

    /// The fixture rendered once, with the built-in templates, in UTC.
    static let rendered = Result { () throws -> Rendered in
        let export = try ExportLoader().load(files: try HostileExport.files())
        let view = AgentView(export: export)
        let renderer = try makeRenderer(timeZone: "UTC")
        let site = try renderer.site(view)
        var pages = Dictionary(
            site.filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.contents) },
            uniquingKeysWith: { first, _ in first })
        for key in reportedUsers {
            guard let userKey = UserKey(key), let user = view.user(userKey) else {
                throw SampleSite.MissingPage(path: key)
            }
            pages["report " + key] = try renderer.report(for: user, in: view)
        }
        return Rendered(view: view, pages: pages, sitePaths: site.map(\.path))
    }

    /// Tags the templates write, with every heading level: any other tag came from input.
    static let templateTags: Set<String> = {
        var names: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
        for (path, source) in EmbeddedTemplates.files where path.hasSuffix(".mustache") {
            names.formUnion(HTMLTags(source).tags.map(\.name))
        }
        return names
    }()

    @Test("No page holds a script, a comment or a tag the templates do not write")
    func noMarkupFromInput() throws {
        for (path, page) in try Self.rendered.get().pages {
            let html = HTMLTags(page)
            #expect(!page.lowercased().contains("<script"), "\(path)")
            #expect(html.commentCount == 0, "\(path)")
            let foreign = Set(html.tags.map(\.name)).subtracting(Self.templateTags)
            #expect(foreign.isEmpty, "\(path): \(foreign.sorted())")
            // One title in the head, however many `</title>` the input held (check marks carry their own in SVG).
            let head = HTMLTags(page.components(separatedBy: "</head>")[0])
            #expect(head.tags.count(where: { $0.name == "title" }) == 1, "\(path)")
            #expect(head.endTags.count(where: { $0 == "title" }) == 1, "\(path)")
        }
    }

    @Test("No tag carries an event handler")
    func noEventHandlers() throws {
        for (path, page) in try Self.rendered.get().pages {
            for tag in HTMLTags(page).tags {
                let handlers = tag.attributes.map(\.name).filter { $0.hasPrefix("on") }
                #expect(handlers.isEmpty, "\(path): <\(tag.name)> has \(handlers)")
            }
        }
    }

    @Test("Every link is relative, or https, http or mailto with rel=\"noopener noreferrer\"")
    func linksAreSafe() throws {
        var external = 0
        for (path, page) in try Self.rendered.get().pages {
            for tag in HTMLTags(page).tags {
                for attribute in tag.attributes
                where ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster"].contains(attribute.name)
                {
                    guard let scheme = Self.scheme(of: attribute.value) else { continue }
                    external += 1
                    #expect(
                        ["https", "http", "mailto"].contains(scheme), "\(path): \(attribute.name)=\(attribute.value)")
                    #expect(
                        tag.attribute("rel") == "noopener noreferrer",
                        "\(path): <\(tag.name) \(attribute.name)=\(attribute.value)>")
                    #expect(!path.hasPrefix("report "), "\(path): a report links out to \(attribute.value)")
                }
            }
        }
        // https and http actions, a mailto action and an https image: proof the check saw links at all.
        #expect(external == 5)
    }

    @Test("Every attacked field reaches a page, as text; script content and stale copies reach none")
    func everyFieldIsShown() throws {
        let all = try Self.rendered.get().pages.values.joined(separator: "\n")
        for tag in HostileExport.renderedTags {
            #expect(all.contains("alert(\(tag))"), "field \(tag) reaches no page")
        }
        for tag in HostileExport.absentTags {
            #expect(!all.contains("alert(\(tag))"), "field \(tag) reaches a page")
        }
        #expect(all.contains("vbscript:msgbox(43)"))
        #expect(all.contains("safe-text-26") && all.contains("para-56") && all.contains("bold-54"))
    }

    @Test("Mustache syntax and </title> in input are shown as written")
    func mustacheTextIsLiteral() throws {
        let rendered = try Self.rendered.get()
        let ticket = try #require(rendered.pages["tickets/2002.html"])
        #expect(ticket.contains("<h1><bdi>{{mustache}} &lt;script&gt;alert(29)&lt;/script&gt;"))
        // A user's name is the page title: `</title>` in it stays text.
        let user = try #require(rendered.pages["users/support-1001.html"])
        #expect(
            user.contains(
                "<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&lt;/title&gt;&lt;!--{{mustache}}"
            ))
    }

    @Test("A hostile export file name is quoted as text in the duplicate-record diagnostic")
    func hostileFileNameInADiagnostic() throws {
        let rendered = try Self.rendered.get()
        let diagnostic = try #require(
            rendered.view.diagnostics.first {
                $0.code == "duplicate-record" && $0.subject == .user(UserKey(.support, "1002"))
            })
        #expect(
            diagnostic.message
                == #"support user '1002' appears in 'zendesk/"><img src=x onerror=alert(65)>.json' and 'zendesk/users.json'; the copy in 'zendesk/users.json' is used"#
        )
        #expect(
            try #require(rendered.pages["diagnostics.html"]).contains(
                "zendesk/&quot;&gt;&lt;img src=x onerror=alert(65)&gt;.json"))
    }

    @Test("Every page path is one safe name inside its folder, and no two pages share one")
    func pagePathsAreSafe() throws {
        let rendered = try Self.rendered.get()
        #expect(rendered.sitePaths.count == 3 + rendered.view.users.count + rendered.view.tickets.count)
        #expect(Set(rendered.sitePaths).count == rendered.sitePaths.count)
        #expect(rendered.sitePaths.first == PageRenderer.stylesheetPath)
        for path in rendered.sitePaths.dropFirst() {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            let name = parts.last!
            #expect(parts.count <= 2 && (parts.count == 1 || ["users", "tickets"].contains(parts[0])), "\(path)")
            #expect(name.hasSuffix(".html") && !name.hasPrefix(".") && name.utf8.count <= 100, "\(path)")
            #expect(
                name.dropLast(5).allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") },
                "\(path)")
        }
        #expect(rendered.sitePaths.contains("users/messaging-______etc_passwd-2bef2c0bbbdefdfa.html"))
    }

    /// Bidi controls from input are escaped like any text and isolated: each value sits in a `<bdi>`, so an
    /// override in a subject, a message or an email reorders nothing after it (docs/rules.md §12 rule 16).
    @Test("A right-to-left override from input does not reorder the page around it")
    func bidiOverridesAreIsolated() throws {
        var isolated = 0
        for (path, page) in try Self.rendered.get().pages.sorted(by: { $0.key < $1.key }) {
            let scan = BidiScan(page)
            isolated += scan.isolated
            #expect(scan.unisolated.isEmpty, "\(path): \(scan.unisolated.prefix(3))")
        }
        // The fixture's overrides reach the pages (names and diagnostics show them defused, other values as
        // they are).
        #expect(isolated > 90)
    }

    /// The scan sees an override outside any `<bdi>`, and ignores the title, where no element can go.
    @Test("The bidi scan catches an unisolated override")
    func theBidiScanCatchesAnOverride() {
        #expect(BidiScan("<p>a \u{202E}b</p>").unisolated == ["<p>a \u{202E}b</p>"])
        #expect(BidiScan("<p>a <bdi>\u{202E}b</bdi> c</p>").unisolated.isEmpty)
        #expect(BidiScan("<p><bdi>x</bdi> \u{05D0}</p>").unisolated.count == 1)
        #expect(BidiScan("<title>\u{202E}</title><p>a</p>").unisolated.isEmpty)
    }

    /// The checks above would pass on an empty page too: show they catch markup when it is there.
    @Test("The checks see an injected tag, handler, link and comment")
    func theChecksSeeMarkup() {
        let leaked = HTMLTags(
            #"<title>&lt;/title&gt;<b></title><p title="x onerror=y">a<img src=x onerror=alert(1)><a href=" java&#x09;script:alert(1)">x</a><!-- c -->"#
        )
        #expect(leaked.tags.map(\.name) == ["title", "p", "img", "a"])
        #expect(leaked.tags[1].attributes.map(\.name) == ["title"])
        #expect(leaked.tags[2].attributes.map(\.name) == ["src", "onerror"])
        #expect(Self.scheme(of: leaked.tags[3].attribute("href") ?? "") == "javascript")
        #expect(leaked.commentCount == 1)
        #expect(Self.scheme(of: "../users/support-1.html") == nil && Self.scheme(of: "#main") == nil)
    }

    /// The scheme of a URL as a browser reads it (ASCII whitespace and controls dropped), or nil when relative.
    static func scheme(of url: String) -> String? {
        let cleaned = String(
            String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let scheme = cleaned[..<colon]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }
}
