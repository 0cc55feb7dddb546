/// The declaration of a command: what it is for, what it accepts, and its subcommands.
///
/// A tree of these values is the whole command-line interface. ``parse(arguments:)`` reads a
/// command line against it and ``helpText(for:width:)`` renders its help, both in the layout
/// swift-argument-parser prints.
public struct CommandSpec: Equatable, Sendable {
    /// The word that invokes the command: the tool's name for the root, `render` for a subcommand.
    public var name: String
    /// One sentence saying what the command does, shown after `OVERVIEW:` and in the parent's
    /// `SUBCOMMANDS:` list.
    public var overview: String
    /// Paragraphs shown after the overview in the command's own help.
    public var discussion: String?
    /// The version printed for `--version`; a subcommand inherits its nearest ancestor's.
    public var version: String?
    /// The positional arguments, in command-line order.
    public var arguments: [ArgumentSpec]
    /// The named options, in the order help lists them.
    public var options: [OptionSpec]
    /// The commands one level below this one.
    public var subcommands: [CommandSpec]
    /// The name of the subcommand run when the command line names none.
    public var defaultSubcommand: String?

    /// Creates a command.
    public init(
        name: String,
        overview: String,
        discussion: String? = nil,
        version: String? = nil,
        arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [],
        subcommands: [CommandSpec] = [],
        defaultSubcommand: String? = nil
    ) {
        self.name = name
        self.overview = overview
        self.discussion = discussion
        self.version = version
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.defaultSubcommand = defaultSubcommand
    }
}
