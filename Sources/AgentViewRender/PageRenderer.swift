import AgentViewCore
import Digest
import Mustache

/// Renders what agents see as static pages: the site (index, users, tickets, diagnostics) or a
/// one-user report, from view models through the templates in strict mode.
///
/// The same view and templates always give the same bytes: nothing reads the clock, the locale or
/// the machine, and every list is in the view's order.
public struct PageRenderer: Sendable {
    let templates: TemplateSet
    let time: TimeDisplay
    /// When the pages were generated, shown in the footer only when asked (`--generated-at`,
    /// `SOURCE_DATE_EPOCH`): without it, output never depends on the clock.
    let generatedAt: Timestamp?
    /// The most rows a page of the user list or the diagnostics shows (docs/rules.md §11): with rows of
    /// bounded size (names and quoted values are cut, `LookalikeText.shown`), every page stays well under 1 MB.
    public var rowsPerPage = 500

    /// A renderer showing times in an IANA time zone; nil when the zone is unknown.
    public init?(templates: TemplateSet, timeZone: String, generatedAt: Timestamp? = nil) {
        guard let time = TimeDisplay(timeZone: timeZone) else { return nil }
        self.templates = templates
        self.time = time
        self.generatedAt = generatedAt
    }

    /// A digest of everything besides the view that changes a page's bytes: the templates, the time zone,
    /// the generation time and the rows per list page. Shards of one render must agree on it.
    public var fingerprint: String {
        var digest = SHA256()
        let parts = [
            templates.fingerprint, time.identifier, generatedAt.map { String($0.millisecondsSinceEpoch) } ?? "",
            String(rowsPerPage),
        ]
        for part in parts {
            digest.update(part.utf8)
            digest.update([0])
        }
        return digest.finalize().hexadecimal
    }

    /// Where the site's stylesheet goes, relative to the output folder.
    public static let stylesheetPath = "assets/agentview.css"

    /// Every file of the site, in a fixed order: the stylesheet, the pages of the user list (`index.html`,
    /// `index-2.html`, …), the pages of the diagnostics (`diagnostics.html`, `diagnostics-2.html`, …),
    /// `users/<key>.html` (`UserKey.page`) in user order and `tickets/<id>.html` (`TicketView.page`) in
    /// ticket order, each followed by its further parts when it has more tickets or messages than a part shows
    /// (`PagePart`: `users/<key>.page-2.html`, …).
    public func pages(of view: AgentView) -> [SitePage] {
        var pages = listPages(SiteLists(view: view))
        pages.reserveCapacity(pages.count + view.users.count + view.tickets.count)
        for position in view.users.indices { pages += userPages(of: view, at: position) }
        for position in view.tickets.indices { pages += ticketPages(of: view, at: position) }
        return pages
    }

    /// The parts of one user's page (`users/<key>.html`, then `users/<key>.page-2.html`, …).
    public func userPages(of view: AgentView, at position: Int) -> [SitePage] {
        let user = view.users[position]
        return (0..<UserPage.partCount(of: user)).map { part in
            SitePage(path: PagePart.path(user.key.page, part: part), content: .user(position, part: part))
        }
    }

    /// The parts of one ticket's page (`tickets/<id>.html`, then `tickets/<id>.page-2.html`, …).
    public func ticketPages(of view: AgentView, at position: Int) -> [SitePage] {
        let ticket = view.tickets[position]
        let parts = PagePart.count(ticket.messages.count, perPart: PagePart.messagesPerPart)
        let repeats = parts > 1 ? RepeatedAnchors(ticket) : nil
        return (0..<parts).map { part in
            SitePage(
                path: PagePart.path(ticket.page, part: part), content: .ticket(position, part: part, repeats: repeats))
        }
    }

    /// The files of the site that show lists, from rows alone: the stylesheet, the pages of the user list
    /// and the pages of the diagnostics, in `pages(of:)` order. `agentview merge` writes these from the
    /// shards' rows; `renderList(_:into:)` renders them without a view.
    public func listPages(_ lists: SiteLists) -> [SitePage] {
        let index = IndexPlan(lists: lists, rowsPerPage: rowsPerPage)
        let diagnostics = DiagnosticsPlan(lists: lists, rowsPerPage: rowsPerPage)
        var pages = [SitePage(path: Self.stylesheetPath, content: .stylesheet)]
        pages.reserveCapacity(1 + index.pageCount + diagnostics.pageCount)
        for page in 0..<index.pageCount {
            pages.append(SitePage(path: IndexPlan.path(page: page), content: .index(page: page, plan: index)))
        }
        for page in 0..<diagnostics.pageCount {
            pages.append(
                SitePage(
                    path: DiagnosticsPlan.path(page: page), content: .diagnostics(page: page, plan: diagnostics)))
        }
        return pages
    }

    /// Renders one file of the site into a caller's buffer, replacing what it held.
    ///
    /// Pages depend only on the view and the renderer, never on each other or on the order they are
    /// rendered in, so a writer may render them on any number of threads and get the same bytes.
    public func render(_ page: SitePage, of view: AgentView, into buffer: inout [UInt8]) throws(TemplateError) {
        let links = PageLinks.site(page: page.path)
        let context = PageContext(view: view, links: links, time: time)
        switch page.content {
        case .stylesheet, .index, .diagnostics:
            try renderList(page, into: &buffer)
        case .user(let position, let part):
            try render(
                "user", UserPage(user: view.users[position], context: context, part: part), links: links,
                current: nil, redaction: view.settings.redaction?.notice, into: &buffer)
        case .ticket(let position, let part, let repeats):
            try render(
                "ticket",
                TicketPage(ticket: view.tickets[position], context: context, part: part, repeats: repeats?.occurrences),
                links: links, current: nil, redaction: view.settings.redaction?.notice, into: &buffer)
        }
    }

    /// Renders a file of `listPages(_:)` (the stylesheet, a page of the user list or of the diagnostics)
    /// into a caller's buffer from its plan's rows alone; a user or ticket page renders as nothing.
    public func renderList(_ page: SitePage, into buffer: inout [UInt8]) throws(TemplateError) {
        let links = PageLinks.site(page: page.path)
        switch page.content {
        case .stylesheet:
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: templates.stylesheet.utf8)
        case .index(let number, let plan):
            try render(
                "index", IndexPage(links: links, plan: plan, page: number), links: links, current: "index",
                isFirstPage: number == 0, redaction: plan.lists.summary.redactionNotice, into: &buffer)
        case .diagnostics(let number, let plan):
            try render(
                "diagnostics", DiagnosticsPage(links: links, plan: plan, page: number), links: links,
                current: "diagnostics", isFirstPage: number == 0, redaction: plan.lists.summary.redactionNotice,
                into: &buffer)
        case .user, .ticket:
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Renders a site page's template with its model and the layout's values.
    private func render(
        _ template: String, _ model: some PageModel, links: PageLinks, current: String?, isFirstPage: Bool = true,
        redaction: String?, into buffer: inout [UInt8]
    ) throws(TemplateError) {
        let layout = LayoutModel(
            title: model.title, stylesheet: .linked(href: links.prefix + Self.stylesheetPath),
            nav: LayoutModel.siteNav(links, current: current, isFirstPage: isFirstPage), time: time, isReport: false,
            generatedAt: generatedAt, redaction: redaction)
        var root = model.values
        root["layout"] = layout.value
        try templates.render(template, .map(root), into: &buffer)
    }

    /// Every file of the site as relative path → text, in `pages(of:)` order: for tests and small
    /// exports; a writer of a large site renders page by page instead.
    public func site(_ view: AgentView) throws(TemplateError) -> [(path: String, contents: String)] {
        var buffer: [UInt8] = []
        var files: [(path: String, contents: String)] = []
        for page in pages(of: view) {
            try render(page, of: view, into: &buffer)
            files.append((page.path, String(decoding: buffer, as: UTF8.self)))
        }
        return files
    }

    /// The one-user report of a user of the view: one self-contained HTML file.
    public func report(for user: UserView, in view: AgentView) throws(TemplateError) -> String {
        let links = PageLinks.report(tickets: user.tickets.map(\.ticketID))
        let context = PageContext(view: view, links: links, time: time)
        let page = ReportPage(user: user, context: context)
        let nav = [
            LayoutModel.Link(label: "Profile", href: "#profile"),
            LayoutModel.Link(label: "Essentials card", href: "#essentials-card"),
            LayoutModel.Link(label: "Data mapping", href: "#data-mapping"),
            LayoutModel.Link(label: "Tickets", href: "#tickets"),
            LayoutModel.Link(label: "Conversations", href: "#conversations"),
        ]
        let layout = LayoutModel(
            title: page.title, stylesheet: .inline(templates.stylesheet), nav: nav, time: time, isReport: true,
            generatedAt: generatedAt, redaction: view.settings.redaction?.notice)
        return try render("report", page.values, layout)
    }

    /// `diff.html`: the changes between two snapshots; links go to `newPagesRoot` + each page when given,
    /// for the pages that `pageExists` confirms.
    public func diffPage(
        _ diff: SnapshotDiff, newPagesRoot: String?, maxItems: Int,
        pageExists: @escaping (String) -> Bool = { _ in true }, redaction: Redaction? = nil
    ) throws(TemplateError) -> String {
        var page = DiffPage(diff: diff, newPagesRoot: newPagesRoot, maxItems: maxItems)
        page.pageExists = pageExists
        let nav = newPagesRoot.map { [LayoutModel.Link(label: "Users", href: $0 + "index.html")] } ?? []
        let layout = LayoutModel(
            title: page.title, stylesheet: .inline(templates.stylesheet), nav: nav, time: time, isReport: false,
            generatedAt: generatedAt, redaction: redaction?.notice)
        return try render("diff", page.values, layout)
    }

    /// Renders a page template with its values and the layout's.
    private func render(_ template: String, _ values: MustacheMap, _ layout: LayoutModel)
        throws(TemplateError) -> String
    {
        var root = values
        root["layout"] = layout.value
        return try templates.render(template, .map(root))
    }
}
