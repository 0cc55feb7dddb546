import Testing

@testable import AgentViewCore

/// Code spans and escapes that show any user value exactly as typed (CommonMark §6.1, §2.4).
@Suite struct MarkdownInlineTests {
    @Test(arguments: [
        ("Ann Lee", "`Ann Lee`"),
        ("a`b", "``a`b``"),
        ("a``b`", "``` a``b` ```"),
        ("`start", "`` `start ``"),
        (" both ", "`  both  `"),
        (" left", "` left`"),
        ("*x* <b> [l](u) |", "`*x* <b> [l](u) |`"),
    ])
    func codeSpansKeepBackticksAndSpaces(value: String, span: String) {
        #expect(MarkdownInline.codeSpan(value) == span)
    }

    @Test func proseEscapesActiveCharactersAndBreaksMentions() {
        #expect(
            MarkdownInline.prose(#"a *b* _c_ [d] <e> & f|g ~h~ $i$ \ `j`"#)
                == #"a \*b\* \_c\_ \[d\] \<e\> \& f\|g \~h\~ \$i\$ \\ \`j\`"#)
        #expect(MarkdownInline.prose("ping @org/team") == "ping @\u{2060}org/team")
    }

    @Test("A quote inside a name cannot turn the rest into live links, references or mentions on GitHub")
    func aBrokenCodeSpanLeavesNothingLive() {
        let name = "Ann' https://evil.example/reset-password www.Evil.example octo/repo#1 GH-2 me@evil.example '"
        let markdown = MarkdownInline.prose("name '\(name)' differs")
        for live in ["https://", "www.", "WWW.", "#1", "GH-", "@evil", "reset-password www"]
        where live != "reset-password www" {
            #expect(!markdown.contains(live), "\(live) in \(markdown)")
        }
        // The joiners are invisible: removing them gives back the text a reader sees.
        #expect(markdown.replacingOccurrences(of: "\u{2060}", with: "").contains("https://evil.example/reset-password"))
    }

    @Test func proseIsEscapedWholeSoNoQuoteMakesACodeSpan() {
        // Sentences are escaped whole: no quote, however placed, can open or close a code span.
        #expect(MarkdownInline.prose("name 'Dan O'Brien' differs from 'x'") == "name 'Dan O'Brien' differs from 'x'")
        #expect(MarkdownInline.prose("it's '' and 'open") == "it's '' and 'open")
        #expect(MarkdownInline.prose("name 'a` `b'") == "name 'a\\` \\`b'")
    }

    @Test(arguments: [
        ("support:1840000000101", "support:1840000000101"),
        ("within-cap", "within-cap"),
        ("-1", "`-1`"),
        ("a_b", "`a_b`"),
        (#""single""#, #"`"single"`"#),
    ])
    func tokensAreBareOnlyWhenPlain(value: String, markdown: String) {
        #expect(MarkdownInline.token(value) == markdown)
    }
}
