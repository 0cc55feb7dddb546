import AgentViewCore
import Testing

/// The pull-request summary: its headline, its capped lists, and user data that cannot format anything.
@Suite struct DiffSummaryTests {
    @Test func noChangeSaysSo() throws {
        let diff = try SampleDiff.diff()
        #expect(DiffSummary.headline(diff) == "No change in what agents see")
        #expect(DiffSummary.markdown(diff) == "## No change in what agents see\n")
    }

    @Test func theHeadlineCountsEachGroupAndSaysItAfterTheFirstMark() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editMessagingUser("6a107dc64e6f72746800000f", in: &$0) { $0.statedAuthenticated = false }
        }
        #expect(
            DiffSummary.headline(diff)
                == "What agents see changed: 1 user lost the mark, 1 ticket lost it, 3 messages lost it, 1 metadata variable changed, 2 diagnostics added, 2 diagnostics removed"
        )
    }

    @Test func aRequestersTicketsThatCrossedTheCapAreOneItem() throws {
        let diff = try SampleDiff.diff(Settings(activeTicketCap: 50))
        #expect(
            DiffSummary.markdown(diff, maxItems: 2) == """
                ## What agents see changed: settings changed, 50 tickets lost the mark, 1 diagnostic changed

                ### Settings (1)

                - settings: activeTicketCap 100 → 50

                ### Tickets that lost the mark (50)

                - 50 tickets of `Tessa Morgan` (support:1840000000110) lost the mark: `Tessa Morgan` ✓ → `Tessa Morgan`; crossed the cap (within-cap → over-cap); tickets 7005 (rank 100), 7006 (rank 99), 7007 (rank 98), 7008 (rank 97), 7009 (rank 96), 7011 (rank 95), 7012 (rank 94), 7013 (rank 93), 7014 (rank 92), 7015 (rank 91) and 40 more

                ### Diagnostics changed (1)

                - note active-ticket-cap for `Tessa Morgan` (support:1840000000110) now says: 104 active messaging or chat tickets, more than the cap of 50: the mark shows on ranks 1–50 only; tickets 7057, 7056, 7055, 7054, 7053, 7052, 7051, 7050, 7049, 7048 and 44 more (ranks 51–104) show none — it said: 104 active messaging or chat tickets, more than the cap of 100: the mark shows on ranks 1–100 only; tickets 7004, 7003, 7002 and 7001 (ranks 101–104) show none

                """)
        // An item left out counts every change it holds.
        #expect(
            DiffSummary.markdown(diff, maxItems: 0).contains("### Tickets that lost the mark (50)\n\n- … and 50 more\n")
        )
    }

    @Test func maxItemsCapsEachListAndCountsTheRest() throws {
        // Changes that do not bundle (each ticket its own item), as tickets of fifty requesters would be.
        var diff = try SampleDiff.diff(Settings(activeTicketCap: 50))
        diff.changes = diff.changes.map { change in
            var alone = change
            alone.bundle = nil
            return alone
        }
        #expect(
            DiffSummary.markdown(diff, maxItems: 2).contains(
                """
                ### Tickets that lost the mark (50)

                - ticket 7005 of `Tessa Morgan` (support:1840000000110) lost the mark: `Tessa Morgan` ✓ → `Tessa Morgan`; crossed the cap (within-cap → over-cap, rank 100)
                - ticket 7006 of `Tessa Morgan` (support:1840000000110) lost the mark: `Tessa Morgan` ✓ → `Tessa Morgan`; crossed the cap (within-cap → over-cap, rank 99)
                - … and 48 more

                """))
        #expect(
            DiffSummary.markdown(diff, maxItems: 0).contains("### Tickets that lost the mark (50)\n\n- … and 50 more\n")
        )
        #expect(!DiffSummary.markdown(diff, maxItems: 50).contains("- … and"))
        // A byte budget cuts the lists, never the headings: the comment a CI step posts stays postable.
        let cut = DiffSummary.markdown(diff, maxItems: 50, maxBytes: 3000)
        #expect(cut.utf8.count <= 3000)
        #expect(cut.contains("### Tickets that lost the mark (50)") && cut.contains("### Diagnostics changed (1)"))
        let listed = cut.split(separator: "\n").filter { $0.hasPrefix("- ticket ") }.count
        #expect(listed > 0 && listed < 50)
        #expect(cut.contains("- … and \(50 - listed) more"))
    }

    @Test func countedChangesGetTheirOwnLine() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editMessagingUser("6995eb634e6f72746800000c", in: &$0) { $0.statedAuthenticated = false }
        }
        #expect(
            DiffSummary.quietLine(diff)
                == "Not listed: 1 ticket changed rank or reason without gaining or losing the mark")
        #expect(
            DiffSummary.markdown(diff).hasSuffix(
                "\n\nNot listed: 1 ticket changed rank or reason without gaining or losing the mark.\n"))
    }

    @Test func hostileNamesShowInCodeSpansAndEscapedProse() throws {
        let name = "Diego *Álvarez* `x` [y](http://e) <b>|@team"
        let diff = try SampleDiff.diff { SampleDiff.editSupportUser("1840000000102", in: &$0) { $0.name = name } }
        let markdown = DiffSummary.markdown(diff)
        #expect(
            markdown.contains(
                "- ``Diego *Álvarez* `x` [y](http://e) <b>|@team`` (support:1840000000102) name on conversation history, essentials card and profile: `Diego Alvarez` → ``Diego *Álvarez* `x` [y](http://e) <b>|@team``\n"
            ))
        // The diagnostic's sentence is escaped whole: the name shows as written, nothing in it is active.
        #expect(
            markdown.contains(
                "- warning sync-drift-name for ``Diego *Álvarez* `x` [y](http://e) <b>|@team`` (support:1840000000102): Support name 'Diego \\*Álvarez\\* \\`x\\` \\[y\\](http:\u{2060}//e) \\<b\\>\\|@\u{2060}team' differs from messaging user '697928a34e6f72746800000d' name 'Diego Alvarez'\n"
            ))
    }

    @Test func aDiagnosticQuotingAMarkLookalikeReadsAsThePageShowsIt() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000102", in: &$0) { $0.name = "Diego Alvarez \u{2705}\u{202E}" }
        }
        let line = try #require(
            DiffSummary.markdown(diff).split(separator: "\n").first { $0.hasPrefix("- warning sync-drift-name") })
        // As on the diagnostics page: the typed mark and the override read as code points, not as the mark.
        #expect(line.contains("Diego Alvarez [U+2705][U+202E]") && !line.contains("\u{2705}"))
        // So does the new name in the line that reports the rename.
        let rename = try #require(
            DiffSummary.markdown(diff).split(separator: "\n").first { $0.contains("(support:1840000000102) name on") })
        #expect(rename.hasSuffix("→ `Diego Alvarez [U+2705][U+202E]`") && !rename.contains("\u{2705}"))
    }

    @Test func aLineBreakInANameCannotStartANewBlock() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000102", in: &$0) { $0.name = "Eve\n# Approved\u{202E}" }
        }
        let line = try #require(
            DiffSummary.markdown(diff).split(separator: "\n").first { $0.contains("(support:1840000000102) name on") })
        // The user's new name leads the line, in a code span: the line break inside it cannot start a heading.
        #expect(line.hasPrefix("- `Eve\u{FFFD}# Approved[U+202E]` (support:1840000000102)"))
        // The bidi override reads as the pages write it, in the new value as in the name that leads the line.
        #expect(line.hasSuffix("→ `Eve\u{FFFD}# Approved[U+202E]`"))
        #expect(
            diff.changes.first?.description
                == "'Eve\u{FFFD}# Approved[U+202E]' (support:1840000000102) name on conversation history, essentials card and profile: 'Diego Alvarez' → 'Eve\u{FFFD}# Approved[U+202E]'"
        )
    }
}
