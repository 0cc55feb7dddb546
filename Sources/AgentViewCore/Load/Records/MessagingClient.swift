/// A channel client of a messaging user (`sdk` for the Web Widget and mobile SDKs, `whatsapp`, …).
public struct MessagingClient: Sendable, Equatable {
    public var userID: String
    public var id: String?
    public var type: String

    init(reading record: RecordReader, userID: String) throws {
        self.userID = userID
        id = try record.string("id")
        type = try record.string("type") ?? record.string("platform") ?? "unknown"
    }
}
