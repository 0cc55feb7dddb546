import AgentViewCore
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

    /// A renderer showing times in an IANA time zone; nil when the zone is unknown.
    public init?(templates: TemplateSet, timeZone: String, generatedAt: Timestamp? = nil) {
        guard let time = TimeDisplay(timeZone: timeZone) else { return nil }
        self.templates = templates
        self.time = time
        self.generatedAt = generatedAt
    }

    /// Every page of the site as relative path → HTML: `index.html`, `diagnostics.html`,
    /// `users/<key>.html` (`UserKey.page`) and `tickets/<id>.html` (`TicketView.page`).
    public func site(_ view: AgentView) throws(TemplateError) -> [(path: String, contents: String)] {
        let index = ViewIndex(view)
        var pages: [(path: String, contents: String)] = []
        func add(_ path: String, _ template: String, current: String? = nil, _ page: (PageContext) -> any PageModel)
            throws(TemplateError)
        {
            let links = PageLinks.site(page: path)
            let model = page(PageContext(index: index, links: links, time: time))
            let layout = LayoutModel(
                title: model.title, stylesheet: templates.stylesheet, nav: LayoutModel.siteNav(links, current: current),
                time: time, isReport: false, generatedAt: generatedAt)
            pages.append((path, try render(template, model.values, layout)))
        }
        try add("index.html", "index", current: "index") { IndexPage(context: $0) }
        try add("diagnostics.html", "diagnostics", current: "diagnostics") { DiagnosticsPage(context: $0) }
        for user in view.users {
            try add(user.key.page, "user") { UserPage(user: user, context: $0) }
        }
        for ticket in view.tickets {
            try add(ticket.page, "ticket") { TicketPage(ticket: ticket, context: $0) }
        }
        return pages
    }

    /// The one-user report of a user of the view: one self-contained HTML file.
    public func report(for user: UserView, in view: AgentView) throws(TemplateError) -> String {
        let links = PageLinks.report(tickets: user.tickets.map(\.ticketID))
        let context = PageContext(index: ViewIndex(view), links: links, time: time)
        let page = ReportPage(user: user, context: context)
        let nav = [
            LayoutModel.Link(label: "Profile", href: "#profile"),
            LayoutModel.Link(label: "Essentials card", href: "#essentials-card"),
            LayoutModel.Link(label: "Data mapping", href: "#data-mapping"),
            LayoutModel.Link(label: "Tickets", href: "#tickets"),
            LayoutModel.Link(label: "Conversations", href: "#conversations"),
        ]
        let layout = LayoutModel(
            title: page.title, stylesheet: templates.stylesheet, nav: nav, time: time, isReport: true,
            generatedAt: generatedAt)
        return try render("report", page.values, layout)
    }

    /// `diff.html`: the changes between two snapshots; links go to `newPagesRoot` + each page when given.
    public func diffPage(_ diff: SnapshotDiff, newPagesRoot: String?, maxItems: Int) throws(TemplateError) -> String {
        let page = DiffPage(diff: diff, newPagesRoot: newPagesRoot, maxItems: maxItems)
        let nav = newPagesRoot.map { [LayoutModel.Link(label: "Users", href: $0 + "index.html")] } ?? []
        let layout = LayoutModel(
            title: page.title, stylesheet: templates.stylesheet, nav: nav, time: time, isReport: false,
            generatedAt: generatedAt)
        return try render("diff", page.values, layout)
    }

    /// Renders a page template with its values and the layout's.
    private func render(_ template: String, _ values: [String: MustacheValue], _ layout: LayoutModel)
        throws(TemplateError) -> String
    {
        var root = values
        root["layout"] = layout.value
        return try templates.render(template, .map(root))
    }
}
