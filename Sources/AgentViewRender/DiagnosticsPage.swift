import AgentViewCore
import Mustache

/// `diagnostics.html`: every diagnostic, grouped by code, linking to its subject's page (docs/rules.md §9).
struct DiagnosticsPage: PageModel {
    let context: PageContext

    /// The page's title.
    var title: String { "Diagnostics" }

    /// `{groups, hasDiagnostics, count}`: groups in code order, each keeping the view's order.
    var values: MustacheMap {
        let byCode = Dictionary(grouping: context.view.diagnostics, by: \.code)
        let groups = byCode.keys.sorted().map { (code: $0, items: byCode[$0]!) }
        return [
            "groups": .list(
                groups.map { group in
                    [
                        "code": .string(group.code),
                        "severity": .string(group.items.map(\.severity).max()?.rawValue ?? "note"),
                        "count": .init(group.items.count),
                        "diagnostics": DiagnosticModel.list(group.items, context),
                    ]
                }),
            "hasDiagnostics": .bool(!groups.isEmpty),
            "count": .init(context.view.diagnostics.count),
        ]
    }
}
