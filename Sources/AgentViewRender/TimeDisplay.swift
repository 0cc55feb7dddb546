import AgentViewCore
import Foundation
import Mustache

/// Shows instants in one IANA time zone, with the offset, the same way on every machine and locale.
///
/// Foundation is asked only for the zone's offset at each instant (daylight saving time moves it);
/// the text itself comes from `Timestamp.formatted(offsetSeconds:milliseconds:)`, never from a
/// locale-dependent formatter.
public struct TimeDisplay: Sendable {
    /// The IANA name, such as `UTC` or `Europe/Berlin`.
    public let identifier: String
    private let zone: TimeZone
    /// The offset of a zone that never changes it (UTC, fixed offsets), so no lookup is needed per time.
    private let fixedOffset: Int?

    /// A display for an IANA time-zone name; nil when Foundation does not know the name.
    public init?(timeZone identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
        // Only the zones that are fixed by definition: any named region may have moved its offset once.
        let fixed =
            ["UTC", "GMT", "UCT", "Zulu", "Universal", "Greenwich"].contains(identifier) || identifier.hasPrefix("Etc/")
        fixedOffset = fixed ? zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) : nil
    }

    /// The zone's offset from UTC at an instant, in seconds.
    func offsetSeconds(at time: Timestamp) -> Int {
        if let fixedOffset { return fixedOffset }
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(time.millisecondsSinceEpoch) / 1000))
    }

    /// Readable text to the second, such as `2026-03-04 10:13:07+01:00` (`…Z` in UTC).
    func text(_ time: Timestamp) -> String {
        time.formatted(offsetSeconds: offsetSeconds(at: time), milliseconds: false, separator: UInt8(ascii: " "))
    }

    /// ISO 8601 in the zone, for `<time datetime>` and tooltips: to the millisecond when the export
    /// gives one, else to the second (most exports do), which keeps a conversation's markup short.
    func iso(_ time: Timestamp) -> String {
        time.formatted(
            offsetSeconds: offsetSeconds(at: time), milliseconds: time.millisecondsSinceEpoch % 1000 != 0)
    }

    /// `{text, iso}` for a template, or null when the time is unknown. `iso` is null for a time to the second:
    /// its text is then a valid HTML date and time as it is (a space may stand for the `T`), so a `<time>`
    /// needs no `datetime` to say it again, which keeps a conversation's markup short.
    func value(_ time: Timestamp?) -> MustacheValue {
        guard let time else { return .null }
        let offset = offsetSeconds(at: time)
        let text = time.formatted(offsetSeconds: offset, milliseconds: false, separator: UInt8(ascii: " "))
        guard time.millisecondsSinceEpoch % 1000 != 0 else { return ["text": .string(text), "iso": .null] }
        return ["text": .string(text), "iso": .string(time.formatted(offsetSeconds: offset, milliseconds: true))]
    }
}
