import AgentViewCore
import Mustache

/// What `layout.mustache` shows around every page: title, inline stylesheet, navigation, footer.
struct LayoutModel {
    /// One navigation link.
    struct Link {
        var label: String
        var href: String
        var current: Bool = false
        /// Whether the link leads to this very page, not only to the first page of its list: on
        /// `index-2.html` the Users link is the current section (`aria-current="true"`), not the page.
        var isThisPage: Bool = true
    }

    /// How a page gets its stylesheet.
    enum Stylesheet {
        /// A link to the site's one stylesheet, relative to the page.
        case linked(href: String)
        /// Our own CSS inline, for a page that must stand alone (a report, a diff page): the only text
        /// a page emits unescaped besides its markup.
        case inline(String)
    }

    let title: String
    let stylesheet: Stylesheet
    let nav: [Link]
    let time: TimeDisplay
    let isReport: Bool
    let generatedAt: Timestamp?
    /// What `--redact` replaced, said in the header and the footer of every page; nil when nothing was.
    var redaction: String? = nil

    /// The site's navigation from a page, marking the current one.
    static func siteNav(_ links: PageLinks, current: String?, isFirstPage: Bool = true) -> [Link] {
        [
            Link(
                label: "Users", href: links.index ?? "#main", current: current == "index", isThisPage: isFirstPage),
            Link(
                label: "Diagnostics", href: links.diagnostics ?? "#main", current: current == "diagnostics",
                isThisPage: isFirstPage),
        ]
    }

    /// `{title, stylesheet, stylesheetHref, nav, timeZone, isReport, generatedAt, redaction}`: one of `stylesheet`
    /// (inline CSS) and `stylesheetHref` is null.
    var value: MustacheValue {
        let (inline, href): (String?, String?)
        switch stylesheet {
        case .linked(let link): (inline, href) = (nil, link)
        case .inline(let css): (inline, href) = (css, nil)
        }
        return [
            "title": .string(title),
            "stylesheet": MustacheValue(inline),
            "stylesheetHref": MustacheValue(href),
            "nav": .list(
                nav.map { link in
                    [
                        "label": .string(link.label), "href": .string(link.href),
                        "current": link.current ? .string(link.isThisPage ? "page" : "true") : .bool(false),
                    ]
                }),
            "timeZone": .string(time.identifier),
            "isReport": .bool(isReport),
            "generatedAt": time.value(generatedAt),
            "redaction": MustacheValue(redaction),
        ]
    }
}
