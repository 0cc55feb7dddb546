import JSONTree

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

extension MessagingApp: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "messaging app"
    static let duplicateKind = kindName
    static let source = ExportSource.sunshine
    static let envelopeKeys: [EnvelopeKey] = [.one("app")]

    /// The `app` of a webhook delivery names the app only, and is not read.
    static func carries(_ envelope: JSONObject) -> Bool {
        !envelope.contains("events") && !envelope.contains("webhook")
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.apps.append(try MessagingApp(reading: record))
    }

    var deduplicationID: String { id }
}
