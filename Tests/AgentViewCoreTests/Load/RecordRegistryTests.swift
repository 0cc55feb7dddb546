import Foundation
import JSONTree
import Testing

@testable import AgentViewCore

/// The record-kind registry (docs/rules.md §10 rule 1): over every fixture file of the project
/// (`Tests/Fixtures/realworld`, `Tests/Fixtures/hostile-export`, `Samples`), each record is claimed by exactly
/// one kind, the one its file holds, and no kind's bare-record test accepts another kind's record.
@Suite
struct RecordRegistryTests {
    /// One record of a fixture file, with the kind it is expected to be.
    struct FixtureRecord: CustomStringConvertible {
        let file: String
        /// The envelope key it sits under, or nil for a bare record.
        let key: String?
        let envelope: JSONObject?
        let record: JSONObject
        let expected: String

        var description: String { "\(file) \(key.map { "[\($0)]" } ?? "(bare)") → \(expected)" }
    }

    /// The kind a fixture's records are, by the file's path and the envelope key (the realworld files are
    /// named after their endpoint; the sample and hostile exports follow the folder convention of §10 rule 3).
    private static func expectedKind(path: String, key: String?) -> String? {
        if key == "identities" { return "identity" }
        if key == "organizations" { return "organization" }
        let rules: [(pattern: String, kind: String)] = [
            (#"users/[^/]+/conversations\.json$"#, "conversation"),
            (#"conversations/[^/]+/messages\.json$"#, "message"),
            (#"conversations/[^/]+/participants\.json$"#, "participant"),
            (#"tickets/[0-9]+/audits\.json$"#, "ticket audit"),
            (#"tickets/[0-9]+/comments\.json$"#, "comment"),
            (#"tickets/[0-9]+/conversation_log\.json$"#, "conversation-log event"),
            (#"(webhooks/|sunco-v2-webhook-)"#, "webhook event"),
            (#"sunshine/app\.json$"#, "messaging app"),
            (#"(sunshine/users|sunco-v2-users?-)"#, "messaging user"),
            (#"sunco-v2-clients-"#, "messaging client"),
            (#"sunco-v2-conversations-"#, "conversation"),
            (#"sunco-v2-messages?-"#, "message"),
            (#"sunco-v2-participants-"#, "participant"),
            (#"(zendesk/users|zendesk-users-)"#, "support user"),
            (#"zendesk-user-identities-"#, "identity"),
            (#"(zendesk/ticket_metrics|zendesk-ticket-metrics?-)"#, "ticket metric"),
            (#"(zendesk/tickets|zendesk-tickets-)"#, "ticket"),
            (#"zendesk-ticket-audits-"#, "ticket audit"),
            (#"zendesk-ticket-comments-"#, "comment"),
            (#"zendesk-ticket-events-"#, "ticket event"),
            (#"zendesk-conversation-log-"#, "conversation-log event"),
        ]
        return rules.first { path.range(of: $0.pattern, options: .regularExpression) != nil }?.kind
    }

    /// Every record of every fixture file.
    static let fixtureRecords: [FixtureRecord] = fixtures.records

    /// Every fixture file's path, and every record.
    static let fixtures: (files: [String], records: [FixtureRecord]) = {
        var files: [String] = []
        var records: [FixtureRecord] = []
        for folder in ["Tests/Fixtures/realworld", "Tests/Fixtures/hostile-export", "Samples"] {
            let root = Fixtures.packageRoot.appendingPathComponent(folder)
            let paths = (FileManager.default.subpaths(atPath: root.path) ?? []).sorted()
            for path in paths where [".json", ".ndjson", ".jsonl"].contains(where: path.hasSuffix) {
                let file = folder + "/" + path
                files.append(file)
                guard let bytes = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
                    let document = Self.parse([UInt8](bytes))
                else {
                    Issue.record("\(file) does not parse")
                    continue
                }
                records += Self.records(of: document, file: file)
            }
        }
        return (files, records)
    }()

    /// A JSON document, or NDJSON lines as an array.
    private static func parse(_ bytes: [UInt8]) -> JSONValue? {
        if let value = try? JSONReader.parse(bytes) { return value }
        guard let lines = try? JSONReader.parseLines(bytes) else { return nil }
        return JSONValue(.array(lines), offset: 0)
    }

    private static func records(of document: JSONValue, file: String) -> [FixtureRecord] {
        let elements = document.array ?? [document]
        var records: [FixtureRecord] = []
        for element in elements {
            guard let object = element.object else { continue }
            guard ExportRecordRegistry.isEnvelope(object) else {
                records.append(
                    FixtureRecord(
                        file: file, key: nil, envelope: nil, record: object,
                        expected: expectedKind(path: file, key: nil) ?? "?"))
                continue
            }
            for member in object.members where ExportRecordRegistry.envelopeKeyNames.contains(member.key) {
                // A webhook delivery's `app` names the app: it is no record (no kind carries it there).
                if member.key == "app" && object.contains("events") { continue }
                let values = member.value.array ?? [member.value]
                for value in values {
                    guard let record = value.object else { continue }
                    records.append(
                        FixtureRecord(
                            file: file, key: member.key, envelope: object, record: record,
                            expected: expectedKind(path: file, key: member.key) ?? "?"))
                }
            }
        }
        return records
    }

    /// The kinds that claim a fixture record: for an enveloped one, the kinds that declare its key, carry it
    /// in this envelope, and (when several do) claim the record; for a bare one, the kinds that recognise it.
    private static func claimants(of fixture: FixtureRecord) -> [String] {
        guard let key = fixture.key, let envelope = fixture.envelope else {
            return ExportRecordRegistry.kinds.filter { $0.readsBareRecords && $0.recognises(fixture.record) }
                .map { kind in kind.kindName }
        }
        let carriers = ExportRecordRegistry.kinds.filter { kind in
            kind.envelopeKeys.contains { $0.name == key } && kind.carries(envelope)
        }
        if carriers.count == 1 { return [carriers[0].kindName] }
        return carriers.filter { $0.claimsEnveloped(fixture.record) }.map { kind in kind.kindName }
    }

    @Test func theFixturesAreAllRead() {
        // 23 realworld payloads, 12 hostile files and the sample export's 135 files, most with many records.
        #expect(Self.fixtures.files.count == 23 + 12 + 135)
        #expect(!Self.fixtureRecords.contains { $0.expected == "?" }, "a fixture of no expected kind")
        // Every kind has fixtures.
        let kinds = Set(Self.fixtureRecords.map(\.expected))
        for kind in ExportRecordRegistry.kinds { #expect(kinds.contains(kind.kindName), "\(kind.kindName)") }
    }

    @Test func everyFixtureRecordIsClaimedByExactlyTheExpectedKind() {
        for fixture in Self.fixtureRecords {
            #expect(Self.claimants(of: fixture) == [fixture.expected], "\(fixture)")
        }
    }

    @Test func theDecoderPicksTheSameKindAsTheClaims() {
        for fixture in Self.fixtureRecords {
            if let key = fixture.key, let envelope = fixture.envelope {
                let entry = ExportRecordRegistry.envelopes.first { $0.key.name == key }!
                let carriers = ExportRecordRegistry.carriers(of: entry, in: envelope)
                let kind = ExportRecordRegistry.kind(of: fixture.record, among: carriers)
                #expect(kind?.kindName == fixture.expected, "\(fixture)")
            } else {
                #expect(ExportRecordRegistry.bareKind(of: fixture.record)?.kindName == fixture.expected, "\(fixture)")
            }
        }
    }

    @Test func noKindRecognisesAnotherKindsRecordBare() {
        for kind in ExportRecordRegistry.bareKinds {
            let claimed = Self.fixtureRecords.filter { $0.expected != kind.kindName && kind.recognises($0.record) }
            #expect(claimed.isEmpty, "\(kind.kindName) recognises \(claimed.prefix(3))")
        }
    }

    @Test func everyBareKindRecognisesSomeOfItsFixtures() {
        for kind in ExportRecordRegistry.bareKinds {
            #expect(
                Self.fixtureRecords.contains { $0.expected == kind.kindName && kind.recognises($0.record) },
                "\(kind.kindName)")
        }
    }

    @Test func kindsSharingAKeyAgreeOnItsFormAndParent() {
        var kindNames = Set<String>()
        for kind in ExportRecordRegistry.kinds {
            #expect(kindNames.insert(kind.kindName).inserted, "\(kind.kindName) listed twice")
        }
        for envelope in ExportRecordRegistry.envelopes {
            for kind in envelope.kinds {
                #expect(kind.envelopeKeys.contains(envelope.key), "\(kind.kindName) '\(envelope.key.name)'")
            }
        }
        // The decoder takes the parent folder from the kinds that carry a key: kinds sharing a key with
        // different parents (`events`: webhook deliveries and conversation logs) never both carry it.
        for fixture in Self.fixtureRecords {
            guard let key = fixture.key, let envelope = fixture.envelope else { continue }
            let entry = ExportRecordRegistry.envelopes.first { $0.key.name == key }!
            let parents = ExportRecordRegistry.carriers(of: entry, in: envelope).map { $0.parent }
            #expect(parents.allSatisfy { $0 == parents.first }, "\(fixture)")
        }
        #expect(ExportRecordRegistry.envelopes.map(\.key.name).filter { $0 == "users" }.count == 1)
    }

    // MARK: - Bare-record boundaries

    private static func object(_ text: String) throws -> JSONObject {
        try #require(try JSONReader.parse(Array(text.utf8)).object)
    }

    @Test(
        arguments: [
            // An id alone is no kind: neither a Support user nor a messaging user.
            (#"{"id": 5}"#, nil),
            (#"{"id": "6650b1c2d3e4f5a6b7c8d901"}"#, nil),
            // A comment and a conversation-log event are known bare by their keys (in their ticket's folder);
            // a conversation is read only under its envelope key.
            (#"{"id": 1, "body": "hi", "author_id": 2, "created_at": "2024-01-01T00:00:00Z"}"#, "comment"),
            (
                #"{"id": "01J", "type": "Messaging::ConversationMessage", "author": {"type": "user"}, "created_at": "2024-01-01T00:00:00Z"}"#,
                "conversation-log event"
            ),
            (#"{"id": "c1", "type": "personal", "isDefault": true}"#, nil),
            // A client has an externalId too, and a v1 message an _id: neither is a messaging user.
            (#"{"id": "c1", "type": "messenger", "externalId": "x"}"#, nil),
            (#"{"_id": "m1", "role": "appUser", "received": 1480001738.1, "name": "Ann"}"#, "message"),
            (#"{"id": 5, "name": "Ann"}"#, "support user"),
            // An organization has an id and a name too: a key only organizations have tells it from a user.
            (#"{"id": 5, "name": "Acme", "domain_names": []}"#, "organization"),
            (#"{"id": 5, "name": "Acme", "shared_tickets": false}"#, "organization"),
            (#"{"id": 5, "name": "Acme", "organization_id": 7}"#, "support user"),
            (#"{"id": 5, "role": "end-user"}"#, "support user"),
            // A string id with Support keys is a Support user whose id is wrong (decoding reports it).
            (#"{"id": "abc", "email": "a@example.org"}"#, "support user"),
            (#"{"id": "u1", "signedUpAt": "2024-01-01T00:00:00Z"}"#, "messaging user"),
            (#"{"_id": "u1", "givenName": "Ann"}"#, "messaging user"),
            // A numeric id with messaging keys only is a messaging user whose id is wrong.
            (#"{"id": 7, "profile": {}}"#, "messaging user"),
            (#"{"id": 1, "user_id": 2, "type": "email", "value": "a@example.org"}"#, "identity"),
            (#"{"id": 1, "subject": "s", "status": "open"}"#, "ticket"),
            (#"{"id": 1, "ticket_id": 2}"#, nil),
            (#"{"id": 1, "ticket_id": 2, "reply_time_in_minutes": {}}"#, "ticket metric"),
            (#"{"id": "e1", "type": "user:update", "payload": {}}"#, "webhook event"),
            (#"{"id": "e1", "type": "update", "payload": {}}"#, nil),
        ] as [(String, String?)])
    func aBareRecordIsTheKindItsKeysSay(json: String, kind: String?) throws {
        let record = try Self.object(json)
        #expect(ExportRecordRegistry.bareKind(of: record)?.kindName == kind)
        // The kinds' tests are exclusive: at most one says yes.
        #expect(ExportRecordRegistry.bareKinds.filter { $0.recognises(record) }.count == (kind == nil ? 0 : 1))
    }

    @Test func aRecordBuiltToMatchTwoKindsIsTheEarlierInTheRegistry() throws {
        let record = try Self.object(#"{"id": 1, "name": "Ann", "requester_id": 2}"#)
        let recognising = ExportRecordRegistry.bareKinds.filter { $0.recognises(record) }.map { $0.kindName }
        #expect(recognising == ["ticket", "support user"])
        #expect(ExportRecordRegistry.bareKind(of: record)?.kindName == "ticket")
    }

    @Test func aBareRecordOfNoKindInAListIsAnErrorAndAloneIsSkipped() throws {
        // Before the registry, anything with an id was read as a Support user.
        let errors = Fixtures.loadErrors(["records.json": #"[{"id": 5}]"#])
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix("export/records.json:1:2: error: unrecognised export file: saw top-level keys 'id'")
                == true)
        let export = try Fixtures.load(["record.json": #"{"id": 5}"#])
        #expect(export.supportUsers.isEmpty)
    }

    @Test func theKnownShapesSummaryNamesEveryKindAndKey() {
        let summary = ExportRecordRegistry.knownShapesSummary
        for kind in ExportRecordRegistry.kinds {
            #expect(summary.contains("(\(kind.kindName))"), "\(kind.kindName)")
            for key in kind.envelopeKeys { #expect(summary.contains("'\(key.name)'"), "\(key.name)") }
        }
        #expect(
            summary.hasPrefix("Zendesk 'tickets'/'ticket' (ticket), 'ticket_metrics'/'ticket_metric' (ticket metric)"))
    }
}
