/// The command a command line selected, with the values it gave, read by name.
///
/// Every value has already been checked against its ``ValueFormat``. Reading a name the command
/// does not declare, or reading an option as the wrong kind, is a programming error and traps,
/// so that a misspelt name in the caller fails its first test rather than reading as absent.
public struct ParsedCommand: Equatable, Sendable {
    /// The names of the selected command, root first: `["agentview", "render"]`.
    public let commandPath: [String]
    /// The selected command's declaration.
    let spec: CommandSpec
    /// The values given for each value and repeatable option, by long name, in command-line order.
    var optionValues: [String: [String]] = [:]
    /// The long names of the flags given.
    var givenFlags: Set<String> = []
    /// The values given for positional arguments, by argument name.
    var argumentValues: [String: String] = [:]
    /// Every value given for a variadic positional argument, by argument name, in command-line order.
    var variadicValues: [String: [String]] = [:]

    /// Starts an empty result for `spec`, selected by `commandPath`.
    init(commandPath: [String], spec: CommandSpec) {
        self.commandPath = commandPath
        self.spec = spec
    }

    /// The selected command's name: `render`.
    public var name: String {
        commandPath[commandPath.count - 1]
    }

    /// Whether the command declares the option `--<option>`: code shared by several commands asks this
    /// before reading an option only some of them have.
    public func declares(_ option: String) -> Bool {
        spec.option(long: option) != nil
    }

    /// The value of a value option: the last one given, else its default, else `nil`.
    public func value(_ option: String) -> String? {
        let declared = declaredOption(option, kind: .value)
        return optionValues[option]?.last ?? declared.defaultValue
    }

    /// The values of a repeatable option, in the order given; empty when not given.
    public func values(_ option: String) -> [String] {
        _ = declaredOption(option, kind: .repeatable)
        return optionValues[option] ?? []
    }

    /// Whether a flag was given.
    public func flag(_ option: String) -> Bool {
        _ = declaredOption(option, kind: .flag)
        return givenFlags.contains(option)
    }

    /// The value of a positional argument: the one given, else its default, else `nil`.
    public func positional(_ name: String) -> String? {
        guard let declared = spec.argument(named: name) else {
            preconditionFailure("'\(self.name)' declares no argument '\(name)'")
        }
        return argumentValues[name] ?? declared.defaultValue
    }

    /// Every value of a variadic positional argument, in command-line order.
    public func positionals(_ name: String) -> [String] {
        guard spec.argument(named: name)?.isVariadic == true else {
            preconditionFailure("'\(self.name)' declares no variadic argument '\(name)'")
        }
        return variadicValues[name] ?? []
    }

    /// Whether a positional argument was given on the command line, not taken from its default.
    public func isGiven(positional name: String) -> Bool {
        argumentValues[name] != nil
    }

    /// Whether an option was given on the command line, not taken from its default.
    public func isGiven(option name: String) -> Bool {
        precondition(spec.option(long: name) != nil, "'\(self.name)' declares no option '--\(name)'")
        return optionValues[name] != nil || givenFlags.contains(name)
    }

    /// The value of an ``ValueFormat/integer`` value option as a number, else `nil`.
    public func integer(_ option: String) -> Int? {
        let declared = declaredOption(option, kind: .value)
        precondition(declared.format == .integer, "'--\(option)' is not declared as an integer")
        return value(option).flatMap { Int($0) }
    }

    /// The value of an ``ValueFormat/integer`` positional argument as a number, else `nil`.
    public func integer(positional name: String) -> Int? {
        let value = positional(name)
        precondition(spec.argument(named: name)?.format == .integer, "'\(name)' is not declared as an integer")
        return value.flatMap { Int($0) }
    }

    /// A usage error for a check of the caller's own, such as a value out of range, reported
    /// against this command like any other misuse: `Error: <message>` and its usage.
    public func usageError(_ message: String) -> UsageError {
        UsageError(commandPath: commandPath, reason: .validationFailed(message))
    }

    private func declaredOption(_ name: String, kind: OptionSpec.Kind) -> OptionSpec {
        guard let declared = spec.option(long: name) else {
            preconditionFailure("'\(self.name)' declares no option '--\(name)'")
        }
        precondition(declared.kind == kind, "'--\(name)' is a \(declared.kind) option, not a \(kind) one")
        return declared
    }
}
