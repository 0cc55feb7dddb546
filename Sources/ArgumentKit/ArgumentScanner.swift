/// Reads the words after a command's name into a ``ParsedCommand``, word by word.
///
/// It accepts `--name value`, `--name=value`, `-n value`, `-nvalue`, grouped short flags (`-sv`),
/// and `--`, after which every word is positional. A word starting with `-` is an option, except
/// a lone `-` and a negative number following an integer option. It stops at the first misuse, as
/// swift-argument-parser does: options in command-line order, then positional arguments.
struct ArgumentScanner {
    /// The command whose words are read, with the commands above it.
    let chain: CommandChain

    private var command: CommandSpec {
        chain.leaf
    }

    /// Reads `words` into the values they give the command.
    func scan(_ words: ArraySlice<String>) throws(UsageError) -> ParsedCommand {
        var parsed = ParsedCommand(commandPath: chain.names, spec: command)
        var positionals: [String] = []
        var nearMisses: [NearMiss] = []
        var rest = words
        while let word = rest.popFirst() {
            if word == "--" {
                positionals += rest
                break
            }
            if !Self.looksLikeOption(word) {
                positionals.append(word)
            } else if word.hasPrefix("--") {
                try readLongOption(word, rest: &rest, into: &parsed, nearMisses: &nearMisses)
            } else {
                try readShortOptions(word, rest: &rest, into: &parsed, nearMisses: &nearMisses)
            }
        }
        try assign(positionals, into: &parsed, nearMisses: nearMisses)
        return parsed
    }

    /// A word after an option whose value may be left out, which the option's format does not accept but
    /// which reads as a misspelt value of it (`--redact identites`, `ValueFormat.isNearMiss`). It is read as
    /// a positional, so that a folder with such a name still works; only when the positionals then overflow
    /// is it reported, as the option's invalid value rather than as an unexpected argument.
    private struct NearMiss {
        var word: String
        var option: String
        var valueName: String
        var allowedValues: [String]
    }

    /// Whether a word is an option rather than a value; a lone `-` conventionally names stdin.
    static func looksLikeOption(_ word: String) -> Bool {
        word.count > 1 && word.hasPrefix("-")
    }

    private func readLongOption(
        _ word: String, rest: inout ArraySlice<String>, into parsed: inout ParsedCommand,
        nearMisses: inout [NearMiss]
    ) throws(UsageError) {
        let body = word.dropFirst(2)
        let name = body.prefix { $0 != "=" }
        let attached = name.endIndex < body.endIndex ? String(body[body.index(after: name.endIndex)...]) : nil
        let spelling = "--" + name
        guard let option = command.option(long: name) else {
            let suggestion = Spelling.suggestion(for: spelling, among: suggestionCandidates)
            throw failure(.unknownOption(spelling, suggestion: suggestion))
        }
        try apply(option, spelling: spelling, attached: attached, rest: &rest, into: &parsed, nearMisses: &nearMisses)
    }

    private func readShortOptions(
        _ word: String, rest: inout ArraySlice<String>, into parsed: inout ParsedCommand,
        nearMisses: inout [NearMiss]
    ) throws(UsageError) {
        var letters = word.dropFirst()
        while let letter = letters.popFirst() {
            guard let option = command.option(short: letter) else {
                // swift-argument-parser suggests long names only: a one-letter typo has too many neighbours.
                throw failure(.unknownOption("-\(letter)", suggestion: nil))
            }
            if option.kind == .flag {
                parsed.givenFlags.insert(option.name)
                continue
            }
            // As in getopt, a value option ends the group and takes the letters after it as its value.
            let attached = letters.isEmpty ? nil : String(letters)
            try apply(
                option, spelling: "-\(letter)", attached: attached, rest: &rest, into: &parsed, nearMisses: &nearMisses)
            return
        }
    }

    private func apply(
        _ option: OptionSpec,
        spelling: String,
        attached: String?,
        rest: inout ArraySlice<String>,
        into parsed: inout ParsedCommand,
        nearMisses: inout [NearMiss]
    ) throws(UsageError) {
        if option.kind == .flag {
            if let attached { throw failure(.unexpectedValue(option: spelling, value: attached)) }
            parsed.givenFlags.insert(option.name)
            return
        }
        let value: String
        if let attached {
            value = attached
        } else if let implicit = option.implicitValue {
            if let next = rest.first, !Self.looksLikeOption(next), option.format.accepts(next) {
                value = next
                rest = rest.dropFirst()
            } else {
                if let next = rest.first, !Self.looksLikeOption(next), option.format.isNearMiss(next) {
                    nearMisses.append(
                        NearMiss(
                            word: next, option: spelling, valueName: option.valueName,
                            allowedValues: option.format.allowedValues))
                }
                value = implicit
            }
        } else if let next = rest.first, !Self.looksLikeOption(next) || option.format.isNegativeNumber(next) {
            value = next
            rest = rest.dropFirst()
        } else {
            throw failure(.missingValue(option: spelling, valueName: option.valueName))
        }
        guard option.format.accepts(value) else {
            throw failure(
                .invalidOptionValue(
                    value, option: spelling, valueName: option.valueName, allowedValues: option.format.allowedValues))
        }
        // A value option given twice keeps both; `ParsedCommand.value` reads the last, so the last wins.
        parsed.optionValues[option.name, default: []].append(value)
    }

    private func assign(_ positionals: [String], into parsed: inout ParsedCommand, nearMisses: [NearMiss])
        throws(UsageError)
    {
        // Too many positionals, one of them a misspelt value of the option before it: that is the mistake.
        let takesAny = command.arguments.last?.isVariadic == true
        if !takesAny, positionals.count > command.arguments.count,
            let miss = nearMisses.first(where: { positionals.contains($0.word) })
        {
            throw failure(
                .invalidOptionValue(
                    miss.word, option: miss.option, valueName: miss.valueName, allowedValues: miss.allowedValues))
        }
        for (argument, value) in zip(command.arguments, positionals) {
            guard argument.format.accepts(value) else {
                throw failure(
                    .invalidArgumentValue(value, argument: argument.name, allowedValues: argument.format.allowedValues))
            }
            parsed.argumentValues[argument.name] = value
        }
        if let last = command.arguments.last, last.isVariadic, positionals.count >= command.arguments.count {
            let values = Array(positionals.dropFirst(command.arguments.count - 1))
            for value in values where !last.format.accepts(value) {
                throw failure(
                    .invalidArgumentValue(value, argument: last.name, allowedValues: last.format.allowedValues))
            }
            parsed.variadicValues[last.name] = values
            return
        }
        if let missing = command.arguments.dropFirst(positionals.count).first(where: { !$0.isOptional }) {
            throw failure(.missingArgument(missing.name))
        }
        if positionals.count > command.arguments.count {
            throw failure(.unexpectedArguments(Array(positionals.dropFirst(command.arguments.count))))
        }
    }

    /// The long spellings worth suggesting for a mistyped option, in the order help lists them.
    private var suggestionCandidates: [String] {
        command.options.map(\.longSpelling) + (chain.version == nil ? [] : ["--version"]) + ["--help"]
    }

    private func failure(_ reason: UsageError.Reason) -> UsageError {
        UsageError(commandPath: chain.names, reason: reason)
    }
}
