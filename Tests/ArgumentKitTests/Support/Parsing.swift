import ArgumentKit
import Testing

/// Parses `arguments` against the `agentview` tree, expecting a command to run.
func parsedCommand(
    _ arguments: [String], root: CommandSpec = AgentViewCommand.root, sourceLocation: SourceLocation = #_sourceLocation
) throws -> ParsedCommand {
    let result = try root.parse(arguments: arguments)
    guard case .command(let parsed) = result else {
        Issue.record("expected a command to run, got \(result)", sourceLocation: sourceLocation)
        throw ExpectedCommand()
    }
    return parsed
}

/// Parses `arguments` against the `agentview` tree, expecting a usage error, and returns it.
func usageError(
    _ arguments: [String], root: CommandSpec = AgentViewCommand.root, sourceLocation: SourceLocation = #_sourceLocation
) -> UsageError? {
    do {
        let result = try root.parse(arguments: arguments)
        Issue.record("expected a usage error, got \(result)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Thrown after recording an issue, to end a test whose command line did not select a command.
struct ExpectedCommand: Error {}
