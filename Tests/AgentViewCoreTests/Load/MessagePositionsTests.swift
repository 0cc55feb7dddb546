import Testing

@testable import AgentViewCore

/// Conversation-log events find their messages by id through `firstPositions(of:)`.
@Suite struct MessagePositionsTests {
    private func message(_ id: String, in conversation: String) -> Message {
        Message(id: id, conversationID: conversation, received: .distantPast, authorType: "user")
    }

    @Test("Each named id finds its first message; ids not named, or not held, are not indexed")
    func firstOfEachNamedID() {
        let messages = [
            message("m1", in: "c1"), message("m2", in: "c1"), message("m1", in: "c2"), message("m3", in: "c2"),
        ]
        #expect(messages.firstPositions(of: ["m1", "m3", "absent"]) == ["m1": 0, "m3": 3])
        #expect(messages.firstPositions(of: []).isEmpty)
    }
}
