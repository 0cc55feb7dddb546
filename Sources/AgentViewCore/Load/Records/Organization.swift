import JSONTree

/// A Zendesk Support organization (`GET /api/v2/organizations`, the incremental organization export, or
/// side-loaded with `include=organizations` beside users or tickets): only its name is read, which the
/// essentials card and the profile show for a user's `organization_id` (docs/rules.md §4 rule 8).
public struct Organization: Sendable, Equatable {
    /// The numeric id, as a decimal string.
    public var id: String
    public var name: String?

    /// Creates an organization record.
    public init(id: String, name: String?) {
        self.id = id
        self.name = name
    }

    init(reading record: RecordReader) throws {
        id = try record.requiredSupportID("id")
        // A blank name names nothing: the card then gives the id, as when the record is missing.
        name = DiagnosticText.nonEmpty(try record.string("name"))
    }

    /// Whether a record holds a key only organizations have: users, tickets and identities have an
    /// `organization_id` or a `name`, never these.
    static func isOrganization(_ record: JSONObject) -> Bool {
        evidenceKeys.contains(where: record.contains)
    }

    private static let evidenceKeys = ["domain_names", "shared_tickets", "shared_comments", "organization_fields"]
}

extension Organization: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "organization"
    static let duplicateKind = kindName
    static let source = ExportSource.zendesk
    static let envelopeKeys: [EnvelopeKey] = [.many("organizations"), .one("organization")]
    static let readsBareRecords = true

    /// A bare organization has an `id` and a key only organizations have; without this, a line of an
    /// organization export, which has an `id` and a `name`, would read as a Support user.
    static func recognises(_ record: JSONObject) -> Bool {
        record.contains("id") && isOrganization(record)
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.organizations.append(try Organization(reading: record))
    }

    var deduplicationID: String { id }
}
