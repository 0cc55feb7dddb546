extension OptionSpec {
    /// The long name as typed: `--out`.
    var longSpelling: String {
        "--" + name
    }

    /// The label in the `OPTIONS:` section: short name first, then long name, then the value
    /// placeholder, as in `-o, --out <dir>`.
    var helpLabel: String {
        let names = [shortName.map { "-\($0)" }, longSpelling].compactMap(\.self).joined(separator: ", ")
        if kind == .flag { return names }
        return implicitValue == nil ? "\(names) <\(valueName)>" : "\(names) [<\(valueName)>]"
    }

    /// The option's item on the usage line, by its long name, bracketed because options are
    /// never required: `[--out <dir>]`, `[--strict]`, `[--placeholder-pattern <pattern> ...]`.
    var usageItem: String {
        switch kind {
        case .flag: "[\(longSpelling)]"
        case .value: implicitValue == nil ? "[\(longSpelling) <\(valueName)>]" : "[\(longSpelling) [<\(valueName)>]]"
        case .repeatable: "[\(longSpelling) <\(valueName)> ...]"
        }
    }

    /// The help sentence followed by the allowed values and the default, as help shows it.
    var annotatedHelp: String {
        // A flag's default is always `false`, which swift-argument-parser does not print.
        guard kind != .flag else { return help }
        let alone = implicitValue.map { " Alone, it means '\($0)'." } ?? ""
        return HelpEntry.annotate(help + alone, allowedValues: format.allowedValues, defaultValue: defaultValue)
    }
}
