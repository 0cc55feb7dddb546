extension CommandSpec {
    /// The help text of the command at `path`, a list of subcommand names below this one, in
    /// swift-argument-parser's layout; `print` it to stdout as it is.
    ///
    /// - Precondition: Every name in `path` is a subcommand of the one before it.
    public func helpText(for path: [String] = [], width: Int = 80) -> String {
        HelpPage(chain: chain(for: path), width: width).text
    }

    /// The usage line of the command at `path`, without a label:
    /// `agentview diff <old> <new> [--out <dir>]`.
    ///
    /// - Precondition: Every name in `path` is a subcommand of the one before it.
    public func usage(for path: [String] = []) -> String {
        chain(for: path).usage
    }

    private func chain(for path: [String]) -> CommandChain {
        guard let chain = CommandChain(root: self, path: path) else {
            preconditionFailure("'\(name)' has no subcommand path '\(path.joined(separator: " "))'")
        }
        return chain
    }
}
