import JSONTree

/// A user taking part in a conversation (`GET …/conversations/{id}/participants`).
public struct Participant: Sendable, Equatable {
    public var conversationID: String
    public var userID: String
    /// Client types the participant is reached through, when listed.
    public var clientTypes: [String]

    init(reading record: RecordReader, conversationID: String) throws {
        self.conversationID = conversationID
        userID = try record.requiredMessagingID("userId")
        clientTypes = try record.objects("clientAssociations").compactMap { association in
            try association.string("type")
        }
    }
}

extension Participant: ExportRecordKind {
    static let kindName = "participant"
    static let source = ExportSource.sunshine
    static let envelopeKeys: [EnvelopeKey] = [.list("participants")]
    static let parent: ExportParent? = ExportParent(collection: .conversations, records: "participants")

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.participants.append(try Participant(reading: record, conversationID: parentID ?? ""))
    }
}
