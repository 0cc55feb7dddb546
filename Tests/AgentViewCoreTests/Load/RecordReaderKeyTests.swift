import Testing

@testable import AgentViewCore

/// The keys whose strings are messaging ids, compared by their bytes, are found without hashing: exactly `idKeys`.
@Suite struct RecordReaderKeyTests {
    @Test("The id keys are exactly idKeys, near misses not")
    func idKeys() {
        for key in RecordReader.idKeys { #expect(RecordReader.isIDKey(key), "\(key)") }
        for key in [
            "", "ID", "Id", "id ", "_ID", "userid", "user_id", "authorID", "conversationID", "conversation-id", "i",
        ] {
            #expect(!RecordReader.isIDKey(key), "\(key)")
        }
    }
}
