extension CommandSpec {
    /// The subcommand called `name`, if there is one.
    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    /// The subcommand run when the command line names none, if the command has one.
    var fallbackSubcommand: CommandSpec? {
        defaultSubcommand.flatMap(subcommand(named:))
    }

    /// The option with the long name `name` (no dashes).
    func option(long name: some StringProtocol) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// The option with the short name `letter`.
    func option(short letter: Character) -> OptionSpec? {
        options.first { $0.shortName == letter }
    }

    /// The option as the user spelled it: `--out` or `-o`.
    func option(spelled spelling: String) -> OptionSpec? {
        if spelling.hasPrefix("--") { return option(long: spelling.dropFirst(2)) }
        guard spelling.count == 2, let letter = spelling.last else { return nil }
        return option(short: letter)
    }

    /// The positional argument called `name`.
    func argument(named name: String) -> ArgumentSpec? {
        arguments.first { $0.name == name }
    }
}
