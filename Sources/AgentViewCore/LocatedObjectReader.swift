import JSONTree

/// A reader of one JSON object of an input file, whose problems are `LocatedError`s naming the key path.
///
/// `RecordReader` (export records: every key optional, `null` as absent) and `SnapshotReader` (snapshots:
/// keys required unless said otherwise) read with opposite conventions; the errors they raise are built here,
/// once, so both name the file, line, column and key path alike (docs/rules.md §10 rule 6).
protocol LocatedObjectReader {
    associatedtype Reason: LocatedErrorReason
    /// The object being read.
    var object: JSONObject { get }
    /// Where the object starts, for errors about a key it lacks.
    var offset: Int { get }
    /// The object's key path from the document's root.
    var path: JSONPath { get }
    /// An error at a byte offset of the object's file.
    func error(at offset: Int, _ reason: Reason) -> LocatedError<Reason>
}

extension LocatedObjectReader {
    /// The error for a value of the wrong type under `key`.
    func wrongType(_ key: String, _ value: JSONValue, expected: String) -> LocatedError<Reason> {
        error(
            at: value.offset,
            .wrongType(keyPath: path.appending(key).description, expected: expected, found: value.kindDescription))
    }

    /// The error for a key the object lacks.
    func missing(_ key: String) -> LocatedError<Reason> {
        error(at: offset, .missingKey(keyPath: path.appending(key).description))
    }

    /// The error for a value of the right type under `key` that cannot be understood; `text` is the value as
    /// the message quotes it.
    func invalid(_ key: String, at valueOffset: Int, _ text: String, expected: String) -> LocatedError<Reason> {
        error(at: valueOffset, .invalidValue(keyPath: path.appending(key).description, value: text, expected: expected))
    }
}
