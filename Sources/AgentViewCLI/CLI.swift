import AgentViewCore
import ArgumentKit
import Foundation

/// The `agentview` program: parses arguments, runs a command, and returns the exit code.
///
/// Exit codes: 0 success, 1 runtime failure (the export cannot be loaded or output written),
/// 64 misuse (as `sysexits.h` EX_USAGE).
public enum CLI {
    /// Exit code for a runtime failure.
    public static let failure: Int32 = 1
    /// Exit code when `--fail-on` finds a diagnostic at or above its severity (after writing the output).
    public static let diagnosticsFailed: Int32 = 2
    /// Exit code for misuse of the command line.
    public static let usage: Int32 = 64

    /// Makes SIGINT, SIGTERM and SIGHUP remove half-written output before the process ends; call it
    /// first in `main`, before any other thread starts.
    public static func handleInterruptions() {
        Interruption.shared.install()
    }

    /// Runs the program with arguments (without the program name); writes to the given streams.
    /// `terminal` says that `errors` is a terminal, where long work shows its progress as it happens.
    /// `untilExit`, given only by a caller that ends the process right after, keeps the large values a
    /// command built or read (the view of an export, the shard files of a merge) instead of freeing them.
    public static func run(
        arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        output: (String) -> Void = { print($0, terminator: "") },
        errors: (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
        terminal: Bool = false, untilExit: UntilExit? = nil
    ) -> Int32 {
        let result: ParseResult
        do {
            result = try AgentViewCommand.root.parse(arguments: arguments)
        } catch {
            errors(error.fullMessage(for: AgentViewCommand.root) + "\n")
            return usage
        }
        switch result {
        case .help(let text), .version(let text):
            output(text.hasSuffix("\n") ? text : text + "\n")
            return 0
        case .command(let command):
            switch command.name {
            case "render":
                return RenderCommand(
                    command: command, environment: environment, terminal: terminal, untilExit: untilExit
                ).run(errors: errors)
            case "merge":
                return MergeCommand(command: command, terminal: terminal, untilExit: untilExit).run(errors: errors)
            case "diff":
                return DiffCommand(command: command, environment: environment).run(output: output, errors: errors)
            default:
                errors("Error: unknown command '\(command.name)'\n")
                return usage
            }
        }
    }
}
