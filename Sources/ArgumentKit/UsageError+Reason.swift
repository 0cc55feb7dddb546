extension UsageError {
    /// What is wrong with the command line, one case per kind of misuse.
    ///
    /// Options are named as the user spelled them (`-o` or `--out`), so the message quotes what
    /// they typed; arguments by their declared name (`NEW`).
    public enum Reason: Equatable, Sendable {
        /// An option the command does not have, with the closest one it does have.
        case unknownOption(String, suggestion: String?)
        /// A value option at the end of the line or followed by another option.
        case missingValue(option: String, valueName: String)
        /// A flag given a value with `=`: `--strict=yes`.
        case unexpectedValue(option: String, value: String)
        /// Positional arguments beyond those the command takes.
        case unexpectedArguments([String])
        /// A required positional argument left out.
        case missingArgument(String)
        /// An option value that does not fit the option's ``ValueFormat``.
        case invalidOptionValue(String, option: String, valueName: String, allowedValues: [String])
        /// A positional value that does not fit the argument's ``ValueFormat``.
        case invalidArgumentValue(String, argument: String, allowedValues: [String])
        /// A check of the caller's own that failed, worded by the caller.
        case validationFailed(String)
        /// A first word that reads as a misspelt command (`rendr`), which the default command could not take.
        case unknownCommand(String, suggestion: String)

        /// The text printed after `Error: `.
        public var message: String {
            switch self {
            case .unknownOption(let option, let suggestion?):
                "Unknown option '\(option)'. Did you mean '\(suggestion)'?"
            case .unknownOption(let option, nil):
                "Unknown option '\(option)'"
            case .missingValue(let option, let valueName):
                "Missing value for '\(option) <\(valueName)>'"
            case .unexpectedValue(let option, let value):
                "The option '\(option)' does not take any value, but '\(value)' was specified."
            case .unexpectedArguments(let values) where values.count == 1:
                "Unexpected argument '\(values[0])'"
            case .unexpectedArguments(let values):
                "\(values.count) unexpected arguments: " + values.map { "'\($0)'" }.joined(separator: ", ")
            case .missingArgument(let argument):
                "Missing expected argument '\(ArgumentSpec.placeholder(for: argument))'"
            case .invalidOptionValue(let value, let option, let valueName, let allowed):
                "The value '\(value)' is invalid for '\(option) <\(valueName)>'" + Self.choices(allowed)
            case .invalidArgumentValue(let value, let argument, let allowed):
                "The value '\(value)' is invalid for '\(ArgumentSpec.placeholder(for: argument))'"
                    + Self.choices(allowed)
            case .validationFailed(let message):
                message
            case .unknownCommand(let command, let suggestion):
                "Unknown command '\(command)'. Did you mean '\(suggestion)'?"
            }
        }

        /// swift-argument-parser's list of allowed values: inline for a few, bulleted for many.
        private static func choices(_ allowed: [String]) -> String {
            let quoted = allowed.map { "'\($0)'" }
            switch quoted.count {
            case 0:
                return ""
            case 1...2:
                return ". Please provide one of \(quoted.joined(separator: " and "))."
            case 3...5:
                return ". Please provide one of \(quoted.dropLast().joined(separator: ", ")) or \(quoted.last!)."
            default:
                return ". Please provide one of the following:\n" + allowed.map { "  - \($0)" }.joined(separator: "\n")
            }
        }
    }
}
