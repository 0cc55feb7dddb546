import AgentViewCore
import Foundation
import Testing

/// The bundled sample as a snapshot, and snapshots of edited copies of it, for diff tests.
enum SampleDiff {
    /// The sample export, loaded once for every test that edits a copy.
    static let export = Result {
        try ExportLoader().load(directory: Fixtures.packageRoot.appendingPathComponent("Samples").path)
    }

    /// The snapshot of the sample under `settings`, after `edit` changed a copy of the export.
    static func document(_ settings: Settings = Settings(), edit: (inout Export) throws -> Void = { _ in }) throws
        -> SnapshotDocument
    {
        var export = try Self.export.get()
        try edit(&export)
        return SnapshotDocument(view: AgentView(export: export, settings: settings))
    }

    /// The diff from the sample as rendered by default to an edited copy.
    static func diff(_ settings: Settings = Settings(), edit: (inout Export) throws -> Void = { _ in }) throws
        -> SnapshotDiff
    {
        SnapshotDiff(old: try document(), new: try document(settings, edit: edit))
    }

    /// The changes of one kind, as printed.
    static func lines(_ diff: SnapshotDiff, _ kind: DiffChangeKind) -> [String] {
        diff.changes.filter { $0.kind == kind }.map(\.description)
    }

    /// Edits the Support user with `id`; records an issue when the sample has none.
    static func editSupportUser(
        _ id: String, in export: inout Export, sourceLocation: SourceLocation = #_sourceLocation,
        _ edit: (inout SupportUser) -> Void
    ) {
        editRecord(\.supportUsers, \.id, id, "Support user", in: &export, sourceLocation, edit)
    }

    /// Edits the ticket with `id`; records an issue when the sample has none.
    static func editTicket(
        _ id: String, in export: inout Export, sourceLocation: SourceLocation = #_sourceLocation,
        _ edit: (inout Ticket) -> Void
    ) {
        editRecord(\.tickets, \.id, id, "ticket", in: &export, sourceLocation, edit)
    }

    /// Edits the messaging user with `id`; records an issue when the sample has none.
    static func editMessagingUser(
        _ id: String, in export: inout Export, sourceLocation: SourceLocation = #_sourceLocation,
        _ edit: (inout MessagingUser) -> Void
    ) {
        editRecord(\.messagingUsers, \.id, id, "messaging user", in: &export, sourceLocation, edit)
    }

    /// Edits the first record of a list whose `id` is `id`; records an issue naming `kind` when there is none.
    private static func editRecord<Record>(
        _ list: WritableKeyPath<Export, [Record]>, _ idOf: KeyPath<Record, String>, _ id: String, _ kind: String,
        in export: inout Export, _ sourceLocation: SourceLocation, _ edit: (inout Record) -> Void
    ) {
        guard let index = export[keyPath: list].firstIndex(where: { $0[keyPath: idOf] == id }) else {
            Issue.record("the sample has no \(kind) \(id)", sourceLocation: sourceLocation)
            return
        }
        edit(&export[keyPath: list][index])
    }
}
