import Testing

@testable import AgentViewCore

/// MessageContent keeps its media, alt text, actions and fields out of line; they must read, write and compare
/// as stored fields would.
@Suite("Message content out-of-line fields")
struct MessageContentStorageTests {
    let action = MessageContent.Action(type: "link", text: "Open", uri: "https://example.com")
    let field = MessageContent.Field(type: "email", name: "email", label: "Email", value: "a@example.com")

    @Test("plain text holds no out-of-line fields, and is twice as small as it was")
    func plainTextIsSmall() {
        let content = MessageContent(type: "text", text: "hi")
        #expect(content.mediaURL == nil && content.altText == nil && content.actions.isEmpty && content.fields.isEmpty)
        // The type's code, the text (a string, or its place in its file) and one reference; four inline fields
        // took 48 bytes more, and the type as a string 16.
        #expect(MemoryLayout<MessageContent>.size <= 32)
    }

    @Test("each field set reads back, leaves the others, and compares")
    func fieldsReadBack() {
        var content = MessageContent(type: "image", text: "see")
        content.mediaURL = "https://example.com/a.png"
        content.altText = "a picture"
        content.actions = [action]
        content.fields = [field]
        #expect(content.mediaURL == "https://example.com/a.png")
        #expect(content.altText == "a picture")
        #expect(content.actions == [action])
        #expect(content.fields == [field])
        let built = MessageContent(
            type: "image", text: "see", mediaURL: "https://example.com/a.png", altText: "a picture", actions: [action],
            fields: [field])
        #expect(content == built)
        var changed = built
        changed.altText = "another"
        #expect(changed != built)
        #expect(built.altText == "a picture", "a copy's change leaves the original")
    }

    @Test("clearing every out-of-line field equals content that never had them")
    func clearingEqualsNever() {
        var content = MessageContent(type: "text", text: "x", mediaURL: "https://example.com/f", actions: [action])
        #expect(content != MessageContent(type: "text", text: "x"))
        content.mediaURL = nil
        #expect(content != MessageContent(type: "text", text: "x"))
        content.actions = []
        #expect(content == MessageContent(type: "text", text: "x"))
    }

    @Test("a type no code holds reads back through every change of the other fields, and compares")
    func uncommonTypeReadsBack() {
        var content = MessageContent(type: "zd:surveyResponse", text: "5 stars")
        #expect(content.type == "zd:surveyResponse")
        content.mediaURL = "https://example.com/a.png"
        content.fields = [field]
        content.mediaURL = nil
        content.fields = []
        #expect(content.type == "zd:surveyResponse")
        #expect(content != MessageContent(type: "text", text: "5 stars"))
        content.type = "text"
        #expect(content == MessageContent(type: "text", text: "5 stars"))
        content.type = ""
        #expect(content.type == "")
        #expect(MessageContent(type: "carousel").type == "carousel")
    }
}
