/// The Sunshine Conversations app of the account (`GET /v2/apps/{appId}`, `{"app": {…}}`): it says which
/// messaging mode the account uses (docs/rules.md §7 rule 3).
public struct MessagingApp: Sendable, Equatable {
    public var id: String
    /// `settings.multiConvoEnabled`: true for multi-conversation messaging, false for single; nil when the
    /// record does not say.
    public var multiConversationEnabled: Bool?

    /// Creates an app record.
    public init(id: String, multiConversationEnabled: Bool?) {
        self.id = id
        self.multiConversationEnabled = multiConversationEnabled
    }

    init(reading record: RecordReader) throws {
        id = try record.requiredMessagingID("id")
        multiConversationEnabled = try record.object("settings")?.lenientBool("multiConvoEnabled")
    }
}
