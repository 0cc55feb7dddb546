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
