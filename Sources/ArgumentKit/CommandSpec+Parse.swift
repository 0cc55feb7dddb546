extension CommandSpec {
    /// The width help is wrapped to; a fixed width keeps the output the same on every terminal.
    public static let helpWidth = 80

    /// Reads a command line against this command tree, this command being the root.
    ///
    /// Leading words that name subcommands select them: `["diff", "a", "b"]` selects `diff`.
    /// When the words name none, the default subcommand is selected, so `[]` and
    /// `["--out", "x"]` select it. Then, as in swift-argument-parser:
    /// - `-h` or `--help` anywhere before `--` asks for the help of the last command named
    ///   explicitly (the root's help, not the default subcommand's, when none was named);
    /// - `help` as the first word asks for the help of the subcommands named after it;
    /// - `--version` asks for the version, when a command on the way declares one;
    /// - a command that has subcommands but no default shows its help when given nothing else.
    ///
    /// - Parameter arguments: The command line without the tool's own name, such as
    ///   `CommandLine.arguments.dropFirst()`.
    public func parse(arguments: [String]) throws(UsageError) -> ParseResult {
        var chain = CommandChain(root: self)
        var rest = arguments[...]
        // The word the root's default subcommand was given first, had the user meant a command by it.
        var firstWordOfDefault: String?
        while true {
            if let word = rest.first, let next = chain.leaf.subcommand(named: word) {
                chain.append(next)
                rest = rest.dropFirst()
                continue
            }
            if chain.commands.count == 1, !subcommands.isEmpty, rest.first == "help" {
                return .help(HelpPage(chain: helpChain(naming: rest.dropFirst()), width: Self.helpWidth).text)
            }
            let optionWords = rest.prefix { $0 != "--" }
            if optionWords.contains(where: { $0 == "-h" || $0 == "--help" }) {
                return .help(HelpPage(chain: chain, width: Self.helpWidth).text)
            }
            if let version = chain.version, optionWords.contains("--version") {
                return .version(version)
            }
            guard let fallback = chain.leaf.fallbackSubcommand else { break }
            if chain.commands.count == 1, let word = rest.first, !word.hasPrefix("-") { firstWordOfDefault = word }
            chain.append(fallback)
        }
        if !chain.leaf.subcommands.isEmpty, rest.isEmpty {
            return .help(HelpPage(chain: chain, width: Self.helpWidth).text)
        }
        do {
            return .command(try ArgumentScanner(chain: chain).scan(rest))
        } catch {
            // `rendr SAMPLES` is no render of a folder named `rendr`: the stray word after it says so. Only then, and
            // only for a word a typo or two from a command's name (`merged-export` is a folder), is the command
            // suggested; any other error is the command's own (`--active-ticket-cap ten`).
            if case .unexpectedArguments = error.reason, let word = firstWordOfDefault,
                let meant = Spelling.closeMisspelling(of: word, among: subcommands.map(\.name))
            {
                throw UsageError(commandPath: [name], reason: .unknownCommand(word, suggestion: meant))
            }
            throw error
        }
    }

    /// The commands `help` was asked about: its words followed down from this command as far as
    /// they name subcommands, ignoring flags such as a redundant `--help`.
    private func helpChain(naming words: ArraySlice<String>) -> CommandChain {
        var chain = CommandChain(root: self)
        for word in words where !word.hasPrefix("-") {
            guard let next = chain.leaf.subcommand(named: word) else { break }
            chain.append(next)
        }
        return chain
    }
}
