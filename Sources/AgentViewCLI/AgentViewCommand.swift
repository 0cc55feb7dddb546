import AgentViewCore
import ArgumentKit

/// The `agentview` command tree: its options, help texts and defaults.
enum AgentViewCommand {
    /// The sample export rendered by a plain `agentview`.
    static let defaultExport = "Samples"
    /// The folder a plain `agentview` renders into.
    static let defaultOutput = "Output"
    /// The folder `agentview diff` writes `diff.html` and `diff.md` into.
    static let defaultDiffOutput = "Diff"

    static let diff = CommandSpec(
        name: "diff",
        overview: "Show what agents would see differently between two renders or exports.",
        discussion:
            "OLD and NEW are each a rendered folder (with snapshot.json), a snapshot.json file, or an export folder rendered in memory with the settings below. Writes diff.html and diff.md, prints the Markdown summary, and exits 0 when nothing changed, 1 when something did, 2 on trouble.",
        arguments: [
            .required("old", help: "The earlier side: a rendered folder, a snapshot.json, or an export folder."),
            .required("new", help: "The later side: a rendered folder, a snapshot.json, or an export folder."),
        ],
        options: [
            .value(
                "out", short: "o", valueName: "dir", help: "The folder to write diff.html and diff.md into.",
                default: defaultDiffOutput),
            .value(
                "max-items", valueName: "n", help: "The most changes listed per group; the rest are counted.",
                default: "20", format: .integer),
            .value(
                "active-ticket-cap", valueName: "n", help: "The cap used when a side is an export folder.",
                default: "100", format: .integer),
            .value(
                "messaging", valueName: "mode",
                help:
                    "The messaging mode used when a side is an export folder (default: the export's Sunshine Conversations app, else single).",
                format: .oneOf(Settings.MessagingMode.allCases.map(\.rawValue))),
        ])

    static let render = CommandSpec(
        name: "render",
        overview: "Render an export into pages and snapshot.json showing how agents see each end user.",
        arguments: [
            .optional(
                "export-dir",
                help: "The export folder to read, searched recursively for .json, .ndjson and .jsonl files.",
                default: defaultExport)
        ],
        options: [
            .value(
                "out", short: "o", valueName: "path",
                help:
                    "The folder to write, replaced whole once rendering succeeded, or with --user the report file (default: Output, or <kind>-<id>.html with --user)."
            ),
            .value(
                "active-ticket-cap", valueName: "n",
                help: "How many active tickets at most carry the check mark at once.", default: "100", format: .integer),
            .value(
                "messaging", valueName: "mode",
                help:
                    "Whether the account uses single- or multi-conversation messaging (default: the export's Sunshine Conversations app's multiConvoEnabled, else single).",
                format: .oneOf(Settings.MessagingMode.allCases.map(\.rawValue))),
            .value(
                "time-zone", valueName: "zone", help: "The IANA time zone pages show times in, with their offset.",
                default: "UTC"),
            .value(
                "templates", valueName: "dir",
                help: "A folder laid out like Templates/ to render with instead of the templates built into agentview."),
            .value(
                "essentials-fields", valueName: "list",
                help:
                    "The essentials card's extra fields in order, comma-separated, from phone, organization, time-zone and language.",
                default: Settings.defaultEssentialsFields.joined(separator: ",")),
            .repeatable(
                "placeholder-pattern", valueName: "pattern",
                help:
                    "A generated name that an authenticated user should not carry, with * matching any text; repeat it to give several, replacing the defaults ('Web User *', 'Visitor *', 'Mobile App User*', 'Caller *')."
            ),
            .value(
                "main-brand", valueName: "id",
                help:
                    "The main brand's id, the only brand where help-center authentication applies (default: the lowest brand id on the tickets)."
            ),
            .value(
                "generated-at", valueName: "time",
                help:
                    "Put this ISO 8601 time on the pages as when they were generated (default: SOURCE_DATE_EPOCH if set, else no time, so output never depends on the clock)."
            ),
            .value(
                "fail-on", valueName: "severity",
                help:
                    "Exit 2, after writing the output, when a diagnostic of this severity or worse exists (default: never).",
                format: .oneOf(Diagnostic.Severity.allCases.reversed().map(\.rawValue))),
            .flag(
                "strict",
                help:
                    "Exit 2, after writing the output, when the data raises a diagnostic of severity error (the same as --fail-on error)."
            ),
            .flag(
                "quiet", short: "q",
                help: "Print nothing on success: no progress and no summary; errors are still printed."),
            .value(
                "user", valueName: "key",
                help:
                    "Write only a one-user report, a single self-contained HTML file, for the user with this key (support:<id> or messaging:<id>)."
            ),
        ])

    static let root = CommandSpec(
        name: "agentview",
        overview: "Show how Zendesk agents will see each messaging end user, from Support and messaging exports.",
        version: "agentview \(ToolVersion.current)",
        subcommands: [render, diff],
        defaultSubcommand: "render")
}
