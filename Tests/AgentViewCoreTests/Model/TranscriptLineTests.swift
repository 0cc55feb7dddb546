import Testing

@testable import AgentViewCore

/// A ticket's messaging transcript references the export's messages instead of copying them (TranscriptLine):
/// each line reads as the entry made from its message, and weighs a reference and a position.
@Suite struct TranscriptLineTests {
    @Test("A messaging transcript's lines read as the entries of their messages, in order")
    func linesReadAsEntries() throws {
        var files = StaffLinkTests.adminExport()
        files["sunshine/conversations/c1/messages.json"] = DiagnosticExport.messages([
            DiagnosticExport.text("m1", author: StaffLinkTests.adminID, at: "2026-05-01T09:00:01Z"),
            DiagnosticExport.text("m2", author: StaffLinkTests.adminID, at: "2026-05-01T09:00:02Z"),
        ])
        let loaded = try Fixtures.load(files)
        let view = AgentView(export: loaded)
        let ticket = try #require(view.ticket("40"))
        #expect(ticket.transcriptSource == .messages)
        #expect(ticket.messages.map(\.entry) == loaded.messages.map(TranscriptBuilder.entry(from:)))
        #expect(ticket.messages.map(\.entry.id) == ["m1", "m2"])
        // What anchors, the snapshot and rules read without making the entry agrees with the entry.
        #expect(ticket.messages.map(\.id) == ["m1", "m2"])
        #expect(ticket.messages.map(\.authorMessagingUserID) == ticket.messages.map(\.entry.authorMessagingUserID))
        #expect(ticket.messages.map(\.line.role) == ticket.messages.map(\.entry.role))
    }

    @Test("A line of the view is a reference and a position, not a copied entry")
    func lineIsSmall() {
        #expect(MemoryLayout<TranscriptLine>.size <= 17)
        #expect(MemoryLayout<TicketView.MessageView>.size < MemoryLayout<TranscriptEntry>.size / 2)
    }

    @Test("A line made of its own entry reads that entry")
    func ownEntry() {
        let entry = TranscriptEntry(
            id: "e1", role: .agent, authorMessagingUserID: "5e01", content: MessageContent(type: "text", text: "hi"))
        let line = TicketView.MessageView(
            entry: entry, author: .agent(nil), decision: MessageCheckMark.Decision(checkMark: false, rule: .webhook))
        #expect(line.entry == entry)
        #expect(line.id == "e1")
        #expect(line.authorMessagingUserID == "5e01")
        #expect(line.line.role == .agent)
    }
}
