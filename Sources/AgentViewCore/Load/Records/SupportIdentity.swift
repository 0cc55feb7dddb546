import JSONTree

/// One identity of a Support user: an email, phone number, messaging id, or social handle.
public struct SupportIdentity: Sendable, Equatable {
    public var id: String
    public var userID: String
    /// `email`, `phone_number`, `messaging`, `twitter`, `facebook`, `google`, …
    public var type: String
    public var value: String
    public var isVerified: Bool
    public var isPrimary: Bool
    /// `none`, `low`, `sso`, `embed` (email from a JWT) or `full`.
    public var verificationMethod: String?

    /// Creates an identity.
    public init(
        id: String, userID: String, type: String, value: String, isVerified: Bool = false, isPrimary: Bool = false,
        verificationMethod: String? = nil
    ) {
        self.id = id
        self.userID = userID
        self.type = type
        self.value = value
        self.isVerified = isVerified
        self.isPrimary = isPrimary
        self.verificationMethod = verificationMethod
    }

    init(reading record: RecordReader) throws {
        id = try record.requiredSupportID("id")
        userID = try record.requiredSupportID("user_id")
        type = try record.requiredString("type")
        value = try record.text("value") ?? record.requiredString("value")
        isVerified = try record.bool("verified") ?? false
        isPrimary = try record.bool("primary") ?? false
        verificationMethod = try record.string("verification_method")
    }
}

extension SupportIdentity: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "identity"
    static let duplicateKind = kindName
    static let source = ExportSource.zendesk
    /// Listed on their own or side-loaded next to `users` (docs/rules.md §10 rule 2).
    static let envelopeKeys: [EnvelopeKey] = [.list("identities")]
    static let readsBareRecords = true

    /// A bare identity names its user and holds a typed value: `user_id`, `type` and `value`.
    static func recognises(_ record: JSONObject) -> Bool {
        record.contains("user_id") && record.contains("type") && record.contains("value")
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.identities.append(try SupportIdentity(reading: record))
    }

    var deduplicationID: String { id }
}
