extension ArgumentSpec {
    /// The placeholder in help and messages: `<export-dir>`.
    var placeholder: String {
        Self.placeholder(for: name)
    }

    /// The placeholder for an argument called `name`, for messages that only know the name.
    static func placeholder(for name: String) -> String {
        "<\(valueName(for: name))>"
    }

    /// The argument's item on the usage line, bracketed when optional: `[<export-dir>]`.
    var usageItem: String {
        let item = isVariadic ? placeholder + " ..." : placeholder
        return isOptional ? "[\(item)]" : item
    }

    /// The help sentence followed by the allowed values and the default, as help shows it.
    var annotatedHelp: String {
        HelpEntry.annotate(help, allowedValues: format.allowedValues, defaultValue: defaultValue)
    }
}
