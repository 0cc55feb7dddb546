import JSONTree

/// One shape of record an export file can hold, declared beside the record it yields (docs/rules.md §10
/// rule 1): the envelope keys that carry it, how to recognise it bare, and how to decode it.
///
/// `ExportRecordRegistry` lists every kind once; `ExportFileDecoder` asks the registry, never the kinds
/// one by one, so adding a shape means writing one conformance and adding it to the registry's list.
protocol ExportRecordKind: SendableMetatype {
    /// What the kind is called in the known-shapes summary and in tests: `support user`, `ticket audit`.
    static var kindName: String { get }
    /// Whose API the records come from, for the known-shapes summary.
    static var source: ExportSource { get }
    /// The top-level keys of an envelope whose value holds records of this kind.
    static var envelopeKeys: [EnvelopeKey] { get }
    /// The folder that names the records' parent when they do not carry it (docs/rules.md §10 rule 3).
    static var parent: ExportParent? { get }
    /// Whether this envelope's keys carry this kind: false where another kind shares the key and the
    /// envelope is of that other kind (the `events` of a webhook delivery are no conversation log).
    static func carries(_ envelope: JSONObject) -> Bool
    /// For an envelope key that several kinds share (`users`), whether this record is of this kind. The
    /// kinds sharing a key must answer yes for exactly one of them (a registry test checks the fixtures).
    static func claimsEnveloped(_ record: JSONObject) -> Bool
    /// Whether the kind can be recognised bare, as an element of a top-level array or an NDJSON line.
    static var readsBareRecords: Bool { get }
    /// Whether a bare record is of this kind, judged by keys no other kind's records have. Only asked
    /// when `readsBareRecords`; where two kinds' tests overlap, the registry's order decides.
    static func recognises(_ record: JSONObject) -> Bool
    /// Decodes one record into the fragment; `parentID` is the folder's id when `parent` is set.
    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws
    /// Makes room for `count` more records in the fragment, before a list of them is decoded: an array grown
    /// by appending holds up to twice its records, and a fragment's records stay until the export is assembled.
    static func reserve(_ count: Int, in fragment: inout ExportFragment)
}

extension ExportRecordKind {
    static var parent: ExportParent? { nil }
    static func carries(_ envelope: JSONObject) -> Bool { true }
    static func claimsEnveloped(_ record: JSONObject) -> Bool { true }
    static var readsBareRecords: Bool { false }
    static func recognises(_ record: JSONObject) -> Bool { false }
    static func reserve(_ count: Int, in fragment: inout ExportFragment) {}
}

/// Whose API an export record comes from.
enum ExportSource: String, Sendable, CaseIterable {
    case zendesk = "Zendesk"
    case sunshine = "Sunshine Conversations"
}

/// A top-level key of an envelope and the form its value takes.
struct EnvelopeKey: Sendable, Equatable {
    /// How a key's value holds records.
    enum Form: Sendable, Equatable {
        /// An array of records only (`identities`, `comments`).
        case list
        /// An array of records, or one record (`{"ticket_metrics": {…}}` occurs).
        case many
        /// One record, or an array of them (`{"ticket_metric": […]}` occurs).
        case one
    }

    let name: String
    let form: Form

    static func list(_ name: String) -> EnvelopeKey { EnvelopeKey(name: name, form: .list) }
    static func many(_ name: String) -> EnvelopeKey { EnvelopeKey(name: name, form: .many) }
    static func one(_ name: String) -> EnvelopeKey { EnvelopeKey(name: name, form: .one) }
}

/// The folder that names a list's parent, and how the missing-parent error calls the records.
struct ExportParent: Sendable, Equatable {
    let collection: FolderParent.Collection
    /// `comments`, `messages`, `conversation-log events`.
    let records: String
}

/// A record kept once per id across the export: the later copy in path order wins, and `duplicate-record`
/// names the others (docs/rules.md §10 rule 7).
protocol DeduplicatedRecord {
    /// The kind `duplicate-record` names: `support user`, `ticket metric`.
    static var duplicateKind: String { get }
    /// The id two copies share; `<ticketId>/<eventId>` for records keyed by both.
    var deduplicationID: String { get }
}
