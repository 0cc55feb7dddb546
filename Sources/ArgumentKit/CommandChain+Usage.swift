extension CommandChain {
    /// swift-argument-parser lists every option on the usage line only up to this many items;
    /// beyond it, optional ones collapse into `[<options>]`.
    static let usageItemLimit = 12

    /// The usage line without its `USAGE:` or `Usage:` label: the command's names, its
    /// positional arguments, its options, then `<subcommand>` if it has any.
    var usage: String {
        var line = synopsis
        if !leaf.subcommands.isEmpty {
            line += " <subcommand>"
        }
        return line
    }

    private var synopsis: String {
        let positionals = leaf.arguments.map(\.usageItem)
        let items = positionals + leaf.options.map(\.usageItem)
        if items.isEmpty {
            return invocation
        }
        if items.count <= Self.usageItemLimit {
            return ([invocation] + items).joined(separator: " ")
        }
        // Options are never required, so only the positional arguments survive the collapse.
        if !positionals.isEmpty, positionals.count <= Self.usageItemLimit {
            return ([invocation, "[<options>]"] + positionals).joined(separator: " ")
        }
        return invocation + " <options>"
    }
}
