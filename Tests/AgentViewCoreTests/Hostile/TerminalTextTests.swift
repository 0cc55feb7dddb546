import Testing

@testable import AgentViewCore

/// What reaches a terminal or a CI log from the export shows as text and never acts (rulebook:
/// "Escaping for every sink").
@Suite("Terminal and CI-log escaping")
struct TerminalTextTests {
    @Test(
        "Controls, line breaks and bidirectional controls are shown escaped",
        arguments: [
            ("\u{1B}]0;pwned\u{07}name", "\\u{1B}]0;pwned\\u{7}name"),
            ("a.json\n::error::forged", "a.json\\n::error::forged"),
            ("ok\rHIDDEN", "ok\\rHIDDEN"),
            ("Ann\u{202E}evil", "Ann\\u{202E}evil"),
            ("C:\\path\\u{1B}", "C:\\\\path\\\\u{1B}"),
            ("line\u{2028}break", "line\\u{2028}break"),
        ])
    func activeCharactersAreEscaped(input: String, shown: String) {
        #expect(TerminalText.safe(input) == shown)
    }

    @Test("Plain text, accents and emoji pass unchanged")
    func plainTextIsUnchanged() {
        for text in ["support:123 'Ann Lee'", "Zoë Ångström", "Søren 😀", "名前"] {
            #expect(TerminalText.safe(text) == text)
        }
    }

    @Test("A load error names a hostile file and key without a raw control character")
    func loadErrorsAreEscaped() {
        let error = LoadError(
            path: "export/\u{1B}[2Jx\n::error::.json", line: 1, column: 2,
            reason: .wrongType(keyPath: "users[0].\u{1B}[31m", expected: "a string", found: "a number"))
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
        #expect(error.description.hasPrefix("export/\\u{1B}[2Jx\\n::error::.json:1:2: error:"))
    }
}
