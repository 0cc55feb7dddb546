import AgentViewCore
import Testing

/// docs/rules.md §6: an authenticated user with more active tickets than the cap is told which lost the mark.
@Suite struct ActiveTicketCapRuleTests {
    /// One JWT user with `active` open tickets (ids 1…active, older ids created earlier) and one solved ticket.
    private func files(active: Int, authenticated: Bool = true, email: Int = 0) -> [String: String] {
        let tickets =
            (1...active).map {
                DiagnosticExport.ticket($0, requester: 10, created: "2026-05-\(String(format: "%02d", $0))T09:00:00Z")
            }
            + (0..<email).map { DiagnosticExport.ticket(50 + $0, requester: 10, channel: "email") }
            + [DiagnosticExport.ticket(99, status: "solved", requester: 10)]
        return [
            "zendesk/users.json": DiagnosticExport.supportUsers([
                #"{"id": 10, "name": "Tessa Morgan", "external_id": "nw-10010"}"#
            ]),
            "zendesk/tickets.json": DiagnosticExport.tickets(tickets),
            "sunshine/users/t.json": DiagnosticExport.messagingUser(
                #"{"id": "695b6e404e6f727468000017", "externalId": "nw-10010", "authenticated": \#(authenticated)}"#),
        ]
    }

    @Test func ticketsPastTheCapAreNamedWithTheirRanks() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "active-ticket-cap", in: files(active: 5), settings: Settings(activeTicketCap: 3, messagingMode: .multi))
        #expect(diagnostics.map(\.severity) == [.note])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:10 | 5 active messaging or chat tickets, more than the cap of 3: the mark shows on ranks 1–3 only; tickets 2 and 1 (ranks 4–5) show none"
            ])
    }

    @Test func oneTicketPastTheCap() throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "active-ticket-cap", in: files(active: 3), settings: Settings(activeTicketCap: 2, messagingMode: .multi))
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:10 | 3 active messaging or chat tickets, more than the cap of 2: the mark shows on ranks 1–2 only; ticket 1 (rank 3) shows none"
            ])
    }

    /// Exactly at the cap nothing is lost; unauthenticated users have no cap at all.
    @Test(arguments: [(3, true), (4, false)])
    func atTheCapOrUnauthenticatedStaysSilent(active: Int, authenticated: Bool) throws {
        let diagnostics = try DiagnosticExport.diagnostics(
            "active-ticket-cap", in: files(active: active, authenticated: authenticated),
            settings: Settings(activeTicketCap: 3, messagingMode: .multi))
        #expect(diagnostics.isEmpty)
    }

    /// Active email tickets are not ranked and carry no mark (§6 rule 5): they neither raise the note nor
    /// swell its count, which would make "all of them carry the mark" untrue.
    @Test func activeEmailTicketsAreNotCounted() throws {
        #expect(
            try DiagnosticExport.diagnostics(
                "active-ticket-cap", in: files(active: 3, email: 2),
                settings: Settings(activeTicketCap: 3, messagingMode: .multi)
            ).isEmpty)
        let single = try DiagnosticExport.diagnostics(
            "active-ticket-cap", in: files(active: 3, email: 1),
            settings: Settings(activeTicketCap: 2, messagingMode: .single))
        #expect(
            DiagnosticExport.summaries(single) == [
                "support:10 | 3 active messaging or chat tickets, more than the cap of 2: with single-conversation messaging no cap applies and all of them carry the mark, but with multi-conversation messaging ticket 1 (rank 3) would show none"
            ])
    }
}
