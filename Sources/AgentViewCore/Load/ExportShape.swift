import JSONTree

/// The shapes of export files the loader recognises by content (docs/rules.md §10).
enum ExportShape {
    /// Shown in the error for an unrecognised file.
    static let knownShapesSummary =
        "Zendesk 'users'/'user' (with side-loaded 'identities'), 'identities', 'tickets'/'ticket', "
        + "'ticket_metrics'/'ticket_metric', 'comments', 'audits', 'ticket_events', conversation-log 'events'; "
        + "Sunshine Conversations 'user'/'users', 'conversations'/'conversation', 'messages', 'participants', "
        + "'clients', 'app', v1 'appUser'; webhook deliveries ('app', 'webhook', 'events'); bare arrays and NDJSON of these records"

    /// Keys that make a top-level object an envelope rather than a bare record.
    static let envelopeKeys: Set<String> = [
        "users", "user", "identities", "tickets", "ticket", "ticket_metrics", "ticket_metric", "comments", "audits",
        "audit", "ticket_events", "events", "conversations", "conversation", "messages", "participants", "clients",
        "appUser", "app",
    ]

    /// What a bare record (an array element or an NDJSON line) is, judged by its keys.
    enum RecordKind {
        case supportUser, messagingUser, supportIdentity, ticket, ticketMetric, message, webhookEvent
    }

    /// Classifies a bare record, or returns nil when no shape fits.
    static func recordKind(of object: JSONObject) -> RecordKind? {
        if object.contains("requester_id") || (object.contains("subject") && object.contains("status")) {
            return .ticket
        }
        if object.contains("ticket_id")
            && (object.contains("requester_updated_at") || object.contains("latest_comment_added_at")
                || object.contains("reply_time_in_minutes"))
        {
            return .ticketMetric
        }
        if object.contains("user_id") && object.contains("type") && object.contains("value") { return .supportIdentity }
        if object.contains("payload"), let type = object["type"]?.string, type.contains(":") { return .webhookEvent }
        if object.contains("received") && (object.contains("author") || object.contains("role")) { return .message }
        if object.contains("id") || object.contains("_id") {
            return isMessagingUser(object) ? .messagingUser : .supportUser
        }
        return nil
    }

    /// Tells a Sunshine Conversations user from a Support user: camelCase keys and string ids.
    ///
    /// A numeric id means a Support user unless the record has only messaging keys: then it is a
    /// messaging user with an id of the wrong type, which decoding reports, rather than a Support user
    /// whose `externalId` would be dropped without a word.
    static func isMessagingUser(_ object: JSONObject) -> Bool {
        let hasMessagingKeys = messagingUserKeys.contains(where: object.contains)
        let hasSupportKeys = supportUserKeys.contains(where: object.contains)
        if object["id"]?.number != nil { return hasMessagingKeys && !hasSupportKeys }
        return hasMessagingKeys || !hasSupportKeys
    }

    /// Keys only a Sunshine Conversations user has.
    private static let messagingUserKeys = [
        "externalId", "zendeskId", "signedUpAt", "profile", "authenticated", "hasPaymentInfo", "_id",
    ]
    /// Keys only a Support user has.
    private static let supportUserKeys = ["external_id", "role", "email", "name", "created_at"]
}
