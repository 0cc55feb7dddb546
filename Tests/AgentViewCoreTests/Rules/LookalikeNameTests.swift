import Testing

@testable import AgentViewCore

/// A name that imitates the check mark or another user is a warning, and pages show it defused
/// (rulebook: "Look-alike names").
@Suite("Look-alike names")
struct LookalikeNameTests {
    @Test(
        "A check-mark-like character, a bidi control or two scripts in a word is found",
        arguments: [
            ("Alice Carter ✅", "check-mark-like character (U+2705)"),
            ("Alice ✓", "check-mark-like character (U+2713)"),
            ("Bob ☑ 🗸", "check-mark-like character (U+2611, U+1F5F8)"),
            ("Eve\u{202E}retraC", "bidirectional control (U+202E)"),
            ("\u{0410}lice Carter", "letters of two scripts in one word ('\u{0410}lice')"),
            // Found by an audit: each of these looked exactly like Diego Alvarez, or like the mark, on pages.
            ("Diego\u{200B} Alvarez", "invisible character (U+200B)"),
            ("Diego Alvarez\u{2061}\u{2062}", "invisible character (U+2061, U+2062)"),
            ("\u{3164}", "invisible character (U+3164)"),
            ("Ann \u{10102}", "check-mark-like character (U+10102)"),
            ("Ann \u{1F7E2}", "check-mark-like character (U+1F7E2)"),
            ("Di\u{0585}go Alvarez", "letters of two scripts in one word ('Di\u{0585}go')"),
            ("\u{13AA}nn", "letters of two scripts in one word ('\u{13AA}nn')"),
        ])
    func deceptiveNamesAreFound(name: String, finding: String) {
        #expect(LookalikeText.findings(in: name).joined().contains(finding))
    }

    @Test("Ordinary names in any one script are not flagged")
    func ordinaryNamesPass() {
        // Persian names and emoji sequences need the zero-width (non-)joiner: it is no look-alike.
        for name in [
            "Alice Carter", "Zoë Ångström", "Дмитрий Иванов", "Σοφία Παππά", "李小龍", "O'Brien-Smith", "Ann 😀",
            "Աննա Մելքոնյան", "\u{0645}\u{06CC}\u{200C}\u{0631}\u{0648}\u{062F}", "Ann 👩\u{200D}💻",
        ] {
            #expect(LookalikeText.findings(in: name).isEmpty, "\(name)")
        }
    }

    @Test("Pages show the look-alike as its code point, so it cannot pass for the mark")
    func defusedNames() {
        #expect(LookalikeText.defused("Alice Carter ✅") == "Alice Carter [U+2705]")
        #expect(LookalikeText.defused("Eve\u{202E}x") == "Eve[U+202E]x")
        #expect(LookalikeText.defused("Alice Carter") == "Alice Carter")
        // ASCII names skip the search: it holds no deceptive character, and every ASCII character keeps itself.
        #expect(LookalikeText.checkMarks.allSatisfy { $0 > 0x7F })
        #expect((0..<0x80).allSatisfy { !LookalikeText.isDeceptive(Unicode.Scalar(UInt8($0))) })
        #expect(LookalikeText.defused("Bob \u{2713}") == "Bob [U+2713]")
        #expect(LookalikeText.defused("\u{200F}") == "[U+200F]")
        #expect(LookalikeText.defused("Diego\u{200B} Alvarez") == "Diego[U+200B] Alvarez")
    }

    @Test("An unauthenticated user named like the authenticated one is a lookalike-name warning")
    func theRuleFires() {
        var export = Export()
        export.supportUsers = [SupportUser(id: "1", name: "Alice Carter ✅")]
        let view = AgentView(export: export, settings: Settings())
        let found = view.diagnostics.filter { $0.code == "lookalike-name" }
        #expect(found.map(\.subject.description) == ["support:1"])
        #expect(
            found.first?.message
                == "the name 'Alice Carter [U+2705]' holds a check-mark-like character (U+2705) that can pass for the authenticated mark"
        )
    }
}
