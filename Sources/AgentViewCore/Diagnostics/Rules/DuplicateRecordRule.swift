/// Raises `duplicate-record` when one record id appears more than once in the export, naming every
/// file it appears in and the copy that was used (docs/rules.md §10: the file later in path order wins).
///
/// Loading keeps going, since one copy is enough to render, but the pages show only that copy: a
/// stale export left beside a fresh one would silently decide what a reviewer sees. Webhook copies of
/// messages and users are completions, not duplicates, and are never reported here.
///
/// One diagnostic per record, however many copies: the subject is the page a reviewer would open
/// (the user or ticket the record belongs to), or the record itself when no page holds it.
enum DuplicateRecordRule: DiagnosticRule {
    /// The `duplicate-record` line of the catalogue.
    static let duplicate = DiagnosticCode(
        code: "duplicate-record", severity: .warning,
        when: "a record id appears more than once in the export; the copy in the file later in path order is used")

    static var codes: [DiagnosticCode] { [duplicate] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        guard !context.export.duplicates.isEmpty else { return [] }
        let owners = Owners(context.export)
        var order: [RecordID] = []
        var copies: [RecordID: [String]] = [:]
        for record in context.export.duplicates {
            let key = RecordID(kind: record.kind, id: record.id)
            if copies[key] == nil {
                order.append(key)
                copies[key] = [record.droppedPath]
            }
            copies[key]!.append(record.keptPath)
        }
        return order.map { key in
            let paths = copies[key]!
            let kept = paths.last!
            var files: [String] = []
            for path in paths where !files.contains(path) { files.append(path) }
            let keptCount = paths.count(where: { $0 == kept })
            let appears =
                files.count == 1
                ? "appears \(paths.count) times in \(DiagnosticText.quoted(kept))"
                : "appears \(paths.count == files.count ? "" : "\(paths.count) times, ")in \(DiagnosticText.quotedList(files, limit: .max))"
            let used =
                files.count == 1 || keptCount > 1
                ? "the last copy in \(DiagnosticText.quoted(kept)) is used"
                : "the copy in \(DiagnosticText.quoted(kept)) is used"
            return duplicate.diagnostic(
                subject: subject(of: key, owners, context), message: "\(describe(key)) \(appears); \(used)",
                advice: "remove the stale copy from the export")
        }
    }

    /// `support user '123'`; composite ids as what they join: `conversation-log event 'E' of ticket 12`.
    private static func describe(_ key: RecordID) -> String {
        let parts = key.id.split(separator: "/", maxSplits: 1).map(String.init)
        switch key.kind {
        case "conversation-log event" where parts.count == 2:
            return "conversation-log event \(DiagnosticText.quoted(parts[1])) of ticket \(parts[0])"
        case "ticket conversation" where parts.count == 2:
            return "the link of ticket \(parts[0]) to conversation \(DiagnosticText.quoted(parts[1]))"
        case "ticket metric":
            return "the ticket metric of ticket \(key.id)"
        default:
            return "\(key.kind) \(DiagnosticText.quoted(key.id))"
        }
    }

    /// The user or ticket whose page shows the record, else the record itself (`conversation:<id>`).
    private static func subject(of key: RecordID, _ owners: Owners, _ context: DiagnosticContext) -> DiagnosticSubject {
        let ticketPrefix = key.id.split(separator: "/", maxSplits: 1).first.map(String.init) ?? key.id
        switch key.kind {
        case "support user":
            return .user(UserKey(.support, key.id))
        case "ticket", "ticket metric", "conversation-log event", "ticket conversation":
            return .ticket(ticketPrefix)
        case "identity":
            return owners.identityUser[key.id].map { .user(UserKey(.support, $0)) }
                ?? .record(kind: "identity", id: key.id)
        case "comment":
            return owners.commentTicket[key.id].map { .ticket($0) } ?? .record(kind: "comment", id: key.id)
        case "messaging user":
            return .user(context.owner(ofMessagingUser: key.id) ?? UserKey(.messaging, key.id))
        case "conversation":
            if let userID = owners.conversationUser[key.id], let owner = context.owner(ofMessagingUser: userID) {
                return .user(owner)
            }
            return ticket(showing: key.id, context) ?? .record(kind: "conversation", id: key.id)
        case "message":
            guard let message = owners.messages[key.id] else {
                return .record(kind: "message", id: key.id)
            }
            if let ticket = ticket(showing: message.conversationID, context) { return ticket }
            if let author = message.authorUserID, let owner = context.owner(ofMessagingUser: author) {
                return .user(owner)
            }
            return .record(kind: "conversation", id: message.conversationID)
        default:
            return .record(kind: key.kind, id: key.id)
        }
    }

    /// The first ticket tied to a conversation, as a subject.
    private static func ticket(showing conversationID: String, _ context: DiagnosticContext) -> DiagnosticSubject? {
        context.ticketsByConversation[conversationID]?.first.map { .ticket($0.ticket.id) }
    }

    /// Where each kind of record belongs, indexed once so that many duplicates stay linear.
    private struct Owners {
        var identityUser: [String: String] = [:]
        var commentTicket: [String: String] = [:]
        var conversationUser: [String: String] = [:]
        var messages: [String: Message] = [:]

        init(_ export: Export) {
            for user in export.supportUsers {
                for identity in user.identities { identityUser[identity.id] = user.id }
            }
            for identity in export.unattachedIdentities { identityUser[identity.id] = identity.userID }
            for comment in export.comments { commentTicket[comment.id] = comment.ticketID }
            for conversation in export.conversations { conversationUser[conversation.id] = conversation.userID }
            // Only the messages that were duplicated: one duplicate in an export of a million messages indexed
            // and copied them all, 180 MB at 10,000 users. By index, so that no other message is copied.
            let duplicated = Set(
                export.duplicates.lazy.filter { $0.kind == Message.duplicateKind }.map { MessageID($0.id) })
            guard !duplicated.isEmpty else { return }
            let all = export.messages
            for index in all.indices where duplicated.contains(all[index].packedID) {
                messages[all[index].id] = all[index]
            }
        }
    }

    /// One record: its kind and id as the loader names them.
    private struct RecordID: Hashable {
        var kind: String
        var id: String
    }
}
