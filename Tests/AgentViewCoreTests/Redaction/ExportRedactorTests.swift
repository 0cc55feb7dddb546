import Testing

@testable import AgentViewCore

/// Form answers are redacted by the rule that reads them as provided identities (ProvidedIdentity.kind).
@Suite struct ExportRedactorTests {
    @Test("A form answer labelled as an email or a name is an identity, whatever the field's name")
    func formAnswersByLabel() throws {
        var export = Export()
        let fields = [
            MessageContent.Field(type: "text", name: "q1", label: "Your email", value: "ann@example.com"),
            MessageContent.Field(type: "text", name: "q2", label: "Your name", value: "Ann Lee"),
            MessageContent.Field(type: "text", name: "q3", label: "Order number", value: "NW-40877"),
        ]
        export.messages = [
            Message(
                id: "m1", conversationID: "c1", received: Timestamp(millisecondsSinceEpoch: 0), authorType: "user",
                content: MessageContent(type: "formResponse", fields: fields))
        ]
        let redaction = Redaction(scope: .identities, key: Array("sixteen bytes or more".utf8), keySource: .file)
        let redacted = ExportRedactor.redact(export, redaction, placeholderPatterns: [])
        let values = try #require(redacted.messages.first).content.fields.map(\.value)
        #expect(values[0]?.hasSuffix("@redacted.invalid") == true)
        #expect(values[1]?.hasPrefix("User ") == true)
        // Not an identity, and message text is not in scope: kept.
        #expect(values[2] == "NW-40877")
    }
}
