import Testing

@testable import ArgumentKit

/// Where help text breaks its lines, which must be where swift-argument-parser breaks them.
@Suite("Wrapping help text")
struct WrappingTests {
    @Test("a broken line keeps a column for its space; only the last line may fill the width")
    func breaksBeforeTheLastColumn() {
        #expect("aaaa bbbb".wrapped(to: 9) == "aaaa bbbb")
        #expect("aaaa bbbb cc".wrapped(to: 9) == "aaaa\nbbbb cc")
    }

    @Test("continuation lines are indented, blank lines are not, and explicit breaks are kept")
    func indentsAndKeepsBreaks() {
        #expect("one two three\n\nfour".wrapped(to: 12, indent: 4) == "    one two\n    three\n\n    four")
    }

    @Test("a word longer than the room stands on its own line")
    func longWord() {
        #expect("a supercalifragilistic word".wrapped(to: 10) == "a\nsupercalifragilistic\nword")
    }

    @Test("an entry with a long label puts its text on the next line, at column 26")
    func longLabel() {
        let entry = HelpEntry(label: "--placeholder-pattern <pattern>", text: "A pattern.")
        #expect(
            entry.rendered(width: 80) == "  --placeholder-pattern <pattern>\n" + String(repeating: " ", count: 26)
                + "A pattern.\n")
    }

    @Test("a label of 23 characters still fits before the column, one space away")
    func longestLabelOnTheSameLine() {
        let entry = HelpEntry(label: "--active-ticket-cap <n>", text: "Cap.")
        #expect(entry.rendered(width: 80) == "  --active-ticket-cap <n> Cap.\n")
    }
}
