import Testing

@testable import AgentViewCore

/// A file's list of messages, comments or log events is decoded into a fragment sized for it: fragments
/// hold every record until the export is assembled, and arrays grown by appending hold up to twice theirs.
@Suite struct FragmentCapacityTests {
    private func decode(_ path: String, _ json: String) -> ExportFragment {
        ExportLoader.decode(SourceFile(displayPath: path, relativePath: path, bytes: Array(json.utf8)))
    }

    @Test("A list of 40 messages, comments or events takes room for about 40, not 64")
    func listsAreSized() {
        let messages = (1...40).map {
            #"{"id": "m\#($0)", "received": "2026-01-01T00:00:00Z", "author": {"type": "user", "userId": "u1"}}"#
        }
        let fragment = decode(
            "conversations/c1/messages.json", #"{"messages": [\#(messages.joined(separator: ", "))]}"#)
        #expect(fragment.errors.isEmpty)
        #expect(fragment.messages.count == 40)
        #expect(fragment.messages.capacity < 48)

        let comments = (1...40).map { #"{"id": \#($0), "body": "b", "created_at": "2026-01-01T00:00:00Z"}"# }
        let ticket = decode("tickets/7/comments.json", #"{"comments": [\#(comments.joined(separator: ", "))]}"#)
        #expect(ticket.errors.isEmpty)
        #expect(ticket.comments.count == 40)
        #expect(ticket.comments.capacity < 48)

        let events = (1...40).map {
            #"{"id": "e\#($0)", "type": "Messaging::ConversationMessage", "author": {"type": "user"}}"#
        }
        let log = decode("tickets/7/conversation_log.json", #"{"events": [\#(events.joined(separator: ", "))]}"#)
        #expect(log.errors.isEmpty)
        #expect(log.logEvents.count == 40)
        #expect(log.logEvents.capacity < 48)
    }
}
