/// A command line that does not fit the command it names, and which command that was.
///
/// ``message`` is the text after `Error: `; ``fullMessage(for:)`` is everything the tool prints
/// on stderr, usage included, before exiting with ``exitCode``.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The exit status for a usage error: `EX_USAGE` from `sysexits.h`, as swift-argument-parser uses.
    public static let exitCode: Int32 = 64

    /// The names of the command whose usage was broken, root first: `["agentview", "render"]`.
    public var commandPath: [String]
    /// What is wrong.
    public var reason: Reason

    /// Creates an error against the command at `commandPath`.
    public init(commandPath: [String], reason: Reason) {
        self.commandPath = commandPath
        self.reason = reason
    }

    /// The one-line description printed after `Error: `, worded as swift-argument-parser words it.
    public var message: String {
        reason.message
    }

    /// The same as ``message``, so that interpolating the error reads as what went wrong.
    public var description: String {
        message
    }
}
