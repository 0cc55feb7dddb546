/// A problem found while reading an export, with the place it was found.
///
/// Printed in compiler form: `export/users.json:3:14: error: expected a string at
/// 'users[2].external_id', found a number`.
public typealias LoadError = LocatedError<LoadProblem>

/// What is wrong with an export file or a value in it.
public enum LoadProblem: LocatedErrorReason {
    /// The file is not valid JSON (or one NDJSON line is not).
    /// `withoutInput` is the same reason with nothing quoted from the file, for `--redact`.
    case syntax(String, withoutInput: String)
    /// A value the loader reads has the wrong JSON type.
    case wrongType(keyPath: String, expected: String, found: String)
    /// A key the record cannot do without is absent.
    case missingKey(keyPath: String)
    /// A value has the right type but cannot be understood (a date, an id).
    case invalidValue(keyPath: String, value: String, expected: String)
    /// No known export shape matches the file's top-level keys.
    case unrecognizedShape(keys: [String])
    /// The records carry no parent id and the file is not in the folder that gives it.
    case missingParent(records: String, expectedLocation: String)
    /// A list key of an export file appears twice in one object, so one of its lists would be lost.
    case repeatedKey(keyPath: String)
    /// The file or folder cannot be read.
    case unreadable(String)
    /// The export folder holds no `.json`, `.ndjson` or `.jsonl` file.
    case noExportFiles
    /// The folder given as the export is one AgentView wrote (a site, a shard's folder, a diff), with the kind
    /// its marker names: not an export.
    case renderedFolder(kind: String?)
    /// The folder's export files are all of unknown shapes (`package.json`, `README.json`): no export here.
    case noRecognisedFiles(count: Int)
}

extension LoadProblem {
    /// The reason as a lowercase sentence without a final period, user values in single quotes.
    public var message: String {
        switch self {
        case .syntax(let text, _):
            return "invalid JSON: \(text)"
        case .wrongType(let keyPath, let expected, let found):
            return "expected \(expected) at '\(keyPath)', found \(found)"
        case .missingKey(let keyPath):
            return "missing required key '\(keyPath)'"
        case .invalidValue(let keyPath, let value, let expected):
            return "invalid value '\(Self.shown(value))' at '\(keyPath)': expected \(expected)"
        case .unrecognizedShape(let keys):
            let listed = keys.prefix(Self.keysShown).map { "'\(Self.shown($0))'" }
            let more = keys.count > Self.keysShown ? " and \(keys.count - Self.keysShown) more" : ""
            let seen = keys.isEmpty ? "no top-level keys" : "top-level keys " + listed.joined(separator: ", ") + more
            return "unrecognised export file: saw \(seen); known shapes: \(ExportRecordRegistry.knownShapesSummary)"
        case .missingParent(let records, let expectedLocation):
            return "\(records) carry no parent id: put this file at '\(expectedLocation)'"
        case .repeatedKey(let keyPath):
            return
                "the key '\(keyPath)' appears twice in one object: one of its two lists would be silently lost; merge them into one"
        case .unreadable(let text):
            return "cannot read: \(text)"
        case .noExportFiles:
            return "no .json, .ndjson or .jsonl files found"
        case .noRecognisedFiles(let count):
            return count == 1
                ? "its one .json, .ndjson or .jsonl file is in no Zendesk or Sunshine Conversations export shape: is this the export folder?"
                : "none of its \(count) .json, .ndjson and .jsonl files is in a Zendesk or Sunshine Conversations export shape: is this the export folder?"
        case .renderedFolder(let kind) where kind?.hasPrefix(OutputMarker.shardKindPrefix) == true:
            return
                "this is a shard's folder AgentView wrote ('render --shard'), not an export: join the shards with 'agentview merge', or render the export it was made from"
        case .renderedFolder(let kind) where kind == "diff":
            return
                "this is a diff AgentView wrote, not an export: give 'agentview diff' the exports or rendered folders it compared"
        case .renderedFolder:
            return
                "this is a folder AgentView wrote, not an export: render the export it was made from, or compare two rendered folders with 'agentview diff'"
        }
    }

    /// The problem without anything quoted from inside the export's files, for `--redact` (docs/rules.md
    /// §12): a syntax error's quoted word, an invalid value and an unknown file's keys are left out; file
    /// paths, positions and the key paths the loader reads (its own key names and indices) stay.
    public var withoutValues: LoadProblem {
        switch self {
        case .syntax(_, let withoutInput):
            .syntax(withoutInput, withoutInput: withoutInput)
        case .invalidValue(let keyPath, _, let expected):
            .invalidValue(keyPath: keyPath, value: Self.valueNotQuoted, expected: expected)
        case .unrecognizedShape(let keys):
            .unrecognizedShape(keys: keys.isEmpty ? [] : ["\(keys.count) keys, not quoted under --redact"])
        case .wrongType, .missingKey, .missingParent, .repeatedKey, .unreadable, .noExportFiles, .renderedFolder,
            .noRecognisedFiles:
            self
        }
    }

    /// What an invalid value reads as under `--redact`.
    static let valueNotQuoted = "(not quoted under --redact)"

    /// How many of an unrecognised file's keys a message lists.
    static let keysShown = 10
    /// How many characters of a value a message quotes before cutting it short.
    static let valueCharactersShown = 80

    /// A value from input as a message quotes it, long values cut (the whole line is escaped for the
    /// terminal by `description`).
    static func shown(_ value: String) -> String {
        value.head(ifLongerThan: valueCharactersShown).map { $0 + "…" } ?? value
    }
}

/// Every problem found while loading an export; nothing is rendered when this is thrown.
public struct LoadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, in file order then position order.
    public var errors: [LoadError]

    /// Creates a failure from its problems.
    public init(errors: [LoadError]) { self.errors = errors }

    /// The failure with no value of the export quoted (``LoadProblem/withoutValues``), for `--redact`.
    public var withoutValues: LoadFailure {
        LoadFailure(
            errors: errors.map { error in
                var error = error
                error.reason = error.reason.withoutValues
                return error
            })
    }

    /// One line per problem.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
