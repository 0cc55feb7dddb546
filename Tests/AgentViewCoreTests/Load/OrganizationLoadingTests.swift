import Testing

@testable import AgentViewCore

/// Organizations (docs/rules.md §4 rule 8, §10 rule 1): read from their own export, a single record, or
/// side-loaded beside users, and joined onto their members as the name the essentials card shows.
@Suite struct OrganizationLoadingTests {
    private static let users = #"""
        {"users": [
          {"id": 11, "name": "Ann Lee", "role": "end-user", "organization_id": 900},
          {"id": 12, "name": "Bo Park", "role": "end-user", "organization_id": 901},
          {"id": 13, "name": "Cy Ray", "role": "end-user", "organization_id": null}
        ]}
        """#

    private static func organization(_ id: Int, _ name: String) -> String {
        #"{"id": \#(id), "name": "\#(name)", "shared_tickets": false, "domain_names": [], "organization_fields": {}}"#
    }

    @Test("Each member carries its organization's name; a user of an organization not exported has none")
    func namesJoinOntoMembers() throws {
        let export = try Fixtures.load([
            "users.json": Self.users,
            "organizations.json":
                #"{"organizations": [\#(Self.organization(900, "Acme Outdoors"))], "next_page": null}"#,
        ])
        #expect(export.organizations == [Organization(id: "900", name: "Acme Outdoors")])
        #expect(export.supportUsers.map(\.organizationName) == ["Acme Outdoors", nil, nil])
        #expect(export.supportUsers.map(\.organizationID) == ["900", "901", nil])
    }

    @Test("Side-loaded beside users, one record alone, or a bare NDJSON export, never a Support user")
    func everyShapeIsRead() throws {
        let sideLoaded = try Fixtures.load([
            "users.json": String(Self.users.dropLast())
                + #", "organizations": [\#(Self.organization(901, "Birch & Co"))]}"#
        ])
        #expect(sideLoaded.supportUsers.map(\.organizationName) == [nil, "Birch & Co", nil])
        let single = try Fixtures.load([
            "users.json": Self.users,
            "organizations/900.json": #"{"organization": \#(Self.organization(900, "Acme"))}"#,
        ])
        #expect(single.supportUsers.first?.organizationName == "Acme")
        // The incremental organization export as NDJSON: each line has an id and a name, as a user has; it
        // made a Support user, with a page of its own, before organizations were a kind.
        let lines = [Self.organization(900, "Acme"), Self.organization(901, "Birch")].joined(separator: "\n")
        let bare = try Fixtures.load(["users.json": Self.users, "organizations.ndjson": lines])
        #expect(bare.supportUsers.map(\.id) == ["11", "12", "13"])
        #expect(bare.supportUsers.map(\.organizationName) == ["Acme", "Birch", nil])
    }

    @Test("An organization given twice keeps its later copy, and is no duplicate-record: side-loads repeat it")
    func repeatsKeepTheLaterCopySilently() throws {
        let export = try Fixtures.load([
            "users.json": Self.users,
            "a/organizations.json": #"{"organizations": [\#(Self.organization(900, "Old name"))]}"#,
            "b/organizations.json": #"{"organizations": [\#(Self.organization(900, "New name"))]}"#,
        ])
        #expect(export.supportUsers.first?.organizationName == "New name")
        #expect(export.organizations.count == 1)
        #expect(export.duplicates.isEmpty)
    }

    @Test("A blank organization name is none: the card gives the id, redacted or not")
    func blankNamesAreNone() throws {
        let export = try Fixtures.load([
            "users.json": Self.users,
            "organizations.json": #"{"organizations": [\#(Self.organization(900, "  "))]}"#,
        ])
        #expect(export.organizations.first?.name == nil)
        #expect(export.supportUsers.first?.organizationName == nil)
    }

    @Test("An organization's id of the wrong type is an error naming the file, place and key")
    func aWrongTypeIsLocated() {
        let errors = Fixtures.loadErrors([
            "organizations.json": #"{"organizations": [{"id": "acme", "name": "Acme", "domain_names": []}]}"#
        ])
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("export/organizations.json:1:") == true)
        #expect(errors.first?.contains("organizations[0].id") == true, "\(errors)")
    }

    @Test("Redacted identities give the name a keyed pseudonym, the same on the record and on its members")
    func redactedNames() throws {
        let export = try Fixtures.load([
            "users.json": Self.users,
            "organizations.json":
                #"{"organizations": [\#(Self.organization(900, "Acme Outdoors")), \#(Self.organization(901, "Birch"))]}"#,
        ])
        let key = Array("sixteen bytes or more".utf8)
        let redacted = ExportRedactor.redact(
            export, Redaction(scope: .identities, key: key, keySource: .file), placeholderPatterns: [])
        let names = redacted.supportUsers.compactMap(\.organizationName)
        #expect(names.count == 2)
        #expect(Set(names).count == 2)
        for name in names { #expect(name.hasPrefix("Org ") && !name.contains("Acme") && !name.contains("Birch")) }
        #expect(redacted.organizations.map(\.name) == names)
        // Under `ids` the join survives: the member's id and the record's id take one pseudonym.
        let withIDs = ExportRedactor.redact(
            export, Redaction(scope: .ids, key: key, keySource: .file), placeholderPatterns: [])
        #expect(withIDs.supportUsers.first?.organizationID == withIDs.organizations.first?.id)
        #expect(withIDs.organizations.first?.id != "900")
        #expect(withIDs.supportUsers.first?.organizationName == "Acme Outdoors")
    }
}
