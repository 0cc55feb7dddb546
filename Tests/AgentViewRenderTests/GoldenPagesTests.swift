import Testing

/// Golden files of chosen pages of the sample, each showing one rule at work; the committed
/// `Output/` (checked by CI) holds every page, these make a change show up as a readable diff in
/// `swift test`. `SNAPSHOT_RECORD=1 swift test` rewrites them.
@Suite struct GoldenPagesTests {
    static let pages = [
        "index.html",
        "diagnostics.html",
        "users/support-1840000000101.html",  // Amelia: JWT, an email ticket without the mark
        "users/support-1840000000103.html",  // Grace: help center, stated "true"
        "users/support-1840000000105.html",  // Lena: unverified profile
        "users/support-1840000000107.html",  // Sofia: merged-away anonymous id
        "users/support-1840000000110.html",  // Tessa: over the active-ticket cap
        "users/messaging-6982422c4e6f72746800001d.html",  // Elif: agents never see her
        "tickets/5001.html",  // conversation log, image message, webhook rule
        "tickets/5002.html",  // email: comments, no mark
        "tickets/5009.html",  // login mid-conversation, merged anonymous messages
        "tickets/5024.html",  // bot form and form response, not authenticated
        "tickets/5027.html",  // requester not in the export
        "tickets/7004.html",  // first ticket over the cap
    ]

    @Test("Pages of the sample match their golden files", arguments: pages)
    func page(path: String) throws {
        GoldenFile.expect(try SampleSite.load().page(path), matches: "pages/" + path)
    }

    @Test("Sofia's one-user report matches its golden file")
    func report() throws {
        GoldenFile.expect(
            try SampleSite.load().report("support:1840000000107"), matches: "report/support-1840000000107.html")
    }
}
