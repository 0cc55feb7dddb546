import ArgumentKit

/// The `agentview` command tree as the CLI declares it, the realistic shape every test reads.
enum AgentViewCommand {
    /// The root: `render` by default, and `diff`.
    static let root = CommandSpec(
        name: "agentview",
        overview: "Turn a Zendesk export into the pages an agent sees.",
        version: "0.4.0",
        subcommands: [render, diff],
        defaultSubcommand: "render")

    /// `agentview render`: every kind of option, an optional argument with a default.
    static let render = CommandSpec(
        name: "render",
        overview: "Render an export into static HTML pages.",
        arguments: [
            .optional("EXPORT_DIR", help: "The folder holding the export.", default: ".")
        ],
        options: [
            .value("out", short: "o", valueName: "dir", help: "The folder to write the pages into.", default: "site"),
            .value("user", valueName: "key", help: "The agent to render for, by email or external ID."),
            .value("templates", valueName: "dir", help: "A folder of templates that override the built-in ones."),
            .value("time-zone", valueName: "tz", help: "The time zone dates are shown in.", default: "UTC"),
            .value(
                "active-ticket-cap", valueName: "n", help: "The most open tickets listed per requester.",
                default: "25", format: .integer),
            .value(
                "messaging", valueName: "mode", help: "How messaging conversations are threaded.", default: "single",
                format: .oneOf(["single", "multi"])),
            .value(
                "fail-on", valueName: "severity", help: "The least severe diagnostic that fails the run.",
                default: "error", format: .oneOf(["error", "warning", "note"])),
            .flag("strict", short: "s", help: "Treat every rule violation as an error."),
            .value("generated-at", valueName: "time", help: "The timestamp printed in page footers."),
            .value(
                "essentials-fields", valueName: "list",
                help: "The comma-separated custom fields shown in the essentials card of every ticket page.",
                default: "priority,status"),
            .repeatable(
                "placeholder-pattern", valueName: "pattern", help: "A regular expression for placeholder text."),
        ])

    /// `agentview diff`: two required arguments.
    static let diff = CommandSpec(
        name: "diff",
        overview: "Compare the pages of two exports.",
        arguments: [
            .required("OLD", help: "The earlier export."),
            .required("NEW", help: "The later export."),
        ],
        options: [
            .value("out", short: "o", valueName: "dir", help: "The folder to write the report into."),
            .value("max-items", valueName: "n", help: "The most changes listed.", default: "100", format: .integer),
        ])
}
