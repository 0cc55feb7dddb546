/// A positional argument of a command, such as `EXPORT_DIR`.
///
/// Positional arguments are filled in declaration order; required ones should come before
/// optional ones, as a command line cannot skip a position.
public struct ArgumentSpec: Equatable, Sendable {
    /// The name the caller reads the value by, conventionally upper snake case: `EXPORT_DIR`.
    public var name: String
    /// One sentence saying what the argument is, shown in help.
    public var help: String
    /// Whether the command runs without this argument.
    public var isOptional: Bool
    /// The value used when the argument is not given, shown in help as `(default: …)`.
    public var defaultValue: String?
    /// What the value must look like.
    public var format: ValueFormat
    /// Whether the argument takes every remaining positional value (one or more); only the last may.
    public var isVariadic = false

    /// Creates an argument; ``required(_:help:format:)`` and ``optional(_:help:default:format:)``
    /// read better at the call site.
    public init(
        name: String, help: String, isOptional: Bool, defaultValue: String? = nil, format: ValueFormat = .text
    ) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
        self.defaultValue = defaultValue
        self.format = format
    }

    /// An argument the command cannot run without.
    public static func required(_ name: String, help: String, format: ValueFormat = .text) -> ArgumentSpec {
        ArgumentSpec(name: name, help: help, isOptional: false, format: format)
    }

    /// An argument that may be left out, reading as `defaultValue` when it is.
    public static func optional(
        _ name: String, help: String, default defaultValue: String? = nil, format: ValueFormat = .text
    ) -> ArgumentSpec {
        ArgumentSpec(name: name, help: help, isOptional: true, defaultValue: defaultValue, format: format)
    }

    /// An argument that takes one or more values, the rest of the command line's positionals; it must
    /// come last. ``ParsedCommand/positionals(_:)`` reads them all.
    public static func variadic(_ name: String, help: String, format: ValueFormat = .text) -> ArgumentSpec {
        var argument = ArgumentSpec(name: name, help: help, isOptional: false, format: format)
        argument.isVariadic = true
        return argument
    }

    /// The placeholder shown in help and messages, in swift-argument-parser's kebab case:
    /// `EXPORT_DIR` renders as `export-dir`.
    var valueName: String {
        Self.valueName(for: name)
    }

    /// The kebab-case placeholder for an argument called `name`.
    static func valueName(for name: String) -> String {
        String(name.lowercased().map { $0 == "_" ? "-" : $0 })
    }
}
