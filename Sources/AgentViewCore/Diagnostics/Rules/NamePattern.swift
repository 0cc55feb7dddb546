/// A placeholder-name pattern: `*` matches any run of characters, the rest matches itself ignoring
/// letter case, and the pattern must cover the whole name (docs/rules.md §9 `placeholder-name`).
struct NamePattern: Sendable {
    /// The pattern as the settings spell it.
    let text: String
    private let pattern: [Character]

    /// Creates a pattern from its settings spelling, e.g. `Web User *`.
    init(_ text: String) {
        self.text = text
        pattern = Array(text.lowercased())
    }

    /// Whether a whole name matches.
    ///
    /// Greedy matching with one backtrack point (the last `*`) is linear in practice and never worse
    /// than name length × pattern length, so a hostile name cannot blow it up.
    func matches(_ name: String) -> Bool {
        let name = Array(name.lowercased())
        var nameIndex = 0
        var patternIndex = 0
        var star: Int?
        var starNameIndex = 0
        while nameIndex < name.count {
            if patternIndex < pattern.count, pattern[patternIndex] == "*" {
                star = patternIndex
                starNameIndex = nameIndex
                patternIndex += 1
            } else if patternIndex < pattern.count, pattern[patternIndex] == name[nameIndex] {
                nameIndex += 1
                patternIndex += 1
            } else if let star {
                patternIndex = star + 1
                starNameIndex += 1
                nameIndex = starNameIndex
            } else {
                return false
            }
        }
        while patternIndex < pattern.count, pattern[patternIndex] == "*" { patternIndex += 1 }
        return patternIndex == pattern.count
    }
}
