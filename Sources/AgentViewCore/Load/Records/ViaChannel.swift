/// Reads a Zendesk `via.channel`, which is a name in the API and sometimes a numeric via id in exports,
/// and tells which channels carry the check mark (docs/rules.md §4 rules 3–6).
public enum ViaChannel {
    /// What a ticket's channel means for the mark.
    public enum Kind: String, Sendable, CaseIterable {
        /// A messaging or live-chat conversation: the mark can show (§4 rule 3).
        case messaging
        /// Email: no mark, reason `email-channel` (§4 rule 4).
        case email
        /// A channel that is no conversation (web form, help center, API, voice, …): no mark,
        /// reason `not-messaging` (§4 rule 5).
        case notMessaging = "not-messaging"
        /// A value AgentView does not know: handled as not messaging, and `unknown-channel` names it (§4 rule 6).
        case unknown
    }

    /// Via ids as listed in Zendesk's via-types reference (developer.zendesk.com, "Via types").
    static let namesByID: [Int64: String] = [
        0: "web_form", 4: "email", 5: "api", 8: "rule", 29: "chat", 33: "voice", 34: "voice", 35: "voice",
        38: "facebook", 49: "mobile_sdk", 50: "helpcenter", 55: "any_channel", 56: "mobile", 57: "sms", 72: "line",
        73: "wechat", 74: "whatsapp", 75: "native_messaging", 76: "mailgun", 77: "messagebird_sms",
        78: "sunshine_conversations_facebook_messenger", 79: "telegram", 80: "twilio_sms", 81: "viber",
        82: "google_rcs", 83: "apple_business_chat", 84: "google_business_messages", 85: "kakaotalk",
        86: "instagram_dm", 87: "sunshine_conversations_api", 88: "sunshine_conversations_twitter_dm",
        90: "chat_transcript", 91: "business_messaging_slack_connect",
    ]

    /// Messaging and live-chat channels: native messaging, chat, any-channel integrations, the Sunshine
    /// Conversations and social messaging channels, and SMS (§4 rule 3).
    public static let messagingChannels: Set<String> = [
        "native_messaging", "chat", "chat_transcript", "any_channel", "sms", "whatsapp", "line", "wechat",
        "messagebird_sms", "telegram", "twilio_sms", "viber", "google_rcs", "apple_business_chat",
        "google_business_messages", "kakaotalk", "instagram_dm", "facebook", "twitter_dm",
        "business_messaging_slack_connect", "sunshine_conversations_api", "sunshine_conversations_facebook_messenger",
        "sunshine_conversations_twitter_dm",
    ]

    /// Email channels (§4 rule 4); `mail` is the via type the reference lists for email.
    public static let emailChannels: Set<String> = ["email", "mail", "mailgun"]

    /// Channels that are no conversation (§4 rule 5): forms, the help center, the API and other
    /// automation, the agent apps, and voice. Names from the via-types reference.
    public static let nonMessagingChannels: Set<String> = [
        "web", "web_form", "web_widget", "web_service", "helpcenter", "api", "rule", "system", "mobile", "mobile_sdk",
        "voice", "voicemail", "phone_call_inbound", "phone_call_outbound", "api_voicemail", "api_phone_call_inbound",
        "api_phone_call_outbound", "sample_ticket", "closed_ticket", "linked_problem", "merge", "batch", "dropbox",
        "ticket_sharing", "side_conversation", "recovered_from_suspended_tickets", "forum", "topic",
    ]

    /// The channel name of a `via` object, or nil when it has none.
    static func name(in via: RecordReader) throws -> String? {
        guard let value = via.value("channel") else { return nil }
        if let name = value.string { return name }
        if let id = value.int64 { return namesByID[id] ?? "via-\(id)" }
        throw via.wrongType("channel", value, expected: "a string or a via id")
    }

    /// What a ticket's channel means for the mark. A ticket whose record carries no `via.channel` at all is
    /// unknown too: the mark shows only on tickets whose channel is a messaging or chat channel, and nothing
    /// says this one is (docs/rules.md §4 rule 6); `unknown-channel` says the value is missing.
    public static func kind(of channel: String?) -> Kind {
        guard let channel else { return .unknown }
        if messagingChannels.contains(channel) { return .messaging }
        if emailChannels.contains(channel) { return .email }
        if nonMessagingChannels.contains(channel) { return .notMessaging }
        return .unknown
    }

    /// Whether a channel is email, where the check mark is never carried (docs/rules.md §4, §6).
    static func isEmail(_ channel: String?) -> Bool { kind(of: channel) == .email }
}
