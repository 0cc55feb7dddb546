/// What a command line asks for: to run a command, or to see help or the version.
public enum ParseResult: Equatable, Sendable {
    /// Run the command, with the values the command line gave it.
    case command(ParsedCommand)
    /// Print this help text to stdout and exit successfully; `-h`, `--help` or `help` was given.
    case help(String)
    /// Print this version to stdout and exit successfully; `--version` was given.
    case version(String)
}
