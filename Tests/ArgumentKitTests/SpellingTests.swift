import Testing

@testable import ArgumentKit

/// The "Did you mean" suggestions and the edit distance behind them.
@Suite("Suggesting the option meant")
struct SpellingTests {
    @Test(
        "a near or prefix-matching option is suggested, the nearest first",
        arguments: [
            ("--otu", "--out"),  // swapped letters are one edit
            ("--ot", "--out"),
            ("--usr", "--user"),
            ("--time-zon", "--time-zone"),
            ("--fail", "--fail-on"),  // a prefix, however far
            ("--stricter", "--strict"),
            ("--hlep", "--help"),
            ("--verison", "--version"),
            ("--messagin", "--messaging"),
        ])
    func suggests(typed: String, expected: String) {
        #expect(usageError([typed])?.reason == .unknownOption(typed, suggestion: expected))
    }

    @Test("nothing is suggested when no option is within two edits or a prefix", arguments: ["--verbose", "--xyz"])
    func suggestsNothing(typed: String) {
        #expect(usageError([typed])?.reason == .unknownOption(typed, suggestion: nil))
    }

    @Test(
        "distance counts insertions, deletions, substitutions and adjacent swaps as one edit each",
        arguments: [
            ("out", "out", 0), ("otu", "out", 1), ("ou", "out", 1), ("oat", "out", 1), ("", "out", 3),
            ("kitten", "sitting", 3), ("ca", "abc", 3),
        ])
    func distance(source: String, target: String, expected: Int) {
        #expect(Spelling.distance(source, target) == expected)
    }
}
