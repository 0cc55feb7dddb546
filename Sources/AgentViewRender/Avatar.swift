import AgentViewCore

/// The initials an avatar shows: pages fetch no images, so every avatar is initials on a colour.
enum Avatar {
    /// The first letters of the first and last words of a name, upper-cased; `?` without a name.
    static func initials(_ name: String?) -> String {
        // Only the part of the name pages show counts, so a huge name costs no more than a short one.
        let shown = (name ?? "").prefix(LookalikeText.shownNameLimit)
        let words = shown.split(whereSeparator: { $0.isWhitespace }).filter { $0.first?.isLetter == true }
        guard let first = words.first?.first else { return "?" }
        guard words.count > 1, let last = words.last?.first else { return String(first).uppercased() }
        return (String(first) + String(last)).uppercased()
    }
}
