import AgentViewCore

/// The summary printed on stderr after rendering: one line of counts, then one line per severity by code.
enum Summary {
    static func line(for view: AgentView, output: String) -> String {
        let authenticated = view.users.filter(\.isAuthenticated).count
        let marked = view.tickets.filter(\.checkMark).count
        var lines = [
            "rendered \(counted(view.users.count, "user")) (\(authenticated) authenticated) and \(counted(view.tickets.count, "ticket")) (\(marked) with the mark) into '\(TerminalText.safe(output))'"
        ]
        lines += diagnosticLines(view.diagnostics)
        return lines.joined(separator: "\n")
    }

    /// `1 user`, `2 users`.
    private static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// `3 warnings: sync-drift-name ×2, threading-conflict` — errors first, codes in catalogue order.
    static func diagnosticLines(_ diagnostics: [Diagnostic]) -> [String] {
        Diagnostic.Severity.allCases.reversed().compactMap { severity in
            let matching = diagnostics.filter { $0.severity == severity }
            guard !matching.isEmpty else { return nil }
            var counts: [String: Int] = [:]
            for diagnostic in matching { counts[diagnostic.code, default: 0] += 1 }
            let order = DiagnosticRegistry.catalogue.map(\.code)
            let codes = counts.keys.sorted {
                (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1)
            }
            let items = codes.map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }
            return "\(matching.count) \(severity.rawValue)\(matching.count == 1 ? "" : "s"): "
                + items.joined(separator: ", ")
        }
    }
}
