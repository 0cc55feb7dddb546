/// What the value of an option or argument must look like, checked while parsing.
///
/// Checking during parsing, rather than when the caller reads the value, reports every kind of
/// misuse from the one `parse(arguments:)` call, before the command starts any work.
public enum ValueFormat: Equatable, Sendable {
    /// Any text, the empty string included.
    case text
    /// A whole number in decimal, optionally signed, as `Int(_:)` reads it.
    case integer
    /// One of a fixed list of words, listed in help as `(values: …)`.
    case oneOf([String])
    /// One or more of a fixed list of words, comma-separated (`identities,ids`), listed in help as
    /// `(values: …)`.
    case listOf([String])

    /// The words a value must be one of, or an empty list when any value of the format will do.
    public var allowedValues: [String] {
        switch self {
        case .oneOf(let values), .listOf(let values): values
        case .text, .integer: []
        }
    }

    /// Whether `word` is a negative number this format accepts, and so a value despite its dash:
    /// `--offset -3`.
    func isNegativeNumber(_ word: String) -> Bool {
        self == .integer && word.hasPrefix("-") && Int(word) != nil
    }

    /// Whether `word`, which this format does not accept, reads as a mistyped value of it: after an option
    /// whose value may be left out (`--redact identites export`) such a word is read as a positional, but
    /// when the positionals then overflow it is the one reported, as the option's invalid value, instead of
    /// the export folder being called unexpected (`ArgumentScanner`). A folder named `message` alone still
    /// works.
    ///
    /// A near miss is a comma-separated list of allowed words or misspellings of them (`all,id`), or one
    /// misspelt word: one edit from an allowed word of four letters or fewer (`idz`), two from a longer one
    /// (`identites`). A path is never one (it has a `/` or a `.`), nor is a short folder name such as `abc`.
    func isNearMiss(_ word: String) -> Bool {
        let allowed = allowedValues
        guard !allowed.isEmpty, !word.contains(where: { $0 == "/" || $0 == "." }), !accepts(word) else { return false }
        let parts = word.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if case .listOf = self, parts.count > 1 {
            return parts.allSatisfy { part in
                allowed.contains(part) || allowed.contains { Spelling.distance(part, $0) <= Spelling.maximumDistance }
            }
        }
        return parts.count == 1
            && allowed.contains { value in
                Spelling.distance(word, value) <= (value.count <= 4 ? 1 : Spelling.maximumDistance)
            }
    }

    /// Whether `value` is written in this format.
    func accepts(_ value: String) -> Bool {
        switch self {
        case .text: true
        case .integer: Int(value) != nil
        case .oneOf(let values): values.contains(value)
        case .listOf(let values):
            value.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { values.contains(String($0)) }
        }
    }
}
