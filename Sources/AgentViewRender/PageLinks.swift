import AgentViewCore

/// Where a page's links point: relative paths between pages of the site, or anchors inside a report.
///
/// Links are relative so that the output folder can be published anywhere; a page in `users/` or
/// `tickets/` reaches the others through `../`. A one-user report is a single file: it links only to
/// its own sections, and to nothing for what it does not hold.
struct PageLinks: Sendable {
    /// `""` for pages at the top of the output folder, `"../"` for pages one folder down.
    let prefix: String
    /// Whether the page is a one-user report (in-page anchors only).
    let inReport: Bool
    /// In a report, the tickets it holds.
    let reportTickets: Set<String>
    /// Whether messages carry `id="message-<id>"` anchors: on a ticket page only, which holds one ticket,
    /// so ids cannot meet another ticket's (docs/rules.md §11 rule 8).
    var messageAnchors = false

    /// Links for a site page at a path such as `index.html` or `users/support-1.html`.
    static func site(page path: String) -> PageLinks {
        let depth = path.split(separator: "/").count - 1
        return PageLinks(
            prefix: String(repeating: "../", count: depth), inReport: false, reportTickets: [],
            messageAnchors: path.hasPrefix("tickets/"))
    }

    /// Links for a one-user report holding some tickets.
    static func report(tickets: [String]) -> PageLinks {
        PageLinks(prefix: "", inReport: true, reportTickets: Set(tickets))
    }

    /// The user's page, or nil in a report.
    func user(_ key: UserKey) -> String? {
        inReport ? nil : prefix + key.page
    }

    /// The ticket's page, or its section in a report (nil when the report does not hold it).
    func ticket(_ id: String) -> String? {
        guard inReport else { return prefix + TicketView.page(for: id) }
        return reportTickets.contains(id) ? "#" + Self.ticketAnchor(id) : nil
    }

    /// The id of a ticket's section in a report.
    static func ticketAnchor(_ id: String) -> String { "ticket-" + SafeFileName.stem(for: id) }

    /// The user list, or nil in a report.
    var index: String? { inReport ? nil : prefix + "index.html" }

    /// The diagnostics page, or nil in a report.
    var diagnostics: String? { inReport ? nil : prefix + "diagnostics.html" }

    /// Whether links to URLs from input (message actions, media) may be links: never in a report,
    /// which must not point outside itself.
    var allowsExternalLinks: Bool { !inReport }
}
