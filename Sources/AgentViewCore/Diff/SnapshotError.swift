/// Why a file is not a `snapshot.json` that `diff` can compare, and where.
///
/// Printed in compiler form, like ``LoadError``: `old/snapshot.json:12:5: error: expected a boolean at
/// 'users[3].authenticated', found a string`.
public typealias SnapshotError = LocatedError<SnapshotProblem>

/// What is wrong with a snapshot file or a value in it.
public enum SnapshotProblem: LocatedErrorReason {
    /// The file is not valid JSON.
    /// `withoutInput` is the same reason with nothing quoted from the file, for `--redact`.
    case syntax(String, withoutInput: String)
    /// The `schema` value is not ``Snapshot/schema``; nil when there is no `schema` key.
    case wrongSchema(found: String?)
    /// A value has the wrong JSON type.
    case wrongType(keyPath: String, expected: String, found: String)
    /// A key the comparison cannot do without is absent.
    case missingKey(keyPath: String)
    /// A value has the right type but cannot be understood (a user key, a rank, a repeated id).
    case invalidValue(keyPath: String, value: String, expected: String)
    /// The file cannot be read.
    case unreadable(String)

    /// The problem without a value quoted from the file, for `diff --redact`: a snapshot rendered without
    /// --redact holds the export's values, and its errors must not quote them.
    public var withoutValues: SnapshotProblem {
        switch self {
        case .syntax(_, let withoutInput): .syntax(withoutInput, withoutInput: withoutInput)
        case .wrongSchema(let found?): .wrongSchema(found: found.isEmpty ? found : "(not quoted under --redact)")
        case .invalidValue(let keyPath, _, let expected):
            .invalidValue(keyPath: keyPath, value: "(not quoted under --redact)", expected: expected)
        case .wrongSchema(nil), .wrongType, .missingKey, .unreadable: self
        }
    }

    /// The reason as a lowercase sentence without a final period, values in single quotes.
    public var message: String {
        switch self {
        case .syntax(let text, _):
            "invalid JSON: \(LookalikeText.cut(text, after: 1_000))"
        case .wrongSchema(let found?):
            "not an AgentView snapshot: schema is '\(LookalikeText.cut(found))', expected '\(Snapshot.schema)'"
        case .wrongSchema(nil):
            "not an AgentView snapshot: no 'schema' key, expected '\(Snapshot.schema)'"
        case .wrongType(let keyPath, let expected, let found):
            "expected \(expected) at '\(keyPath)', found \(found)"
        case .missingKey(let keyPath):
            "missing required key '\(keyPath)'"
        case .invalidValue(let keyPath, let value, let expected):
            // Cut as pages cut values: a hostile snapshot's 200 MB value must not become a line of the CI log.
            "invalid value '\(LookalikeText.cut(value))' at '\(keyPath)': expected \(expected)"
        case .unreadable(let text):
            "cannot read: \(text)"
        }
    }
}
