import Testing

@testable import AgentViewCore
@testable import AgentViewRender

/// A conversation works out each author's byline once, and every bubble still shows its own author.
@Suite struct BylineCacheTests {
    @Test("Bubbles of many authors, each met again later, keep their own names and initials")
    func manyAuthors() throws {
        let view = try SampleSite.load().view
        let time = try #require(TimeDisplay(timeZone: "UTC"))
        let context = PageContext(view: view, links: .site(page: "tickets/1.html"), time: time)
        // More authors than the cache keeps, and one bot under two names: each line shows the name it gives.
        let names = ["Ada Lovelace", "Bo Diddley", "Cy Twombly", "Di Fong", "Ed Wood", "Flo Jo"]
        let lines = (names + names.reversed()).map { name in
            TranscriptEntry(
                id: name, time: nil, role: .bot, authorName: name, content: MessageContent(type: "text", text: "hi"))
        }
        var cache = BylineCache()
        for line in lines {
            let byline = cache.byline(of: line, author: .bot, context: context)
            #expect(byline.name == line.authorName)
            #expect(byline.initials == Avatar.initials(line.authorName))
        }
    }

    @Test("Two names equal only as Unicode text, not as bytes, each keep their own bytes")
    func canonicallyEquivalentNames() throws {
        let view = try SampleSite.load().view
        let time = try #require(TimeDisplay(timeZone: "UTC"))
        let context = PageContext(view: view, links: .site(page: "tickets/1.html"), time: time)
        let precomposed = "Jos\u{E9}"
        let decomposed = "Jose\u{301}"
        #expect(precomposed == decomposed && !precomposed.utf8.elementsEqual(decomposed.utf8))
        var cache = BylineCache()
        for name in [precomposed, decomposed] {
            let line = TranscriptEntry(
                id: name, time: nil, role: .bot, authorName: name, content: MessageContent(type: "text", text: "hi"))
            let byline = cache.byline(of: line, author: .bot, context: context)
            #expect(byline.name.utf8.elementsEqual(name.utf8))
        }
    }
}
