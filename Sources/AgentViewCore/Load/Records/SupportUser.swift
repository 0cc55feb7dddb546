import JSONTree

/// A Zendesk Support user: the canonical record agents see (docs/rules.md §2).
public struct SupportUser: Sendable, Equatable {
    /// The numeric id, as a decimal string.
    public var id: String
    public var name: String?
    /// The `email` field; the primary email identity, when present, is preferred for display.
    public var email: String?
    public var externalID: String?
    /// `end-user`, `agent` or `admin`.
    public var role: String?
    public var phone: String?
    public var organizationID: String?
    /// The name of the organization `organizationID` names, joined after loading when the export holds
    /// that organization's record (docs/rules.md §4 rule 8).
    public var organizationName: String?
    /// `iana_time_zone` when present, else `time_zone`.
    public var timeZone: String?
    public var locale: String?
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp?
    /// Identities, side-loaded or listed separately, joined on `user_id` after loading.
    public var identities: [SupportIdentity] = []

    /// Creates a user with just an id and a name, for tests and tools.
    public init(
        id: String, name: String? = nil, email: String? = nil, externalID: String? = nil, role: String? = "end-user"
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.externalID = externalID
        self.role = role
    }

    /// Whether Zendesk treats this user as staff (agents and admins are never requesters we rank).
    public var isStaff: Bool { role == "agent" || role == "admin" }

    /// The primary email identity's value, else the `email` field (docs/rules.md §4: primary email only).
    public var primaryEmail: String? {
        let emails = identities.filter { $0.type == "email" }
        return emails.first(where: \.isPrimary)?.value ?? email ?? emails.first?.value
    }

    /// The identities in the order the profile view lists them (docs/rules.md §4 rule 7): primary ones
    /// first, then by type (email, phone, messaging, then other types by name), then by id.
    public var identitiesPrimaryFirst: [SupportIdentity] {
        let typeOrder = ["email": 0, "phone_number": 1, "messaging": 2]
        return identities.sorted { lhs, rhs in
            if lhs.isPrimary != rhs.isPrimary { return lhs.isPrimary }
            let (left, right) = (typeOrder[lhs.type] ?? typeOrder.count, typeOrder[rhs.type] ?? typeOrder.count)
            if left != right { return left < right }
            if lhs.type != rhs.type { return lhs.type.utf8.lexicographicallyPrecedes(rhs.type.utf8) }
            return IDOrder.less(lhs.id, rhs.id)
        }
    }

    init(reading record: RecordReader) throws {
        id = try record.requiredSupportID("id")
        name = try record.string("name")
        email = try record.string("email")
        externalID = try record.string("external_id")
        role = try record.string("role")
        phone = try record.string("phone")
        organizationID = try record.supportID("organization_id")
        timeZone = try record.string("iana_time_zone") ?? record.string("time_zone")
        locale = try record.string("locale")
        createdAt = try record.date("created_at")
        updatedAt = try record.date("updated_at")
    }
}

extension SupportUser: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "support user"
    static let duplicateKind = kindName
    static let source = ExportSource.zendesk
    /// Shared with messaging users: Sunshine Conversations uses the same keys.
    static let envelopeKeys: [EnvelopeKey] = [.many("users"), .one("user")]
    static let readsBareRecords = true

    /// In a `users` list: every user the messaging-user test does not claim, so a Support user whose id is
    /// of the wrong type is still read as one, and decoding reports it.
    static func claimsEnveloped(_ record: JSONObject) -> Bool { !MessagingUser.isMessagingUser(record) }

    /// A bare Support user has an `id` and a key that only Support users have (`name`, `email`, `role`:
    /// tickets, comments, identities and metrics have none of them), and is no messaging user or organization.
    static func recognises(_ record: JSONObject) -> Bool {
        record.contains("id") && bareEvidenceKeys.contains(where: record.contains)
            && !MessagingUser.isMessagingUser(record) && !Organization.isOrganization(record)
    }

    private static let bareEvidenceKeys = ["name", "email", "role"]

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.supportUsers.append(try SupportUser(reading: record))
    }

    var deduplicationID: String { id }
}
