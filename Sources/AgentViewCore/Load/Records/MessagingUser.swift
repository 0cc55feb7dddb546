import Foundation
import JSONTree

/// A Sunshine Conversations user: the messaging identity under the hood, never seen by agents (docs/rules.md §2).
public struct MessagingUser: Sendable, Equatable {
    /// One identity of a messaging user, e.g. an email with its verification level.
    public struct Identity: Sendable, Equatable {
        public var type: String
        public var value: String
        /// `sso`, `embed`, … (the Sunshine Conversations API's `user` schema).
        public var verification: String?
    }

    public var id: String
    public var externalID: String?
    /// The Support user id as a string, when Zendesk linked the two.
    public var zendeskID: String?
    /// The read-only `authenticated` flag Zendesk computed; nil in exports before 2025 (docs/rules.md §3).
    public var statedAuthenticated: Bool?
    public var givenName: String?
    public var surname: String?
    public var profileEmail: String?
    public var identities: [Identity] = []
    public var signedUpAt: Timestamp?
    /// Channel types of the user's clients (`sdk`, `whatsapp`, …), sorted, from client lists and webhooks.
    public var clientTypes: [String] = []

    /// Creates a messaging user.
    public init(
        id: String, externalID: String? = nil, zendeskID: String? = nil, statedAuthenticated: Bool? = nil,
        givenName: String? = nil, surname: String? = nil, profileEmail: String? = nil
    ) {
        self.id = id
        self.externalID = externalID
        self.zendeskID = zendeskID
        self.statedAuthenticated = statedAuthenticated
        self.givenName = givenName
        self.surname = surname
        self.profileEmail = profileEmail
    }

    /// `givenName` and `surname` joined, as the data-mapping table pairs them with the Support `name` (§4).
    public var profileName: String? {
        let parts = [givenName, surname].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The profile email, else the first email identity.
    public var email: String? {
        profileEmail ?? identityEmail
    }

    /// The first email identity: where a JWT's email lands (an identity, verified `sso`), as the Synchronize
    /// User API puts the primary email; `profile.email` is what a client set, which no login verified.
    public var identityEmail: String? {
        identities.first { $0.type == "email" }?.value
    }

    /// Reads a v2 user object (REST, webhook payload) or a v1 `appUser`.
    init(reading record: RecordReader) throws {
        if record.has("_id") && !record.has("id") {
            id = try record.requiredMessagingID("_id")
            externalID = try record.string("userId")
            givenName = try record.string("givenName")
            surname = try record.string("surname")
            profileEmail = try record.string("email")
            signedUpAt = try record.date("signedUpAt")
            clientTypes = try record.objects("clients").compactMap { client in try client.string("platform") }
            clientTypes = Array(Set(clientTypes)).sorted()
            return
        }
        id = try record.requiredMessagingID("id")
        externalID = try record.string("externalId")
        zendeskID = try record.value("zendeskId").flatMap { value in
            // `zendeskId` is a string in the spec; tolerate the integer some tools write.
            if let string = value.string { return string }
            if let number = value.int64 { return String(number) }
            throw record.wrongType("zendeskId", value, expected: "a string")
        }
        statedAuthenticated = try record.lenientBool("authenticated")
        let profile = try record.object("profile")
        givenName = try profile?.string("givenName")
        surname = try profile?.string("surname")
        profileEmail = try profile?.string("email")
        identities = try record.objects("identities").map { identity in
            Identity(
                type: try identity.requiredString("type"),
                value: try identity.text("value") ?? identity.requiredString("value"),
                verification: try identity.string("verification"))
        }
        signedUpAt = try record.date("signedUpAt")
    }

    /// Fills the fields this copy lacks from another copy of the same user (a REST record wins over a webhook's).
    mutating func fillGaps(from other: MessagingUser) {
        externalID = externalID ?? other.externalID
        zendeskID = zendeskID ?? other.zendeskID
        statedAuthenticated = statedAuthenticated ?? other.statedAuthenticated
        givenName = givenName ?? other.givenName
        surname = surname ?? other.surname
        profileEmail = profileEmail ?? other.profileEmail
        if identities.isEmpty { identities = other.identities }
        signedUpAt = signedUpAt ?? other.signedUpAt
        clientTypes = Array(Set(clientTypes + other.clientTypes)).sorted()
    }
}

extension MessagingUser: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "messaging user"
    static let duplicateKind = kindName
    static let source = ExportSource.sunshine
    /// `users` and `user` are shared with Support users; `appUser` is the v1 export's.
    static let envelopeKeys: [EnvelopeKey] = [.many("users"), .one("user"), .one("appUser")]
    static let readsBareRecords = true

    /// In a `users` list shared with Support users: the records `isMessagingUser` claims.
    static func claimsEnveloped(_ record: JSONObject) -> Bool { isMessagingUser(record) }

    /// A bare messaging user has an id (`id`, or the v1 `_id`) and a key only a messaging user's profile has
    /// (`externalId` alone is not enough: a client has one too; `_id` alone neither: a v1 message has one).
    static func recognises(_ record: JSONObject) -> Bool {
        (record.contains("id") || record.contains("_id")) && bareEvidenceKeys.contains(where: record.contains)
            && isMessagingUser(record)
    }

    private static let bareEvidenceKeys = [
        "zendeskId", "signedUpAt", "profile", "authenticated", "hasPaymentInfo", "givenName", "surname",
    ]

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.messagingUsers.append(try MessagingUser(reading: record))
    }

    var deduplicationID: String { id }

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
