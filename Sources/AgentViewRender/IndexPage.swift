import AgentViewCore
import Mustache

/// One page of the user list (`index.html`, `index-2.html`, …): on the first, the counts a reviewer checks
/// first; on every one, the sections with their counts, the page links, and this page's rows of the triage
/// order (`IndexPlan`).
struct IndexPage: PageModel {
    let links: PageLinks
    let plan: IndexPlan
    /// The page, from 0.
    let page: Int

    /// The page's title.
    var title: String { plan.pageCount > 1 ? "Users, page \(page + 1) of \(plan.pageCount)" : "Users" }

    /// `{isFirstPage, counts, sections, jump, hasJump, pager, runs, messagingMode, capApplies, cap}`: `runs` are
    /// this page's rows cut by section, each with its heading; `jump` the A–Z jump of each user section.
    var values: MustacheMap {
        let rows = page * plan.rowsPerPage..<min(plan.entries.count, (page + 1) * plan.rowsPerPage)
        return [
            "isFirstPage": .bool(page == 0),
            "counts": .list(counts.map { label, count in ["label": .string(label), "count": .init(count)] }),
            "sections": .list(
                plan.sections.map { section in
                    let start = ListPaging.page(ofRow: section.start, plan.rowsPerPage)
                    return [
                        "title": .string(section.title), "count": .init(section.count),
                        "href": .string(links.prefix + IndexPlan.path(page: start) + "#group-" + section.id),
                        "pages": .string(pageRange(of: section)),
                    ]
                }),
            "jump": .list(jump),
            "hasJump": .bool(plan.sections.contains { !$0.letters.isEmpty }),
            "pager": ListPaging.pager(
                label: "Pages of the user list", current: page, count: plan.pageCount,
                path: { links.prefix + IndexPlan.path(page: $0) }, first: firstRow),
            "runs": .list(runs(in: rows)),
            "messagingMode": .string(plan.lists.summary.messagingMode),
            "capApplies": .bool(plan.lists.summary.capApplies),
            "cap": .init(plan.lists.summary.cap),
        ]
    }

    /// Per user section, a link to the first name under each letter present, on whichever page holds it: the
    /// list is in triage order, so a letter is looked up within a section, never across the list.
    private var jump: [MustacheValue] {
        plan.sections.filter { !$0.letters.isEmpty }.map { section in
            [
                "title": .string(section.title),
                "letters": .list(
                    section.letters.map { letter in
                        let page = ListPaging.page(ofRow: letter.row, plan.rowsPerPage)
                        let what = letter.letter == "#" ? "# (names not starting with a letter A–Z)" : letter.letter
                        return [
                            "letter": .string(letter.letter),
                            "href": .string(links.prefix + IndexPlan.path(page: page) + "#" + letter.anchor),
                            "label": .string("\(section.title): \(what), page \(page + 1)"),
                        ]
                    }),
            ]
        }
    }

    /// "page 2" or "pages 2–4": where a section's rows are.
    private func pageRange(of section: IndexPlan.Section) -> String {
        let first = ListPaging.page(ofRow: section.start, plan.rowsPerPage) + 1
        let last = ListPaging.page(ofRow: section.end - 1, plan.rowsPerPage) + 1
        return first == last ? "page \(first)" : "pages \(first)–\(last)"
    }

    /// What a page starts with, for the jump: its section and first name or ticket.
    private func firstRow(of page: Int) -> String {
        let row = page * plan.rowsPerPage
        guard row < plan.entries.count else { return "" }
        let section = plan.sections[plan.sectionOfEntry[row]].title
        switch plan.entries[row] {
        case .user(let position):
            return section + ": " + LookalikeText.shown(plan.lists.users[position].displayName)
        case .ticket(let position):
            return section + ": #" + LookalikeText.shown(plan.lists.orphanTickets[position].id)
        }
    }

    /// This page's rows cut into runs of one section each.
    private func runs(in rows: Range<Int>) -> [MustacheValue] {
        var runs: [MustacheValue] = []
        var start = rows.lowerBound
        while start < rows.upperBound {
            let section = plan.sections[plan.sectionOfEntry[start]]
            let end = min(section.end, rows.upperBound)
            var users: [MustacheValue] = []
            var tickets: [MustacheValue] = []
            for (row, entry) in zip(start..<end, plan.entries[start..<end]) {
                switch entry {
                case .user(let position):
                    users.append(plan.lists.users[position].value(links, rowID: plan.letterAnchors[row]))
                case .ticket(let position):
                    tickets.append(plan.lists.orphanTickets[position].value(links))
                }
            }
            let shown = start - section.start + 1...end - section.start
            runs.append([
                "id": .string(section.id), "title": .string(section.title), "count": .init(section.count),
                "rows": MustacheValue(
                    section.count == shown.count ? nil : "rows \(shown.lowerBound)–\(shown.upperBound)"),
                "continued": .bool(start > section.start),
                "users": .list(users), "hasUsers": .bool(!users.isEmpty),
                "tickets": .list(tickets), "hasTickets": .bool(!tickets.isEmpty),
            ])
            start = end
        }
        return runs
    }

    /// The counts, as label and number.
    private var counts: [(String, Int)] {
        let counts = plan.lists.summary.counts
        let severities = Diagnostic.Severity.allCases.reversed().map { severity in
            ("Diagnostics: \(severity.rawValue)s", counts.diagnostics[severity] ?? 0)
        }
        // An unknown method is rare (a contradiction, §3 rule 4): its line shows only when it happens.
        let unknown =
            counts.authenticatedMethodUnknown > 0
            ? [("Authenticated, method unknown", counts.authenticatedMethodUnknown)] : []
        return [
            ("Support users", counts.supportUsers),
            ("Messaging users", counts.messagingUsers),
            ("Authenticated by JWT", counts.authenticatedByJWT),
            ("Authenticated by help center", counts.authenticatedByHelpCenter),
        ] + unknown + [
            ("Not authenticated", counts.notAuthenticated),
            ("Messaging users agents never see", counts.hiddenMessagingUsers),
            ("Active tickets", counts.activeTickets),
            ("Tickets with the mark", counts.markedTickets),
        ] + severities
    }
}
