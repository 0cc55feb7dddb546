extension Timestamp {
    /// Parses an ISO 8601 date-time as Zendesk and Sunshine Conversations write it.
    ///
    /// Accepts `YYYY-MM-DDTHH:MM:SS`, optional fraction (1–9 digits, kept to milliseconds), then
    /// `Z` or `±HH:MM`. Returns nil for anything else, so the caller can name the key path.
    public init?(iso8601 text: String) {
        // Read in place: copying the bytes into an array first was an allocation for each of a million dates.
        var text = text
        guard let milliseconds = text.withUTF8({ bytes in Self.iso8601Milliseconds(DigitReader(bytes)) }) else {
            return nil
        }
        self.init(millisecondsSinceEpoch: milliseconds)
    }

    /// The milliseconds since the epoch of the ISO 8601 date-time `reader` is at the start of, or nil.
    private static func iso8601Milliseconds(_ reader: DigitReader) -> Int64? {
        var reader = reader
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
            let day = reader.number(2), reader.skip("T") || reader.skip("t") || reader.skip(" "),
            let hour = reader.number(2), reader.skip(":"), let minute = reader.number(2), reader.skip(":"),
            let second = reader.number(2)
        else { return nil }
        guard CivilDate.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 61 else {
            return nil
        }
        var millis = 0
        if reader.skip(".") {
            var digits = 0
            while let digit = reader.digit() {
                if digits < 3 { millis = millis * 10 + digit }
                digits += 1
            }
            guard digits > 0, digits <= 9 else { return nil }
            if digits < 3 { for _ in digits..<3 { millis *= 10 } }
        }
        var offsetMinutes = 0
        if reader.skip("Z") || reader.skip("z") {
            // UTC.
        } else if let sign = reader.sign(), let hours = reader.number(2), reader.skip(":"),
            let minutes = reader.number(2), hours < 24, minutes < 60
        {
            offsetMinutes = sign * (hours * 60 + minutes)
        } else {
            return nil
        }
        guard reader.atEnd else { return nil }
        let days = CivilDate.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        return seconds * 1000 + Int64(millis)
    }

    /// Converts v1 float epoch seconds (e.g. `1480001738.145`) to a timestamp, or nil when out of range.
    public init?(epochSeconds: Double) {
        let millis = (epochSeconds * 1000).rounded()
        guard millis.isFinite, abs(millis) < 1e17 else { return nil }
        self.init(millisecondsSinceEpoch: Int64(millis))
    }
}

/// A cursor over ASCII digits and punctuation for the fixed-width date grammar.
private struct DigitReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - 0x30)
    }

    mutating func number(_ width: Int) -> Int? {
        var value = 0
        for _ in 0..<width {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
