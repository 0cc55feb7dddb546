extension UsageError {
    /// Everything the tool prints on stderr for this error, laid out as swift-argument-parser
    /// lays it out; `print` it as it is.
    ///
    /// ```
    /// Error: Missing value for '--out <dir>'
    /// Help:  --out <dir>  The folder to write the pages into.
    /// Usage: agentview render [<export-dir>] [--out <dir>] …
    ///   See 'agentview render --help' for more information.
    /// ```
    ///
    /// The `Help:` line appears, as it does there, for a missing or invalid value, quoting the
    /// help sentence of the option or argument concerned.
    ///
    /// - Parameter root: The command tree the error came from.
    public func fullMessage(for root: CommandSpec) -> String {
        let chain = CommandChain(root: root, path: commandPath.dropFirst()) ?? CommandChain(root: root)
        let help = helpLine(in: chain.leaf).map { "Help:  \($0)\n" } ?? ""
        return "Error: \(message)\n" + help + "Usage: \(chain.usage)\n"
            + "  See '\(chain.invocation) --help' for more information."
    }

    /// The label and help sentence of what the error is about, when the error is about a value.
    private func helpLine(in command: CommandSpec) -> String? {
        let line: (label: String, help: String)?
        switch reason {
        case .missingValue(let spelling, let valueName), .invalidOptionValue(_, let spelling, let valueName, _):
            line = command.option(spelled: spelling).map { ("\(spelling) <\(valueName)>", $0.help) }
        case .missingArgument(let name), .invalidArgumentValue(_, let name, _):
            line = command.argument(named: name).map { ($0.placeholder, $0.help) }
        case .unknownOption, .unexpectedValue, .unexpectedArguments, .validationFailed, .unknownCommand:
            line = nil
        }
        guard let line, !line.help.isEmpty else { return nil }
        return "\(line.label)  \(line.help)"
    }
}
