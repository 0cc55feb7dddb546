/// A small unified diff of two texts by lines, for golden-file failures.
enum LineDiff {
    /// The hunks where `old` and `new` differ, each with `context` unchanged lines around it, in
    /// unified format (`@@ -a,b +c,d @@`, then ` `, `-` and `+` lines); empty when they are equal.
    static func unified(
        old: String, new: String, oldName: String = "expected", newName: String = "actual", context: Int = 3
    ) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(a, b)
        guard edits.contains(where: { $0.kind != " " }) else { return "" }
        var lines = ["--- \(oldName)", "+++ \(newName)"]
        var index = 0
        while index < edits.count {
            guard let start = edits[index...].firstIndex(where: { $0.kind != " " }) else { break }
            var end = start
            // Extend the hunk while the next change is within two contexts' reach.
            while let next = edits[(end + 1)...].firstIndex(where: { $0.kind != " " }), next - end <= 2 * context {
                end = next
            }
            let from = max(start - context, index == 0 ? 0 : index)
            let to = min(end + context, edits.count - 1)
            let hunk = edits[from...to]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != "+" }.count
            let newCount = hunk.filter { $0.kind != "-" }.count
            lines.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            lines += hunk.map { String($0.kind) + $0.text }
            index = to + 1
        }
        return lines.joined(separator: "\n")
    }

    /// One line of the edit script: kept (` `), removed (`-`) or added (`+`), with its place in each text.
    private struct Edit {
        var kind: Character
        var text: String
        var oldLine: Int
        var newLine: Int
    }

    /// The shortest edit script by longest common subsequence (quadratic, fine for test pages).
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(Edit(kind: " ", text: a[i], oldLine: i, newLine: j))
                (i, j) = (i + 1, j + 1)
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Removals before additions, as diff(1) prints them.
                edits.append(Edit(kind: "-", text: a[i], oldLine: i, newLine: j))
                i += 1
            } else {
                edits.append(Edit(kind: "+", text: b[j], oldLine: i, newLine: j))
                j += 1
            }
        }
        return edits
    }
}
