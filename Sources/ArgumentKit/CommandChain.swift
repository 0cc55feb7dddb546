/// The commands from the root down to the one being parsed or described.
///
/// Help and messages need the whole chain, not just the last command: the usage line starts with
/// every name on it, and `--version` belongs to every command below one that declares a version.
struct CommandChain: Equatable, Sendable {
    /// The commands, root first; never empty.
    private(set) var commands: [CommandSpec]

    /// Starts a chain at the root command.
    init(root: CommandSpec) {
        commands = [root]
    }

    /// Follows `path`, a list of subcommand names below the root, or returns `nil` if one of
    /// them does not exist.
    init?(root: CommandSpec, path: some Sequence<String>) {
        self.init(root: root)
        for name in path {
            guard let next = leaf.subcommand(named: name) else { return nil }
            commands.append(next)
        }
    }

    /// The command the chain ends at.
    var leaf: CommandSpec {
        commands[commands.count - 1]
    }

    /// Every command's name, root first: `["agentview", "render"]`.
    var names: [String] {
        commands.map(\.name)
    }

    /// The names joined as the user types them: `agentview render`.
    var invocation: String {
        names.joined(separator: " ")
    }

    /// The version of the nearest command that declares one.
    var version: String? {
        commands.last { $0.version != nil }?.version
    }

    /// Descends into `subcommand`, which must be one of the leaf's subcommands.
    mutating func append(_ subcommand: CommandSpec) {
        commands.append(subcommand)
    }
}
