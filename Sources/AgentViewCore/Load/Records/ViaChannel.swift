/// Reads a Zendesk `via.channel`, which is a name in the API and sometimes a numeric via id in exports.
enum ViaChannel {
    /// Via ids as listed in Zendesk's via-types reference (research/schemas.md §2.3).
    static let namesByID: [Int64: String] = [
        0: "web_form", 4: "email", 5: "api", 8: "rule", 29: "chat", 38: "facebook", 49: "mobile_sdk",
        50: "helpcenter", 55: "any_channel", 56: "mobile", 57: "sms", 72: "line", 73: "wechat", 74: "whatsapp",
        75: "native_messaging", 76: "mailgun", 77: "messagebird_sms", 78: "sunshine_conversations_facebook_messenger",
        79: "telegram", 80: "twilio_sms", 81: "viber", 82: "google_rcs", 83: "apple_business_chat",
        84: "google_business_messages", 85: "kakaotalk", 86: "instagram_dm", 87: "sunshine_conversations_api",
        88: "sunshine_conversations_twitter_dm", 90: "chat_transcript", 91: "business_messaging_slack_connect",
    ]

    /// The channel name of a `via` object, or nil when it has none.
    static func name(in via: RecordReader) throws -> String? {
        guard let value = via.value("channel") else { return nil }
        if let name = value.string { return name }
        if let id = value.int64 { return namesByID[id] ?? "via-\(id)" }
        throw via.wrongType("channel", value, expected: "a string or a via id")
    }

    /// Whether a channel is email, where the check mark is never carried (docs/rules.md §4, §6).
    static func isEmail(_ channel: String?) -> Bool {
        channel == "email" || channel == "mail"
    }
}
