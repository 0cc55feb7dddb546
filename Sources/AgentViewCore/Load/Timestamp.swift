/// A moment in time, in whole milliseconds since 1970-01-01T00:00:00Z.
///
/// Exports carry four date forms (docs/rules.md §10): Zendesk `2025-04-07T21:42:50Z`, Sunshine
/// `2025-04-08T18:16:41.962Z`, v1 float epoch seconds and audit epoch milliseconds. All four
/// become this one comparable value, so ordering never depends on a formatter, a locale or a
/// time zone.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds since the Unix epoch, UTC.
    public var millisecondsSinceEpoch: Int64

    /// Creates a timestamp from milliseconds since the Unix epoch.
    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    /// The timestamp as ISO 8601 in UTC with milliseconds, e.g. `2026-03-04T09:15:00.123Z`.
    public var description: String { iso8601 }

    /// The timestamp as ISO 8601 in UTC with milliseconds, e.g. `2026-03-04T09:15:00.123Z`.
    public var iso8601: String { formatted(offsetSeconds: 0) }

    /// The timestamp as ISO 8601 shifted by a fixed offset, e.g. `2026-03-04T10:15:00.123+01:00`;
    /// `separator` stands between the date and the time (`T`, or a space for reading).
    public func formatted(offsetSeconds: Int, milliseconds: Bool = true, separator: UInt8 = UInt8(ascii: "T")) -> String
    {
        let shifted = millisecondsSinceEpoch &+ Int64(offsetSeconds) &* 1000
        let days = floorDivide(shifted, 86_400_000)
        let msOfDay = shifted - days * 86_400_000
        let (year, month, day) = CivilDate.fromDays(days)
        if (0...9999).contains(year) && abs(offsetSeconds) < 100 * 3600 {
            // Pages show thousands of times: write the fixed-width digits straight into the string.
            return String(unsafeUninitializedCapacity: 29) { buffer in
                var end = 0
                func put(_ byte: UInt8) {
                    buffer[end] = byte
                    end += 1
                }
                func digits(_ value: Int, _ width: Int) {
                    var divisor = 1
                    for _ in 1..<width { divisor *= 10 }
                    while divisor > 0 {
                        put(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                        divisor /= 10
                    }
                }
                digits(year, 4); put(UInt8(ascii: "-")); digits(month, 2); put(UInt8(ascii: "-")); digits(day, 2)
                put(separator); digits(Int(msOfDay / 3_600_000), 2); put(UInt8(ascii: ":"))
                digits(Int(msOfDay / 60_000 % 60), 2); put(UInt8(ascii: ":")); digits(Int(msOfDay / 1000 % 60), 2)
                if milliseconds {
                    put(UInt8(ascii: "."))
                    digits(Int(msOfDay % 1000), 3)
                }
                if offsetSeconds == 0 {
                    put(UInt8(ascii: "Z"))
                } else {
                    put(UInt8(ascii: offsetSeconds < 0 ? "-" : "+"))
                    digits(abs(offsetSeconds) / 3600, 2); put(UInt8(ascii: ":"));
                    digits(abs(offsetSeconds) / 60 % 60, 2)
                }
                return end
            }
        }
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        text +=
            String(UnicodeScalar(separator)) + pad(Int(msOfDay / 3_600_000), 2) + ":"
            + pad(Int(msOfDay / 60_000 % 60), 2)
        text += ":" + pad(Int(msOfDay / 1000 % 60), 2)
        if milliseconds { text += "." + pad(Int(msOfDay % 1000), 3) }
        if offsetSeconds == 0 { return text + "Z" }
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        return text + sign + pad(magnitude / 3600, 2) + ":" + pad(magnitude / 60 % 60, 2)
    }
}

/// Integer division that rounds towards negative infinity, for dates before 1970.
func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}

private func pad(_ value: some BinaryInteger, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// Proleptic Gregorian calendar arithmetic on day numbers, independent of Foundation's calendars.
enum CivilDate {
    /// Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil).
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day number (Howard Hinnant's civil_from_days).
    static func fromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Whether a day exists in its month, leap years included.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day <= (month == 2 && leap ? 29 : lengths[month - 1])
    }
}
