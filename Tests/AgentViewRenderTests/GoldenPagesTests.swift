import Testing

/// The golden file of a one-user report, which `Output/` does not hold; every page of the site is
/// checked byte for byte against the committed `Output/` by `GoldenOutputTests`, with a unified diff.
/// `SNAPSHOT_RECORD=1 swift test` rewrites both.
@Suite struct GoldenPagesTests {
    @Test("Sofia's one-user report matches its golden file")
    func report() throws {
        GoldenFile.expect(
            try SampleSite.load().report("support:1840000000107"), matches: "report/support-1840000000107.html")
    }
}
