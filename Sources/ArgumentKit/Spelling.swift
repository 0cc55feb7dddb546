/// Guesses which option a mistyped one meant, for "Did you mean '--out'?".
enum Spelling {
    /// The most edits a mistyped name may be from a real one and still be suggested.
    static let maximumDistance = 2

    /// The candidate closest to `typed`, or `nil` when none is close.
    ///
    /// A candidate is close when at most ``maximumDistance`` edits away, or when one name is a
    /// prefix of the other (`--fail` for `--fail-on`, `--stricter` for `--strict`). The leading
    /// dashes are ignored, so that `--o` is as far from `--out` as `o` is from `out`. Ties go to
    /// the candidate listed first, which is the order help shows.
    static func suggestion(for typed: String, among candidates: [String]) -> String? {
        let word = undashed(typed)
        guard !word.isEmpty else { return nil }
        let scored = candidates.compactMap { candidate -> (candidate: String, distance: Int)? in
            let other = undashed(candidate)
            let distance = Self.distance(word, other)
            let isPrefix = other.hasPrefix(word) || word.hasPrefix(other)
            return distance <= maximumDistance || isPrefix ? (candidate, distance) : nil
        }
        // `min(by:)` keeps the first of equal elements, so ties keep declaration order.
        return scored.min { $0.distance < $1.distance }?.candidate
    }

    /// The candidate `typed` is a typo or two away from, by edits alone (no prefix match: a folder named
    /// `merged-export` is no misspelt `merge`), or `nil`.
    static func closeMisspelling(of typed: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: distance(typed, $0)) }
            .filter { $0.distance > 0 && $0.distance <= maximumDistance && $0.distance < $0.candidate.count / 2 + 1 }
        return scored.min { $0.distance < $1.distance }?.candidate
    }

    /// The Damerau–Levenshtein distance between two words (optimal string alignment): how many
    /// insertions, deletions, substitutions and swaps of neighbours turn one into the other.
    ///
    /// Swaps count as one edit because transposed letters are the commonest typo: `--otu`.
    static func distance(_ source: String, _ target: String) -> Int {
        let source = Array(source)
        let target = Array(target)
        guard !source.isEmpty else { return target.count }
        guard !target.isEmpty else { return source.count }
        // Rows are indexed by prefixes of `source`; three rows suffice because a swap only
        // looks two rows back.
        var previousPrevious = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = previous
        for row in 1...source.count {
            current[0] = row
            for column in 1...target.count {
                let cost = source[row - 1] == target[column - 1] ? 0 : 1
                var best = Swift.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, source[row - 1] == target[column - 2], source[row - 2] == target[column - 1] {
                    best = Swift.min(best, previousPrevious[column - 2] + 1)
                }
                current[column] = best
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[target.count]
    }

    private static func undashed(_ name: String) -> String {
        String(name.drop { $0 == "-" })
    }
}
