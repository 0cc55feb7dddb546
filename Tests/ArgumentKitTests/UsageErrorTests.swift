import ArgumentKit
import Testing

/// Each misuse's error value and the exact text the tool prints for it.
@Suite("Usage errors")
struct UsageErrorTests {
    /// The path of an error against the default subcommand.
    static let render = ["agentview", "render"]
    /// The path of an error against `diff`.
    static let diff = ["agentview", "diff"]

    /// One case per kind of misuse: the command line, the error, and the message it prints.
    static let cases: [(arguments: [String], error: UsageError, message: String)] = [
        (
            ["--otu", "x"], UsageError(commandPath: render, reason: .unknownOption("--otu", suggestion: "--out")),
            "Unknown option '--otu'. Did you mean '--out'?"
        ),
        (
            ["--verbose"], UsageError(commandPath: render, reason: .unknownOption("--verbose", suggestion: nil)),
            "Unknown option '--verbose'"
        ),
        (
            ["-x"], UsageError(commandPath: render, reason: .unknownOption("-x", suggestion: nil)),
            "Unknown option '-x'"
        ),
        (
            ["--out"], UsageError(commandPath: render, reason: .missingValue(option: "--out", valueName: "dir")),
            "Missing value for '--out <dir>'"
        ),
        (
            ["-o", "--strict"], UsageError(commandPath: render, reason: .missingValue(option: "-o", valueName: "dir")),
            "Missing value for '-o <dir>'"
        ),
        (
            ["--strict=yes"],
            UsageError(commandPath: render, reason: .unexpectedValue(option: "--strict", value: "yes")),
            "The option '--strict' does not take any value, but 'yes' was specified."
        ),
        // A misspelt command runs the default one with a stray word: the command is what was meant.
        (
            ["rendr", "export"],
            UsageError(commandPath: ["agentview"], reason: .unknownCommand("rendr", suggestion: "render")),
            "Unknown command 'rendr'. Did you mean 'render'?"
        ),
        (
            ["dif", "a", "b"],
            UsageError(commandPath: ["agentview"], reason: .unknownCommand("dif", suggestion: "diff")),
            "Unknown command 'dif'. Did you mean 'diff'?"
        ),
        (
            ["export", "extra"], UsageError(commandPath: render, reason: .unexpectedArguments(["extra"])),
            "Unexpected argument 'extra'"
        ),
        (
            ["diff", "a", "b", "c", "d"], UsageError(commandPath: diff, reason: .unexpectedArguments(["c", "d"])),
            "2 unexpected arguments: 'c', 'd'"
        ),
        (
            ["diff", "a"], UsageError(commandPath: diff, reason: .missingArgument("NEW")),
            "Missing expected argument '<new>'"
        ),
        (
            ["diff"], UsageError(commandPath: diff, reason: .missingArgument("OLD")),
            "Missing expected argument '<old>'"
        ),
        (
            ["--messaging", "both"],
            UsageError(
                commandPath: render,
                reason: .invalidOptionValue(
                    "both", option: "--messaging", valueName: "mode", allowedValues: ["single", "multi"])),
            "The value 'both' is invalid for '--messaging <mode>'. Please provide one of 'single' and 'multi'."
        ),
        (
            ["--fail-on=fatal"],
            UsageError(
                commandPath: render,
                reason: .invalidOptionValue(
                    "fatal", option: "--fail-on", valueName: "severity", allowedValues: ["error", "warning", "note"])),
            "The value 'fatal' is invalid for '--fail-on <severity>'. Please provide one of 'error', 'warning' or 'note'."
        ),
        (
            ["--active-ticket-cap", "abc"],
            UsageError(
                commandPath: render,
                reason: .invalidOptionValue("abc", option: "--active-ticket-cap", valueName: "n", allowedValues: [])),
            "The value 'abc' is invalid for '--active-ticket-cap <n>'"
        ),
    ]

    @Test("each misuse is its own error value with swift-argument-parser's wording", arguments: cases)
    func misuse(arguments: [String], error: UsageError, message: String) {
        let thrown = usageError(arguments)
        #expect(thrown == error)
        #expect(thrown?.message == message)
    }

    @Test("the first misuse in command-line order is the one reported")
    func firstMisuseWins() {
        #expect(usageError(["--otu", "--messaging", "both"])?.reason == .unknownOption("--otu", suggestion: "--out"))
        #expect(
            usageError(["diff", "--max-items", "x"])?.reason.message == "The value 'x' is invalid for '--max-items <n>'"
        )
    }

    @Test("an invalid positional value names the argument's placeholder")
    func invalidPositional() {
        let root = CommandSpec(
            name: "tail", overview: "Show the last lines.",
            arguments: [.required("COUNT", help: "How many lines.", format: .integer)])
        let error = usageError(["ten"], root: root)
        #expect(
            error
                == UsageError(
                    commandPath: ["tail"], reason: .invalidArgumentValue("ten", argument: "COUNT", allowedValues: [])))
        #expect(
            error?.fullMessage(for: root) == """
                Error: The value 'ten' is invalid for '<count>'
                Help:  <count>  How many lines.
                Usage: tail <count>
                  See 'tail --help' for more information.
                """)
    }

    @Test("six or more allowed values are listed one per line")
    func manyAllowedValues() {
        let reason = UsageError.Reason.invalidOptionValue(
            "x", option: "--level", valueName: "level", allowedValues: ["0", "1", "2", "3", "4", "5"])
        #expect(
            reason.message == """
                The value 'x' is invalid for '--level <level>'. Please provide one of the following:
                  - 0
                  - 1
                  - 2
                  - 3
                  - 4
                  - 5
                """)
    }

    @Test("the full message is the error, the usage of the command it selected, and where to find help")
    func fullMessageWithoutHelpLine() {
        #expect(
            usageError(["diff", "a", "b", "--otu"])?.fullMessage(for: AgentViewCommand.root) == """
                Error: Unknown option '--otu'. Did you mean '--out'?
                Usage: agentview diff <old> <new> [--out <dir>] [--max-items <n>]
                  See 'agentview diff --help' for more information.
                """)
    }

    @Test("a missing or invalid value adds a Help line quoting the option's help sentence")
    func fullMessageWithHelpLine() {
        #expect(
            usageError(["diff", "a", "b", "-o"])?.fullMessage(for: AgentViewCommand.root) == """
                Error: Missing value for '-o <dir>'
                Help:  -o <dir>  The folder to write the report into.
                Usage: agentview diff <old> <new> [--out <dir>] [--max-items <n>]
                  See 'agentview diff --help' for more information.
                """)
        #expect(
            usageError(["diff", "a"])?.fullMessage(for: AgentViewCommand.root) == """
                Error: Missing expected argument '<new>'
                Help:  <new>  The later export.
                Usage: agentview diff <old> <new> [--out <dir>] [--max-items <n>]
                  See 'agentview diff --help' for more information.
                """)
    }

    /// An export folder whose name starts like a command, or a word far from any, keeps the command's own error.
    @Test(arguments: [["merged-export", "extra"], ["d", "a", "b"], ["diffs-2024", "x"]])
    func aFolderNameIsNoMisspeltCommand(arguments: [String]) {
        let error = usageError(arguments)
        #expect(error?.commandPath == Self.render)
        if case .unexpectedArguments = error?.reason {} else { Issue.record("got \(String(describing: error))") }
    }

    /// Only a stray argument says the first word was meant as a command; an option's error stays the option's.
    @Test func anOptionsErrorIsNotTakenForAMisspeltCommand() {
        let error = usageError(["rendr", "--out"])
        #expect(error?.reason == .missingValue(option: "--out", valueName: "dir"))
    }

    @Test("misuse of the default subcommand shows that subcommand's usage")
    func defaultSubcommandUsage() {
        let message = usageError(["--messaging", "both"])?.fullMessage(for: AgentViewCommand.root)
        #expect(
            message == """
                Error: The value 'both' is invalid for '--messaging <mode>'. Please provide one of 'single' and 'multi'.
                Help:  --messaging <mode>  How messaging conversations are threaded.
                Usage: \(AgentViewCommand.root.usage(for: ["render"]))
                  See 'agentview render --help' for more information.
                """)
        #expect(message?.contains("Usage: agentview render [<export-dir>] [--out <dir>] ") == true)
    }
}
