import AgentViewCLI
import Foundation

// Before any thread starts, so that every thread leaves SIGINT/SIGTERM/SIGHUP to the cleanup.
CLI.handleInterruptions()
// Progress shows only when stderr is a terminal; scripts and CI logs get the summary alone.
exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst()), terminal: isatty(STDERR_FILENO) == 1))
