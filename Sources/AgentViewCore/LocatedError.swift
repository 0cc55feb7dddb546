import JSONTree

/// A problem found in an input file (an export file, a snapshot), with the place it was found.
///
/// Printed in compiler form: `export/users.json:3:14: error: expected a string at 'users[2].external_id',
/// found a number`. File names, key paths and values come from input: the whole line is shown escaped, as
/// on every terminal line.
public struct LocatedError<Reason: LocatedErrorReason>: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path as the user would type it.
    public var path: String
    /// The 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// The 1-based column, or nil when the problem concerns the whole file.
    public var column: Int?
    /// What is wrong.
    public var reason: Reason

    /// Creates an error.
    public init(path: String, line: Int? = nil, column: Int? = nil, reason: Reason) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// An error at a byte offset of a file, with its line and column.
    init(path: String, offset: Int, in bytes: [UInt8], reason: Reason) {
        let position = TextPosition(offset: offset, in: bytes)
        self.init(path: path, line: position.line, column: position.column, reason: reason)
    }

    /// The message in compiler form.
    public var description: String {
        var location = path
        if let line, let column { location += ":\(line):\(column)" }
        return TerminalText.safe("\(location): error: \(reason.message)")
    }
}

/// What is wrong in a `LocatedError`: the problems every JSON object reader reports, and a message.
public protocol LocatedErrorReason: Equatable, Sendable {
    /// The reason as a lowercase sentence without a final period, values from input in single quotes.
    var message: String { get }
    /// A value has the wrong JSON type.
    static func wrongType(keyPath: String, expected: String, found: String) -> Self
    /// A key that cannot be done without is absent.
    static func missingKey(keyPath: String) -> Self
    /// A value has the right type but cannot be understood.
    static func invalidValue(keyPath: String, value: String, expected: String) -> Self
}
