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
        // Spaces only are kept as they are; nothing is stripped from such a span, so it needs no padding.
        (" ", "` `"),
        ("   ", "`   `"),
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

    @Test("An empty value is words, not a lone fence that a later span on the line would close")
    func anEmptyValueLeavesNoFenceOpen() {
        #expect(MarkdownInline.codeSpan("") == "(empty)")
        #expect(MarkdownInline.token("") == "(empty)")
        // The line the audit found: an empty message id, then a name holding HTML in its own span. With a lone
        // fence, the first two fences paired up and the name's HTML was live on GitHub.
        let line =
            "- message \(MarkdownInline.token("")) on ticket 5012 of \(MarkdownInline.codeSpan("Imani <img src=x>`"))"
        let fences = line.split(separator: " ").filter { $0.allSatisfy { $0 == "`" } }
        #expect(line == "- message (empty) on ticket 5012 of `` Imani <img src=x>` ``")
        #expect(fences.count == 2)
    }

    @Test("A huge id or value costs a line of diff.md, as on pages, not its size")
    func hugeValuesAreCut() {
        let id = String(repeating: "a", count: 200_000)
        for part in [DiffText.Part.data(id), .value(id), .name(id)] {
            #expect(part.string.utf8.count < 400, "\(part.kind)")
            #expect(part.string.hasSuffix("… (199745 more bytes)"), "\(part.kind)")
        }
        #expect(DiffText.Part.data("support:1").string == "support:1")
    }

    @Test("Emoji shortcodes in prose are broken, so no sentence draws a check mark on GitHub")
    func shortcodesAreBroken() {
        let markdown = MarkdownInline.prose("name 'Robert :heavy_check_mark: :white_check_mark:' at 10:30:00")
        #expect(
            markdown == "name 'Robert :\u{2060}heavy\\_check\\_mark: :\u{2060}white\\_check\\_mark:' at 10:30:00")
    }

    @Test(arguments: [
        ("support:1840000000101", "support:1840000000101"),
        // A GitHub reference, and what could be an emoji shortcode, are never bare.
        ("GH-7", "`GH-7`"),
        ("messaging:gh-12", "`messaging:gh-12`"),
        (":tada:", "`:tada:`"),
        ("a:b:c", "`a:b:c`"),
        ("within-cap", "within-cap"),
        ("-1", "`-1`"),
        ("a_b", "`a_b`"),
        (#""single""#, #"`"single"`"#),
    ])
    func tokensAreBareOnlyWhenPlain(value: String, markdown: String) {
        #expect(MarkdownInline.token(value) == markdown)
    }
}
