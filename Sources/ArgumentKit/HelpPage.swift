/// The help screen of one command, laid out as swift-argument-parser lays it out.
///
/// The text is `OVERVIEW:`, `USAGE:`, then the `ARGUMENTS:`, `OPTIONS:` and `SUBCOMMANDS:`
/// sections that have entries, separated by blank lines. It is the very string
/// swift-argument-parser hands to `print`, trailing newline or not, so printing it with `print`
/// puts the same bytes on the terminal.
struct HelpPage: Equatable, Sendable {
    /// The command described, with the commands above it.
    var chain: CommandChain
    /// The number of columns to wrap text at.
    var width: Int

    /// The whole help text.
    var text: String {
        let sections = [argumentsSection, optionsSection, subcommandsSection]
            .map { $0.rendered(width: width) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
        return overviewBlock + "USAGE: \(chain.usage)\n\n" + sections + subcommandFooter
    }

    private var overviewBlock: String {
        var overview = chain.leaf.overview
        if let discussion = chain.leaf.discussion, !discussion.isEmpty {
            overview += overview.isEmpty ? "\n" + discussion : "\n\n" + discussion
        }
        guard !overview.isEmpty else { return "" }
        return "OVERVIEW: \(overview)".wrapped(to: width) + "\n\n"
    }

    private var argumentsSection: HelpSection {
        HelpSection(
            title: "ARGUMENTS",
            entries: chain.leaf.arguments.map { HelpEntry(label: $0.placeholder, text: $0.annotatedHelp) })
    }

    private var optionsSection: HelpSection {
        var entries = chain.leaf.options.map { HelpEntry(label: $0.helpLabel, text: $0.annotatedHelp) }
        if chain.version != nil {
            entries.append(HelpEntry(label: "--version", text: "Show the version."))
        }
        entries.append(HelpEntry(label: "-h, --help", text: "Show help information."))
        return HelpSection(title: "OPTIONS", entries: entries)
    }

    private var subcommandsSection: HelpSection {
        let fallback = chain.leaf.defaultSubcommand
        return HelpSection(
            title: "SUBCOMMANDS",
            entries: chain.leaf.subcommands.map { subcommand in
                let marker = subcommand.name == fallback ? " (default)" : ""
                return HelpEntry(label: subcommand.name + marker, text: subcommand.overview)
            })
    }

    private var subcommandFooter: String {
        guard !chain.leaf.subcommands.isEmpty else { return "" }
        var names = chain.names
        names.insert("help", at: 1)
        return "\n  See '\(names.joined(separator: " ")) <subcommand>' for detailed help."
    }
}
