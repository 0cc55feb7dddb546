/// Raises `unknown-channel` for each `via.channel` value AgentView does not know (docs/rules.md §4 rule 6).
///
/// "An unknown channel value counts as not messaging and raises the note `unknown-channel` naming it."
/// One note per value, not per ticket, so an export of many such tickets costs one line: its subject is
/// the first ticket with the value (in id order), and its message lists the others.
enum UnknownChannelRule: DiagnosticRule {
    /// The `unknown-channel` line of the catalogue.
    static let unknown = DiagnosticCode(
        code: "unknown-channel", severity: .note,
        when: "a ticket's via.channel is not one AgentView knows; it is treated as not messaging (§4)")

    static var codes: [DiagnosticCode] { [unknown] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        // nil stands for tickets with no via.channel at all; they come first, as one note of their own.
        var order: [String?] = []
        var ticketsByChannel: [String?: [String]] = [:]
        for ticket in context.tickets where ViaChannel.kind(of: ticket.ticket.channel) == .unknown {
            let channel = ticket.ticket.channel
            if ticketsByChannel[channel] == nil { order.append(channel) }
            ticketsByChannel[channel, default: []].append(ticket.ticket.id)
        }
        return order.sorted { $0 == nil && $1 != nil }.map { channel in
            let tickets = ticketsByChannel[channel]!
            let which =
                tickets.count == 1
                ? "ticket \(tickets[0]) is"
                : "\(tickets.count) tickets (\(DiagnosticText.list(tickets))) are"
            let consequence =
                "\(which) treated as not messaging, so no check mark shows on \(tickets.count == 1 ? "it" : "them") or \(tickets.count == 1 ? "its" : "their") messages"
            guard let channel else {
                return unknown.diagnostic(
                    subject: .ticket(tickets[0]),
                    message: "no via.channel in the ticket record: \(consequence)",
                    advice:
                        "export tickets with their via object, as the Tickets API and the account export give them: without it a messaging ticket cannot be told from an email or web form ticket, and agents may see the mark where these pages show none"
                )
            }
            return unknown.diagnostic(
                subject: .ticket(tickets[0]),
                message:
                    "via.channel \(DiagnosticText.quoted(channel)) is not a channel AgentView knows: \(consequence)",
                advice:
                    "if this is a messaging or live-chat channel, agents may see the mark where these pages show none; report the channel name so AgentView can learn it"
            )
        }
    }
}
