import ArgumentKit
import Testing

/// Which command a command line selects and the values it reads.
@Suite("Parsing a command line")
struct ParsingTests {
    @Test(
        "words that name no subcommand select the default one",
        arguments: [[], ["--out", "x"], ["export"], ["--strict", "export"]])
    func defaultSubcommand(arguments: [String]) throws {
        #expect(try parsedCommand(arguments).commandPath == ["agentview", "render"])
    }

    @Test("a leading subcommand name selects it and the rest fill its arguments")
    func explicitSubcommand() throws {
        let parsed = try parsedCommand(["diff", "old-export", "new-export"])
        #expect(parsed.commandPath == ["agentview", "diff"])
        #expect(parsed.name == "diff")
        #expect(parsed.positional("OLD") == "old-export")
        #expect(parsed.positional("NEW") == "new-export")
    }

    @Test("nothing given reads as each option's and argument's default")
    func defaults() throws {
        let parsed = try parsedCommand([])
        #expect(parsed.positional("EXPORT_DIR") == ".")
        #expect(parsed.value("out") == "site")
        #expect(parsed.value("user") == nil)
        #expect(parsed.integer("active-ticket-cap") == 25)
        #expect(parsed.value("messaging") == "single")
        #expect(parsed.flag("strict") == false)
        #expect(parsed.values("placeholder-pattern") == [])
    }

    @Test(
        "an option's value may follow it, follow '=', or follow its short name",
        arguments: [["--out", "pages"], ["--out=pages"], ["-o", "pages"], ["-opages"]])
    func optionValueSpellings(arguments: [String]) throws {
        #expect(try parsedCommand(arguments).value("out") == "pages")
    }

    @Test("'--name=' gives the empty string, and a value may itself contain '='")
    func equalsEdgeCases() throws {
        #expect(try parsedCommand(["--user="]).value("user") == "")
        #expect(try parsedCommand(["--essentials-fields=a=b"]).value("essentials-fields") == "a=b")
    }

    @Test("a value option given twice keeps the last value, as swift-argument-parser does")
    func lastValueWins() throws {
        #expect(try parsedCommand(["--out", "first", "-o", "second"]).value("out") == "second")
    }

    @Test("a repeatable option keeps every value in command-line order")
    func repeatable() throws {
        let parsed = try parsedCommand([
            "--placeholder-pattern", "TBD", "export", "--placeholder-pattern=\\?\\?\\?", "--placeholder-pattern", "XXX",
        ])
        #expect(parsed.values("placeholder-pattern") == ["TBD", "\\?\\?\\?", "XXX"])
        #expect(parsed.positional("EXPORT_DIR") == "export")
    }

    @Test("flags are set by long name, short name, or within a group of short flags")
    func flags() throws {
        #expect(try parsedCommand(["--strict"]).flag("strict"))
        #expect(try parsedCommand(["-s"]).flag("strict"))
        let grouped = try parsedCommand(["-so", "pages"])
        #expect(grouped.flag("strict"))
        #expect(grouped.value("out") == "pages")
    }

    @Test("after '--' every word is positional, even one that looks like an option or help")
    func doubleDash() throws {
        let parsed = try parsedCommand(["diff", "--out", "report", "--", "--help", "-old"])
        #expect(parsed.positional("OLD") == "--help")
        #expect(parsed.positional("NEW") == "-old")
        #expect(parsed.value("out") == "report")
    }

    @Test("a lone '-' is a value, conventionally stdin, not an option")
    func loneDash() throws {
        #expect(try parsedCommand(["-"]).positional("EXPORT_DIR") == "-")
        #expect(try parsedCommand(["--user", "-"]).value("user") == "-")
    }

    @Test("allowed values and integers, negative ones too, are accepted when they fit", arguments: ["single", "multi"])
    func allowedValues(mode: String) throws {
        let parsed = try parsedCommand(["--messaging", mode, "--active-ticket-cap", "-3"])
        #expect(parsed.value("messaging") == mode)
        #expect(parsed.integer("active-ticket-cap") == -3)
    }

    @Test("an integer positional argument reads as a number")
    func integerPositional() throws {
        let root = CommandSpec(
            name: "tail", overview: "Show the last lines.",
            arguments: [.optional("COUNT", help: "How many lines.", default: "10", format: .integer)])
        #expect(try parsedCommand(["7"], root: root).integer(positional: "COUNT") == 7)
        #expect(try parsedCommand([], root: root).integer(positional: "COUNT") == 10)
    }

    @Test("a caller's own check reports against the parsed command, worded by the caller")
    func callerValidation() throws {
        let parsed = try parsedCommand(["diff", "a", "b", "--max-items", "0"])
        let error = parsed.usageError("Please list at least one change.")
        #expect(error == UsageError(commandPath: ["agentview", "diff"], reason: .validationFailed(error.message)))
        #expect(
            error.fullMessage(for: AgentViewCommand.root) == """
                Error: Please list at least one change.
                Usage: agentview diff <old> <new> [--out <dir>] [--max-items <n>]
                  See 'agentview diff --help' for more information.
                """)
        #expect(UsageError.exitCode == 64)
    }
}
