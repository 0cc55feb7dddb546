import AgentViewCore
import Mustache

/// How the user list (`index.html`, `index-2.html`, …) is ordered and split into pages of at most
/// `rowsPerPage` rows, built once per site so that each page finds its rows without looking at the others
/// (docs/rules.md §11).
///
/// The order is the reviewer's triage: users over the cap, then users with an error, with a warning,
/// authenticated, not authenticated, messaging users agents never see, and tickets whose requester is not in
/// the export; each section A–Z by the first letter of the name agents see, whatever its case, names not
/// starting with a letter A–Z last under "#", then by the name ignoring case, ties in view order. Each section
/// keeps where each of its letters starts, for the A–Z jump. The plan holds one entry per row and a few
/// lines per section, never anything per page, so memory grows with the export, not with the pages.
public final class IndexPlan: Sendable, Equatable {
    /// One row of the list: a user or an orphan ticket, by position in `SiteLists`.
    enum Entry: Sendable, Equatable {
        case user(Int)
        case ticket(Int)
    }

    /// A section of the list: its anchor id, its heading, and where its rows are in `entries`.
    struct Section: Sendable, Equatable {
        let id: String
        let title: String
        let start: Int
        let count: Int
        /// Where each first letter present starts, in order: "A"…"Z", then "#"; empty for tickets.
        var letters: [Letter] = []
        var end: Int { start + count }
    }

    /// A letter of the A–Z jump: the row (in `entries`) of the section's first name under it.
    struct Letter: Sendable, Equatable {
        /// "A"…"Z", or "#" for a name that does not start with a letter A–Z.
        let letter: String
        let row: Int
        /// The HTML id of that row: `group-<section>-letter-a`, `…-letter-other` for "#".
        let anchor: String
    }

    let entries: [Entry]
    let sections: [Section]
    /// The section of each entry, by position in `sections`.
    let sectionOfEntry: [Int]
    /// The rows that start a letter of their section, with the row's HTML id.
    let letterAnchors: [Int: String]
    let rowsPerPage: Int

    /// How many pages the list takes; an empty list still has its first page.
    public var pageCount: Int { ListPaging.pageCount(entries.count, rowsPerPage) }

    /// The path of a page, from 0: `index.html` first so existing links still work, then `index-2.html`, ….
    public static func path(page: Int) -> String { ListPaging.path("index", page: page) }

    /// The rows the plan orders.
    let lists: SiteLists

    /// The triage order of the lists' users and orphan tickets, in pages of `rowsPerPage` rows.
    init(lists: SiteLists, rowsPerPage: Int) {
        self.lists = lists
        self.rowsPerPage = max(1, rowsPerPage)
        var buckets = Array(repeating: [Int](), count: Self.sections.count)
        for (position, user) in lists.users.enumerated() {
            buckets[user.section].append(position)
        }
        var entries: [Entry] = []
        var sections: [Section] = []
        var sectionOfEntry: [Int] = []
        var letterAnchors: [Int: String] = [:]
        entries.reserveCapacity(lists.users.count)
        for (index, bucket) in buckets.enumerated() where !bucket.isEmpty {
            let names = bucket.map { lists.users[$0].displayName }
            let keys = names.map(Self.sortKey)
            let sorted = bucket.indices.sorted {
                (keys[$0].letter, keys[$0].folded, names[$0], bucket[$0])
                    < (keys[$1].letter, keys[$1].folded, names[$1], bucket[$1])
            }
            let id = Self.sections[index].id
            var letters: [Letter] = []
            for (offset, position) in sorted.enumerated() where letters.last?.letter != keys[position].shown {
                let letter = keys[position].shown
                let anchor = "group-\(id)-letter-" + (letter == "#" ? "other" : letter.lowercased())
                letters.append(Letter(letter: letter, row: entries.count + offset, anchor: anchor))
                letterAnchors[entries.count + offset] = anchor
            }
            sectionOfEntry += Array(repeating: sections.count, count: bucket.count)
            sections.append(
                Section(
                    id: id, title: Self.sections[index].title, start: entries.count, count: bucket.count,
                    letters: letters))
            entries += sorted.map { .user(bucket[$0]) }
        }
        let orphans = lists.orphanTickets.indices
        if !orphans.isEmpty {
            sectionOfEntry += Array(repeating: sections.count, count: orphans.count)
            sections.append(
                Section(
                    id: "orphan-tickets", title: "Tickets whose requester is not in the export", start: entries.count,
                    count: orphans.count))
            entries += orphans.map { .ticket($0) }
        }
        self.entries = entries
        self.sections = sections
        self.sectionOfEntry = sectionOfEntry
        self.letterAnchors = letterAnchors
    }

    /// How a name sorts: its first letter's place (A–Z 0…25, anything else 26, shown as "#"), then its first
    /// 255 characters lowercased, so that "anna" sits with "Anna" and each letter's names are one run the
    /// jump can point at. Lowercasing is Unicode's default, the same on every machine and locale; a huge
    /// name costs its first characters only.
    static func sortKey(_ name: String) -> (letter: Int, shown: String, folded: String) {
        let first = name.unicodeScalars.first { !$0.properties.isWhitespace }?.value ?? 0
        let letter: Int
        switch first {
        case 0x41...0x5A: letter = Int(first - 0x41)
        case 0x61...0x7A: letter = Int(first - 0x61)
        default: letter = 26
        }
        let shown = letter == 26 ? "#" : String(UnicodeScalar(UInt8(0x41 + letter)))
        return (letter, shown, String(name.prefix(LookalikeText.shownNameLimit)).lowercased())
    }

    /// The sections of users, in list order: anchor id and heading.
    static let sections = [
        (id: "over-cap", title: "Over the active-ticket cap"), (id: "errors", title: "With errors"),
        (id: "warnings", title: "With warnings"), (id: "authenticated", title: "Authenticated"),
        (id: "unauthenticated", title: "Not authenticated"), (id: "hidden", title: "Messaging users agents never see"),
    ]

    /// The section a user belongs to, by position in the definitions: over the cap first, then the most
    /// severe diagnostic, then whether agents see the check mark by the name.
    static func section(of user: UserView, in view: AgentView) -> Int {
        if user.isVisibleToAgents && user.ticketSummary.isOverCap { return 0 }
        switch view.diagnostics(of: user.key).map(\.severity).max() {
        case .error: return 1
        case .warning: return 2
        default: break
        }
        if user.nameCheckMark { return 3 }
        return user.isVisibleToAgents ? 4 : 5
    }

    public static func == (lhs: IndexPlan, rhs: IndexPlan) -> Bool { lhs === rhs }
}

/// How `diagnostics.html`, `diagnostics-2.html`, … list the view's diagnostics: grouped by severity (errors
/// first), then code, then advice, so that each code's advice is written once; at most `rowsPerPage` per page
/// (docs/rules.md §11).
public final class DiagnosticsPlan: Sendable, Equatable {
    /// The diagnostics of one severity and code, where they are in `order`, and the anchor of their heading.
    struct Group: Sendable, Equatable {
        let severity: Diagnostic.Severity
        let code: String
        let anchor: String
        let start: Int
        let count: Int
        var end: Int { start + count }
    }

    /// Positions in `SiteLists.diagnostics`, in page order.
    let order: [Int]
    let groups: [Group]
    /// The group of each position of `order`.
    let groupOfEntry: [Int]
    let rowsPerPage: Int

    /// How many pages the list takes; no diagnostics still make one page that says so.
    public var pageCount: Int { ListPaging.pageCount(order.count, rowsPerPage) }

    /// The path of a page, from 0: `diagnostics.html` first, then `diagnostics-2.html`, ….
    public static func path(page: Int) -> String { ListPaging.path("diagnostics", page: page) }

    /// The rows the plan orders.
    let lists: SiteLists

    /// The page order of the lists' diagnostics.
    init(lists: SiteLists, rowsPerPage: Int) {
        self.lists = lists
        self.rowsPerPage = max(1, rowsPerPage)
        let diagnostics = lists.diagnostics.map(\.diagnostic)
        // Each code's advice texts in first-seen order, so items sharing advice sit together under it.
        var adviceRank: [String: [String: Int]] = [:]
        var ranks: [Int] = []
        ranks.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            // Ranked in place: a code's table copied out, changed and stored back was copied whole for each
            // diagnostic, quadratic in a code's advice texts (100,000 tickets naming missing conversations,
            // each its own advice, took minutes).
            ranks.append(Self.rank(of: diagnostic.advice, in: &adviceRank[diagnostic.code, default: [:]]))
        }
        let order = diagnostics.indices.sorted { lhs, rhs in
            let (left, right) = (diagnostics[lhs], diagnostics[rhs])
            if left.severity != right.severity { return left.severity > right.severity }
            return (left.code, ranks[lhs], lhs) < (right.code, ranks[rhs], rhs)
        }
        var groups: [Group] = []
        var groupOfEntry: [Int] = []
        var anchors: Set<String> = []
        groupOfEntry.reserveCapacity(order.count)
        for (index, position) in order.enumerated() {
            let diagnostic = diagnostics[position]
            if let last = groups.last, last.severity == diagnostic.severity, last.code == diagnostic.code {
                groups[groups.count - 1] = Group(
                    severity: last.severity, code: last.code, anchor: last.anchor, start: last.start,
                    count: last.count + 1)
            } else {
                // Codes come from the catalogue (kebab-case); a code raised at two severities gets a second anchor.
                var anchor = "code-" + diagnostic.code
                if anchors.contains(anchor) { anchor += "-" + diagnostic.severity.rawValue }
                anchors.insert(anchor)
                groups.append(
                    Group(severity: diagnostic.severity, code: diagnostic.code, anchor: anchor, start: index, count: 1))
            }
            groupOfEntry.append(groups.count - 1)
        }
        self.order = order
        self.groups = groups
        self.groupOfEntry = groupOfEntry
    }

    /// The rank of `advice` among a code's advice texts in first-seen order, adding it when it is new.
    private static func rank(of advice: String, in known: inout [String: Int]) -> Int {
        if let rank = known[advice] { return rank }
        known[advice] = known.count
        return known.count - 1
    }

    public static func == (lhs: DiagnosticsPlan, rhs: DiagnosticsPlan) -> Bool { lhs === rhs }
}

/// What the paged lists share: page paths, counts, and the page links every page carries.
enum ListPaging {
    /// The most numbered links a page carries: past it the list shows the first, last and nearby pages and
    /// evenly spaced ones between, so a page's size does not grow with the number of pages.
    static let maxNumberedLinks = 41

    static func pageCount(_ rows: Int, _ rowsPerPage: Int) -> Int { max(1, (rows + rowsPerPage - 1) / rowsPerPage) }

    static func path(_ stem: String, page: Int) -> String { page == 0 ? "\(stem).html" : "\(stem)-\(page + 1).html" }

    /// The page (from 0) holding row `row`.
    static func page(ofRow row: Int, _ rowsPerPage: Int) -> Int { row / rowsPerPage }

    /// The pages (from 0) a page links by number: all when few, else a bounded selection that always holds
    /// the first, the last, the current one and its neighbours.
    static func numberedPages(current: Int, count: Int) -> [Int] {
        guard count > maxNumberedLinks else { return Array(0..<count) }
        var pages: Set<Int> = [0, count - 1]
        for near in max(0, current - 5)...min(count - 1, current + 5) { pages.insert(near) }
        let step = (count + 24) / 25
        for spaced in stride(from: 0, to: count, by: step) { pages.insert(spaced) }
        return pages.sorted()
    }

    /// `{label, current, count, previous, next, pages: [{number, href, current, gapBefore, first}]}` for the
    /// pager of page `current`; `first` names a page's first row for the jump.
    static func pager(
        label: String, current: Int, count: Int, path: (Int) -> String, first: (Int) -> String
    ) -> MustacheValue {
        var previousPage = -1
        let pages: [MustacheValue] = numberedPages(current: current, count: count).map { page in
            defer { previousPage = page }
            return [
                "number": .init(page + 1), "href": .string(path(page)), "current": .bool(page == current),
                "gapBefore": .bool(page > previousPage + 1), "first": .string(first(page)),
            ]
        }
        return [
            "label": .string(label), "current": .init(current + 1), "count": .init(count),
            "isPaged": .bool(count > 1),
            "previous": MustacheValue(current > 0 ? path(current - 1) : nil),
            "next": MustacheValue(current + 1 < count ? path(current + 1) : nil),
            "pages": .list(pages),
        ]
    }
}
