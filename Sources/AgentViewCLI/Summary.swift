import AgentViewCore

/// The one-line summary printed on stderr after rendering.
enum Summary {
    static func line(for view: AgentView, output: String) -> String {
        let authenticated = view.users.filter(\.isAuthenticated).count
        let marked = view.tickets.filter(\.checkMark).count
        var text = "rendered \(view.users.count) users (\(authenticated) authenticated) and \(view.tickets.count) tickets (\(marked) with the mark) into '\(output)'"
        let counts = Diagnostic.Severity.allCases.reversed().compactMap { severity -> String? in
            let count = view.diagnostics.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        if !counts.isEmpty { text += "; " + counts.joined(separator: ", ") }
        return text
    }
}
