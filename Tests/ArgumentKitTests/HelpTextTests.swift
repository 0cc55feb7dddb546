import ArgumentKit
import Testing

/// The help screens, compared whole so that any change of layout fails a test.
@Suite("Help text")
struct HelpTextTests {
    @Test("the root lists its subcommands, marks the default, and points at 'help <subcommand>'")
    func rootHelp() {
        #expect(
            AgentViewCommand.root.helpText() == """
                OVERVIEW: Turn a Zendesk export into the pages an agent sees.

                USAGE: agentview <subcommand>

                OPTIONS:
                  --version               Show the version.
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  render (default)        Render an export into static HTML pages.
                  diff                    Compare the pages of two exports.

                  See 'agentview help <subcommand>' for detailed help.
                """)
    }

    @Test("a subcommand shows arguments and options in columns, with values, defaults and wrapping")
    func renderHelp() {
        // The usage line is never wrapped, as in swift-argument-parser; the help column wraps at 80.
        #expect(
            AgentViewCommand.root.helpText(for: ["render"]) == """
                OVERVIEW: Render an export into static HTML pages.

                USAGE: agentview render [<export-dir>] [--out <dir>] [--user <key>] [--templates <dir>] \
                [--time-zone <tz>] [--active-ticket-cap <n>] [--messaging <mode>] [--fail-on <severity>] [--strict] \
                [--generated-at <time>] [--essentials-fields <list>] [--placeholder-pattern <pattern> ...]

                ARGUMENTS:
                  <export-dir>            The folder holding the export. (default: .)

                OPTIONS:
                  -o, --out <dir>         The folder to write the pages into. (default: site)
                  --user <key>            The agent to render for, by email or external ID.
                  --templates <dir>       A folder of templates that override the built-in ones.
                  --time-zone <tz>        The time zone dates are shown in. (default: UTC)
                  --active-ticket-cap <n> The most open tickets listed per requester. (default:
                                          25)
                  --messaging <mode>      How messaging conversations are threaded. (values:
                                          single, multi; default: single)
                  --fail-on <severity>    The least severe diagnostic that fails the run.
                                          (values: error, warning, note; default: error)
                  -s, --strict            Treat every rule violation as an error.
                  --generated-at <time>   The timestamp printed in page footers.
                  --essentials-fields <list>
                                          The comma-separated custom fields shown in the
                                          essentials card of every ticket page. (default:
                                          priority,status)
                  --placeholder-pattern <pattern>
                                          A regular expression for placeholder text.
                  --version               Show the version.
                  -h, --help              Show help information.

                """)
    }

    @Test("required arguments are unbracketed in usage and have no default")
    func diffHelp() {
        #expect(
            AgentViewCommand.root.helpText(for: ["diff"]) == """
                OVERVIEW: Compare the pages of two exports.

                USAGE: agentview diff <old> <new> [--out <dir>] [--max-items <n>]

                ARGUMENTS:
                  <old>                   The earlier export.
                  <new>                   The later export.

                OPTIONS:
                  -o, --out <dir>         The folder to write the report into.
                  --max-items <n>         The most changes listed. (default: 100)
                  --version               Show the version.
                  -h, --help              Show help information.

                """)
    }

    @Test("the overview and discussion wrap at 80 columns without indent; no version means no --version")
    func discussionWraps() {
        let command = CommandSpec(
            name: "tidy",
            overview: "Remove generated pages that no longer correspond to any ticket in the export folder.",
            discussion: "Nothing is deleted unless --force is given.\nRun it after every render.",
            options: [.flag("force", help: "Delete rather than list.")])
        #expect(
            command.helpText() == """
                OVERVIEW: Remove generated pages that no longer correspond to any ticket in the
                export folder.

                Nothing is deleted unless --force is given.
                Run it after every render.

                USAGE: tidy [--force]

                OPTIONS:
                  --force                 Delete rather than list.
                  -h, --help              Show help information.

                """)
    }

    @Test("a nested command's help names the whole path, and its parent's footer says 'help' after the root")
    func nestedHelp() {
        let root = CommandSpec(
            name: "tool", overview: "A tool.",
            subcommands: [
                CommandSpec(
                    name: "cache", overview: "Manage the cache.",
                    subcommands: [CommandSpec(name: "clear", overview: "Empty the cache.")])
            ])
        #expect(
            root.helpText(for: ["cache"]) == """
                OVERVIEW: Manage the cache.

                USAGE: tool cache <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  clear                   Empty the cache.

                  See 'tool help cache <subcommand>' for detailed help.
                """)
        #expect(root.usage(for: ["cache", "clear"]) == "tool cache clear")
    }

    @Test("more than 12 usage items collapse the options into [<options>], keeping the arguments")
    func usageCollapses() {
        let options = (1...12).map { OptionSpec.flag("flag-\($0)", help: "Flag \($0).") }
        let command = CommandSpec(
            name: "many", overview: "Many options.", arguments: [.required("INPUT", help: "The input.")],
            options: options)
        #expect(command.usage() == "many [<options>] <input>")
        #expect(CommandSpec(name: "many", overview: "", options: options).usage().hasSuffix("[--flag-12]"))
    }
}
