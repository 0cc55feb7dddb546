import AgentViewCore
import Mustache

/// One page of the diagnostics (`diagnostics.html`, `diagnostics-2.html`, …): a summary of every code first,
/// then this page's diagnostics grouped by severity and code, each code's advice written once, every subject
/// linked to its page (docs/rules.md §9, §11).
struct DiagnosticsPage: PageModel {
    let links: PageLinks
    let plan: DiagnosticsPlan
    /// The page, from 0.
    let page: Int

    /// The page's title.
    var title: String { plan.pageCount > 1 ? "Diagnostics, page \(page + 1) of \(plan.pageCount)" : "Diagnostics" }

    /// `{count, hasDiagnostics, summary, pager, runs}`: `runs` are this page's diagnostics cut by group, each
    /// cut again by advice.
    var values: MustacheMap {
        let rows = page * plan.rowsPerPage..<min(plan.order.count, (page + 1) * plan.rowsPerPage)
        return [
            "count": .init(plan.order.count),
            "hasDiagnostics": .bool(!plan.order.isEmpty),
            "summary": .list(
                plan.groups.map { group in
                    [
                        "code": .string(group.code), "severity": .string(group.severity.rawValue),
                        "count": .init(group.count), "href": .string(href(of: group)),
                    ]
                }),
            "pager": ListPaging.pager(
                label: "Pages of the diagnostics", current: page, count: plan.pageCount,
                path: { links.prefix + DiagnosticsPlan.path(page: $0) }, first: firstRow),
            "runs": .list(runs(in: rows)),
        ]
    }

    /// Where a group's heading is.
    private func href(of group: DiagnosticsPlan.Group) -> String {
        links.prefix + DiagnosticsPlan.path(page: ListPaging.page(ofRow: group.start, plan.rowsPerPage))
            + "#" + group.anchor
    }

    /// What a page starts with, for the jump: the severity and code of its first diagnostic.
    private func firstRow(of page: Int) -> String {
        let row = page * plan.rowsPerPage
        guard row < plan.order.count else { return "" }
        let group = plan.groups[plan.groupOfEntry[row]]
        return "\(group.severity.rawValue): \(group.code)"
    }

    /// This page's diagnostics cut into runs of one group each, with the advice once per run of equal advice.
    private func runs(in rows: Range<Int>) -> [MustacheValue] {
        var runs: [MustacheValue] = []
        var start = rows.lowerBound
        while start < rows.upperBound {
            let group = plan.groups[plan.groupOfEntry[start]]
            let end = min(group.end, rows.upperBound)
            var advices: [(advice: String, items: [MustacheValue])] = []
            for position in plan.order[start..<end] {
                let row = plan.lists.diagnostics[position]
                let diagnostic = row.diagnostic
                let item = row.value(links)
                if advices.last?.advice == diagnostic.advice {
                    advices[advices.count - 1].items.append(item)
                } else {
                    advices.append((diagnostic.advice, [item]))
                }
            }
            let shown = start - group.start + 1...end - group.start
            runs.append([
                "code": .string(group.code), "severity": .string(group.severity.rawValue),
                "anchor": .string(group.anchor), "count": .init(group.count),
                "rows": MustacheValue(
                    group.count == shown.count ? nil : "rows \(shown.lowerBound)–\(shown.upperBound)"),
                "continued": .bool(start > group.start),
                "advices": .list(
                    advices.map { advice in
                        [
                            "advice": .string(DiagnosticRow.shown(advice.advice)),
                            "diagnostics": .list(advice.items),
                        ]
                    }),
            ])
            start = end
        }
        return runs
    }
}
