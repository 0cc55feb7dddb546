import AgentViewCore
import Mustache

/// What `layout.mustache` shows around every page: title, inline stylesheet, navigation, footer.
struct LayoutModel {
    /// One navigation link.
    struct Link {
        var label: String
        var href: String
        var current: Bool = false
    }

    let title: String
    /// Our own CSS, the only text a page emits unescaped besides its markup.
    let stylesheet: String
    let nav: [Link]
    let time: TimeDisplay
    let isReport: Bool
    let generatedAt: Timestamp?

    /// The site's navigation from a page, marking the current one.
    static func siteNav(_ links: PageLinks, current: String?) -> [Link] {
        [
            Link(label: "Users", href: links.index ?? "#main", current: current == "index"),
            Link(label: "Diagnostics", href: links.diagnostics ?? "#main", current: current == "diagnostics"),
        ]
    }

    /// `{title, stylesheet, nav, timeZone, isReport}`.
    var value: MustacheValue {
        [
            "title": .string(title),
            "stylesheet": .string(stylesheet),
            "nav": .list(
                nav.map { ["label": .string($0.label), "href": .string($0.href), "current": .bool($0.current)] }),
            "timeZone": .string(time.identifier),
            "isReport": .bool(isReport),
            "generatedAt": time.value(generatedAt),
        ]
    }
}
