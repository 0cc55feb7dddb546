import AgentViewCore
import Testing

@testable import AgentViewRender

/// Times show in the chosen IANA zone with the offset of each instant, independently of the locale.
@Suite struct TimeDisplayTests {
    @Test(
        "Times show with the zone's offset at each instant, daylight saving included",
        arguments: [
            ("UTC", 1_772_615_585_000, "2026-03-04 09:13:05Z", "2026-03-04T09:13:05Z"),
            ("Europe/Berlin", 1_772_615_585_000, "2026-03-04 10:13:05+01:00", "2026-03-04T10:13:05+01:00"),
            ("Europe/Berlin", 1_781_431_330_415, "2026-06-14 12:02:10+02:00", "2026-06-14T12:02:10.415+02:00"),
            ("America/Denver", 1_781_431_330_415, "2026-06-14 04:02:10-06:00", "2026-06-14T04:02:10.415-06:00"),
        ])
    func offsets(zone: String, milliseconds: Int64, text: String, iso: String) throws {
        let display = try #require(TimeDisplay(timeZone: zone))
        let time = Timestamp(millisecondsSinceEpoch: milliseconds)
        #expect(display.text(time) == text)
        #expect(display.iso(time) == iso)
    }

    @Test("An unknown zone is refused", arguments: ["Mars/Olympus", "", "Europe/Berln"])
    func unknownZone(zone: String) {
        #expect(TimeDisplay(timeZone: zone) == nil)
    }

    @Test("Pages rendered in another zone show its times and name it in the footer")
    func pagesInAZone() throws {
        let site = try SampleSite.load()
        let renderer = try #require(PageRenderer(templates: try TemplateSet.builtIn(), timeZone: "Europe/Berlin"))
        let page = try #require(try renderer.site(site.view).first { $0.path == "tickets/5001.html" }?.contents)
        #expect(page.contains(#"<time datetime="2026-03-04T10:13:05.417+01:00">2026-03-04 10:13:05+01:00</time>"#))
        #expect(page.contains("Times are in Europe/Berlin"))
    }
}
