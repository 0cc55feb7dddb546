import AgentViewCore
import Testing

/// docs/rules.md §10: the four date forms become one comparable timestamp.
@Suite struct TimestampTests {
    @Test(arguments: [
        ("2025-04-07T21:42:50Z", Int64(1_744_062_170_000)),
        ("2025-04-08T18:16:41.962Z", 1_744_136_201_962),
        ("2025-04-08T20:16:41.962+02:00", 1_744_136_201_962),
        ("1969-12-31T23:59:59.999Z", -1),
        ("2024-02-29T00:00:00Z", 1_709_164_800_000),
    ])
    func iso8601(text: String, millis: Int64) {
        #expect(Timestamp(iso8601: text)?.millisecondsSinceEpoch == millis)
    }

    @Test(arguments: [
        "2025-02-29T00:00:00Z", "2025-04-07 21:42", "2025-04-07T21:42:50", "07/04/2026", "2025-04-07T21:42:50.Z", "",
    ])
    func rejected(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func epochSecondsAndMillisecondsInRecords() throws {
        let export = try Fixtures.load([
            "conversations/c1/messages.json":
                #"{"messages": [{"_id": "m1", "role": "appUser", "authorId": "u1", "text": "hi", "received": 1480001738.145}]}"#,
            "metrics.json": #"{"ticket_metrics": [{"ticket_id": 1, "requester_updated_at": 1744062170000}]}"#,
        ])
        #expect(export.messages.first?.received.iso8601 == "2016-11-24T15:35:38.145Z")
        #expect(export.metrics.first?.requesterUpdatedAt?.iso8601 == "2025-04-07T21:42:50.000Z")
    }

    @Test func formatsWithAnOffset() throws {
        let timestamp = try #require(Timestamp(iso8601: "2026-03-04T09:15:00.123Z"))
        #expect(timestamp.formatted(offsetSeconds: 3600) == "2026-03-04T10:15:00.123+01:00")
        #expect(timestamp.formatted(offsetSeconds: -16200, milliseconds: false) == "2026-03-04T04:45:00-04:30")
    }
}

/// The one id order: numeric ids by value, others by UTF-8 bytes, numeric before text.
@Suite struct IDOrderTests {
    @Test func sortsNumericIDsByValueAndTextIDsByBytes() {
        let ids = ["10", "9", "b", "007", "a", "1840000000101", "7", "B", ""]
        #expect(ids.sorted(by: IDOrder.less) == ["7", "007", "9", "10", "1840000000101", "", "B", "a", "b"])
    }
}
