import AgentViewCLI
import Foundation

// Before any thread starts, so that every thread leaves SIGINT/SIGTERM/SIGHUP to the cleanup.
CLI.handleInterruptions()
// Progress shows only when stderr is a terminal; scripts and CI logs get the summary alone.
// The process ends right after the command, so the command's large values are left to the kernel to take back.
// A global, never released: a temporary passed to `run` was released, freeing them all, before `exit`.
let untilExit = UntilExit()
exit(
    CLI.run(
        arguments: Array(CommandLine.arguments.dropFirst()), terminal: isatty(STDERR_FILENO) == 1,
        untilExit: untilExit))
