import Foundation
import JSONTree

/// A `snapshot.json` read back into typed values: the input of `agentview diff` (docs/rules.md §11).
///
/// Read it from a file's bytes, or build it from an ``AgentView`` to compare an export rendered in
/// memory without writing files.
public struct SnapshotDocument: Sendable, Equatable {
    /// The `settings` object, entry by entry in the order written.
    public var settings: [SnapshotSetting]
    /// The id of the key the side was redacted with (`Redaction.keyID`); nil when it was not redacted, or
    /// was rendered before snapshots recorded it.
    public var redactionKeyID: String?
    /// The end users, in the order written (sorted by key).
    public var users: [SnapshotUser]
    /// The tickets, in the order written (sorted by id).
    public var tickets: [SnapshotTicket]
    /// The diagnostics, in the order written.
    public var diagnostics: [SnapshotDiagnostic]

    /// Reads a snapshot from its bytes; `path` names the file in error messages.
    ///
    /// - Throws: The first problem as a ``SnapshotError``: invalid JSON, a `schema` other than
    ///   ``Snapshot/schema``, a missing key, a wrong type, or a user key or ticket id used twice.
    public init(bytes: [UInt8], path: String) throws(SnapshotError) {
        let source = SnapshotReader.Source(path: path, bytes: bytes)
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            throw source.error(
                at: error.offset, .syntax(error.description, withoutInput: error.reason.descriptionWithoutInput))
        }
        try self.init(root: root, source: source)
    }

    /// Reads the snapshot file at `path`.
    public init(contentsOfFile path: String) throws(SnapshotError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw SnapshotError(path: path, reason: .unreadable("no such file"))
        }
        guard !isFolder.boolValue else { throw SnapshotError(path: path, reason: .unreadable("a folder, not a file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SnapshotError(path: path, reason: .unreadable("the file cannot be opened"))
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    /// The snapshot of a view, as `snapshot.json` would hold it, without serialising it.
    public init(view: AgentView) {
        do {
            try self.init(root: Snapshot.value(of: view), source: SnapshotReader.Source(path: "(in memory)", bytes: []))
        } catch {
            // `Snapshot` writes every key this reader asks for; anything else is a bug in one of the two.
            preconditionFailure("the snapshot of a view does not read back: \(error)")
        }
    }

    private init(root: JSONValue, source: SnapshotReader.Source) throws(SnapshotError) {
        let document = try SnapshotReader(root, path: .root, source: source)
        // The schema comes first: any other complaint about a file that is not a snapshot would mislead.
        guard let schema = document.object["schema"] else {
            throw source.error(at: root.offset, .wrongSchema(found: nil))
        }
        guard let name = schema.string else {
            throw document.wrongType("schema", schema, expected: "a string")
        }
        guard name == Snapshot.schema else { throw source.error(at: schema.offset, .wrongSchema(found: name)) }
        let settingsObject = try document.object("settings")
        settings = SnapshotSetting.all(in: settingsObject)
        redactionKeyID = settingsObject.object["redaction"]?.object?["keyId"]?.string
        users = []
        var userKeys = Set<UserKey>()
        for record in try document.objects("users") {
            let user = try SnapshotUser(reading: record)
            guard userKeys.insert(user.key).inserted else {
                throw record.invalid(
                    "key", at: record.object["key"]!.offset, user.key.description, expected: "a key no other user has")
            }
            users.append(user)
        }
        tickets = []
        var ticketIDs = Set<String>()
        for record in try document.objects("tickets") {
            let ticket = try SnapshotTicket(reading: record)
            guard ticketIDs.insert(ticket.id).inserted else {
                throw record.invalid(
                    "id", at: record.object["id"]!.offset, ticket.id, expected: "an id no other ticket has")
            }
            tickets.append(ticket)
        }
        diagnostics = []
        for record in try document.objects("diagnostics") {
            diagnostics.append(try SnapshotDiagnostic(reading: record))
        }
    }
}
