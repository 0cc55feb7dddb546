import ArgumentKit
import Testing

/// A value option that may stand alone (`--redact`, meaning `--redact identities`).
@Suite("An option with an implicit value")
struct ImplicitValueTests {
    static let command = CommandSpec(
        name: "render", overview: "Renders.",
        arguments: [.optional("export", help: "The export.", default: "Samples")],
        options: [
            .value(
                "redact", valueName: "what", help: "Redact.", format: .oneOf(["identities", "messages", "all"]),
                implicit: "identities"),
            .flag("strict", help: "Strict."),
        ])
    static let root = CommandSpec(
        name: "agentview", overview: "Tool.", subcommands: [command], defaultSubcommand: "render")

    func parsed(_ arguments: [String]) throws -> ParsedCommand {
        try parsedCommand(arguments, root: Self.root)
    }

    @Test("Alone, before a positional or another option, it takes its implicit value")
    func alone() throws {
        #expect(try parsed(["--redact"]).value("redact") == "identities")
        let beforeExport = try parsed(["--redact", "exports/acme"])
        #expect(beforeExport.value("redact") == "identities" && beforeExport.positional("export") == "exports/acme")
        let beforeFlag = try parsed(["--redact", "--strict"])
        #expect(beforeFlag.value("redact") == "identities" && beforeFlag.flag("strict"))
    }

    @Test("A value it accepts, after it or after '=', is its value; not given, it reads as nil")
    func given() throws {
        #expect(try parsed(["--redact", "all"]).value("redact") == "all")
        #expect(try parsed(["--redact=messages", "x"]).value("redact") == "messages")
        #expect(try parsed([]).value("redact") == nil)
    }

    @Test("An attached value it does not accept is a usage error")
    func rejected() throws {
        #expect(throws: UsageError.self) { try Self.root.parse(arguments: ["--redact=names"]) }
    }

    @Test("A misspelt value after it, with a positional besides, is reported as its invalid value")
    func misspelt() throws {
        for typo in ["identites", "mesages", "al"] {
            for words in [["--redact", typo, "exports/acme"], ["exports/acme", "--redact", typo]] {
                #expect(
                    usageError(words, root: Self.root)?.message
                        == "The value '\(typo)' is invalid for '--redact <what>'. Please provide one of 'identities', 'messages' or 'all'."
                )
            }
            // Alone, the word may be a folder of that name: it is the positional, as before.
            let alone = try parsed(["--redact", typo, "--strict"])
            #expect(alone.positional("export") == typo && alone.value("redact") == "identities")
        }
        // A list of words is a value of a list option even when one is misspelt.
        var listed = Self.command
        listed.options[0].format = .listOf(["identities", "messages", "all", "ids"])
        let listRoot = CommandSpec(
            name: "agentview", overview: "Tool.", subcommands: [listed], defaultSubcommand: "render")
        for typo in ["all,id", "identites,ids"] {
            let message = usageError(["--redact", typo, "exports/acme"], root: listRoot)?.message
            #expect(message?.hasPrefix("The value '\(typo)' is invalid for '--redact <what>'") == true)
        }
        // A folder's name that is not close to a value stays the export.
        for folder in ["abc", "exports", "all-exports", "identities/2026", "messages.d", "a,b"] {
            let parsed = try parsed(["--redact", folder])
            #expect(parsed.positional("export") == folder && parsed.value("redact") == "identities")
        }
    }

    @Test("Help and usage show the value as optional and say what it means alone")
    func display() {
        let help = Self.root.helpText(for: ["render"], width: 200)
        #expect(help.contains("--redact [<what>]"))
        #expect(help.contains("Alone, it means 'identities'."))
    }
}
