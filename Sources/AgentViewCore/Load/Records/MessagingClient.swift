import JSONTree

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

extension MessagingClient: ExportRecordKind {
    static let kindName = "messaging client"
    static let source = ExportSource.sunshine
    static let envelopeKeys: [EnvelopeKey] = [.list("clients")]
    static let parent: ExportParent? = ExportParent(collection: .users, records: "clients")

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.clients.append(try MessagingClient(reading: record, userID: parentID ?? ""))
    }
}
