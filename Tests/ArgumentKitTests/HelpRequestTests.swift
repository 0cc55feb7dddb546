import ArgumentKit
import Testing

/// Which help, if any, a command line asks for.
@Suite("Asking for help and the version")
struct HelpRequestTests {
    /// The tree under test.
    let root = AgentViewCommand.root

    @Test(
        "-h or --help anywhere before '--' shows the help of the subcommand named",
        arguments: [["render", "-h"], ["render", "--out", "x", "--help"], ["render", "--bogus", "--help"]])
    func subcommandHelp(arguments: [String]) throws {
        #expect(try root.parse(arguments: arguments) == .help(root.helpText(for: ["render"])))
    }

    @Test("help wins over a missing required argument")
    func helpBeforeErrors() throws {
        #expect(try root.parse(arguments: ["diff", "--help"]) == .help(root.helpText(for: ["diff"])))
    }

    @Test(
        "when no subcommand is named, help is the root's, not the default subcommand's",
        arguments: [["--help"], ["-h"], ["--out", "x", "-h"]])
    func rootHelp(arguments: [String]) throws {
        #expect(try root.parse(arguments: arguments) == .help(root.helpText()))
    }

    @Test(
        "'help' followed by subcommand names shows their help; extra help flags are ignored",
        arguments: [
            (["help"], [String]()), (["help", "diff"], ["diff"]), (["help", "render", "--help"], ["render"]),
            (["help", "nonsense"], []),
        ])
    func helpSubcommand(arguments: [String], path: [String]) throws {
        #expect(try root.parse(arguments: arguments) == .help(root.helpText(for: path)))
    }

    @Test("--version prints the nearest declared version, from any subcommand")
    func version() throws {
        #expect(try root.parse(arguments: ["--version"]) == .version("0.4.0"))
        #expect(try root.parse(arguments: ["diff", "--version"]) == .version("0.4.0"))
    }

    @Test("a command with subcommands but no default shows its help when given nothing")
    func noDefaultSubcommand() throws {
        var root = AgentViewCommand.root
        root.defaultSubcommand = nil
        #expect(try root.parse(arguments: []) == .help(root.helpText()))
        #expect(usageError(["export"], root: root)?.message == "Unexpected argument 'export'")
    }
}
