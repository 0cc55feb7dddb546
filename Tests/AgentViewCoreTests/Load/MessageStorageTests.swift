import Testing

@testable import AgentViewCore

/// Message keeps common author and source types as one-byte codes and the rest out of line; every value must
/// read, write and compare as a stored field would.
@Suite("Message compact author, source and activity types")
struct MessageStorageTests {
    func message(authorType: String = "user") -> Message {
        Message(id: "m1", conversationID: "c1", received: Timestamp(millisecondsSinceEpoch: 0), authorType: authorType)
    }

    @Test("a message is smaller than with three inline strings")
    func messageIsSmall() {
        // Three 16-byte strings (176 bytes in all) became two bytes and one reference; the content's type
        // became a byte beside its text (136 bytes to 128).
        #expect(MemoryLayout<Message>.size <= 128)
    }

    @Test(
        "common and uncommon values read back as set",
        arguments: [
            ("user", "web", nil), ("business", "zd:agentWorkspace", "ticket:closed"), ("bot", "telegram", nil),
            ("", "", ""), ("business", nil, "conversation:start"),
        ] as [(String, String?, String?)])
    func valuesReadBack(authorType: String, sourceType: String?, activityType: String?) {
        var message = message(authorType: authorType)
        message.sourceType = sourceType
        message.activityType = activityType
        #expect(message.authorType == authorType)
        #expect(message.sourceType == sourceType)
        #expect(message.activityType == activityType)
    }

    @Test("changing one value leaves the others, and a copy's change leaves the original")
    func valuesAreIndependent() {
        var original = message(authorType: "bot")
        original.sourceType = "telegram"
        original.activityType = "ticket:closed"
        var changed = original
        changed.authorType = "user"
        #expect(changed.sourceType == "telegram" && changed.activityType == "ticket:closed")
        #expect(changed != original)
        #expect(original.authorType == "bot")
        changed.authorType = "bot"
        #expect(changed == original)
        changed.sourceType = "web"
        #expect(changed != original)
        #expect(changed.activityType == "ticket:closed" && changed.authorType == "bot")
    }
}
