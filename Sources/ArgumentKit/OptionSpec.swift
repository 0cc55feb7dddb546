/// A named option of a command: a flag, an option taking one value, or one that may repeat.
///
/// Every option has a long name (`--out`) and may have a one-letter short name (`-o`). Options are
/// never required: a missing value option reads as its ``defaultValue``, a missing flag as `false`,
/// a missing repeatable option as no values.
public struct OptionSpec: Equatable, Sendable {
    /// How an option uses the command line.
    public enum Kind: Equatable, Sendable {
        /// A switch without a value: `--strict`.
        case flag
        /// An option taking one value: `--out dir` or `--out=dir`; given twice, the last one wins.
        case value
        /// An option that may be given any number of times, each time with one value, kept in order.
        case repeatable
    }

    /// The long name, without the leading dashes: `out` for `--out`.
    public var name: String
    /// The one-letter short name, without the dash: `o` for `-o`.
    public var shortName: Character?
    /// Whether the option is a flag, takes a value, or repeats.
    public var kind: Kind
    /// The placeholder for the value in help and messages: `dir` renders as `<dir>`.
    public var valueName: String
    /// One sentence saying what the option does, shown in help.
    public var help: String
    /// The value used when the option is not given, shown in help as `(default: …)`.
    public var defaultValue: String?
    /// What each value must look like.
    public var format: ValueFormat
    /// For a value option that may stand alone: the value it takes when given without one
    /// (`--redact` alone means `--redact identities`). It then takes the next word as its value only
    /// when that word is one its format accepts, so `render --redact Samples` leaves `Samples` positional.
    public var implicitValue: String?

    /// Creates an option; the static factories ``flag(_:short:help:)``,
    /// ``value(_:short:valueName:help:default:format:)`` and
    /// ``repeatable(_:short:valueName:help:format:)`` read better at the call site.
    public init(
        name: String,
        shortName: Character? = nil,
        kind: Kind,
        valueName: String? = nil,
        help: String,
        defaultValue: String? = nil,
        format: ValueFormat = .text,
        implicitValue: String? = nil
    ) {
        self.implicitValue = implicitValue
        self.name = name
        self.shortName = shortName
        self.kind = kind
        // swift-argument-parser names the value after the option unless told otherwise.
        self.valueName = valueName ?? name
        self.help = help
        self.defaultValue = defaultValue
        self.format = format
    }

    /// A switch that is `false` unless given.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, kind: .flag, help: help)
    }

    /// An option taking one value, read as `defaultValue` when not given.
    public static func value(
        _ name: String,
        short: Character? = nil,
        valueName: String? = nil,
        help: String,
        default defaultValue: String? = nil,
        format: ValueFormat = .text,
        implicit implicitValue: String? = nil
    ) -> OptionSpec {
        OptionSpec(
            name: name, shortName: short, kind: .value, valueName: valueName, help: help,
            defaultValue: defaultValue, format: format, implicitValue: implicitValue)
    }

    /// An option that may be given any number of times, its values kept in command-line order.
    public static func repeatable(
        _ name: String,
        short: Character? = nil,
        valueName: String? = nil,
        help: String,
        format: ValueFormat = .text
    ) -> OptionSpec {
        OptionSpec(
            name: name, shortName: short, kind: .repeatable, valueName: valueName, help: help, format: format)
    }
}
