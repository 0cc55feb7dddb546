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
            "OLD and NEW are each a rendered folder (with snapshot.json), a snapshot.json file, or an export folder rendered in memory with the settings below, which are render's: give the options the render was made with. With two rendered sides, which carry their own, the settings that decide marks are refused (exit 64). Writes diff.html and diff.md, prints the Markdown summary, and exits 0 when nothing changed, 1 when something did, 2 on trouble.",
        arguments: [
            .required("old", help: "The earlier side: a rendered folder, a snapshot.json, or an export folder."),
            .required("new", help: "The later side: a rendered folder, a snapshot.json, or an export folder."),
        ],
        options: [
            .value(
                "out", short: "o", valueName: "dir", help: "The folder to write diff.html and diff.md into.",
                default: defaultDiffOutput),
            .value(
                "max-items", valueName: "n",
                help:
                    "The most items listed per group (changes that read alike, such as one user's tickets crossing the cap, are one item); the rest are counted. The Markdown summary also stops listing at \(DiffSummary.defaultMaxBytes) bytes, keeping every heading and count.",
                default: "20", format: .integer),
            .flag(
                "quiet", short: "q",
                help:
                    "Print only the Markdown summary: not the line saying where diff.html and diff.md were written; errors are still printed."
            ),
        ] + SettingsOptions.options)

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
                    "The folder to write, replaced whole once rendering succeeded, or with --user the report file, outside any folder AgentView wrote, which replaces only an empty file or an earlier report (default: Output, or <kind>-<id>.html with --user)."
            )
        ] + SettingsOptions.options + [
            .value(
                "templates", valueName: "dir",
                help: "A folder laid out like Templates/ to render with instead of the templates built into agentview."),
            .value(
                "generated-at", valueName: "time",
                help:
                    "Put this ISO 8601 time on the pages as when they were generated (default: SOURCE_DATE_EPOCH if set, else no time, so output never depends on the clock)."
            ),
        ] + FailOnOptions.options + [
            .value(
                "user", valueName: "key",
                help:
                    "Write only a one-user report, a single self-contained HTML file, for the user with this key (support:<id> or messaging:<id>)."
            ),
            .value(
                "shard", valueName: "k/n",
                help:
                    "Render only shard k of n (1 ≤ k ≤ n ≤ 1000): the users whose key hashes to it, their tickets and pages, and a shard.json that 'agentview merge' joins; 'auto' reads CI_NODE_INDEX (from 1) and CI_NODE_TOTAL. Needs --out; not with --user, --fail-on or --strict (give the last two to merge)."
            ),
        ])

    static let merge = CommandSpec(
        name: "merge",
        overview: "Join the shard folders of 'render --shard k/n' into the site one render would write.",
        discussion:
            "Give every shard folder of one split, in any order. Writes the user list, the diagnostics and snapshot.json from the shards' shard.json files and puts the shards' pages in; the result is byte for byte what 'agentview render' writes. Refuses (exit 1, saying which) a shard missing or given twice, shards of different splits, exports or settings, folders that are not shard folders, and a shard folder holding a link or a special file where its shard.json or pages should be.",
        arguments: [
            .variadic("shard-dir", help: "A shard folder written by 'agentview render --shard k/n'.")
        ],
        options: [
            .value(
                "out", short: "o", valueName: "dir",
                help: "The folder to write, replaced whole once merging succeeded.",
                default: defaultOutput),
            .value(
                "templates", valueName: "dir",
                help: "The templates folder the shards were rendered with, when they were given --templates."),
        ] + FailOnOptions.options)

    static let root = CommandSpec(
        name: "agentview",
        overview: "Show how Zendesk agents will see each messaging end user, from Support and messaging exports.",
        version: "agentview \(ToolVersion.current)",
        subcommands: [render, diff, merge],
        defaultSubcommand: "render")
}
