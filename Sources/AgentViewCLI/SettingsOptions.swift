import AgentViewCore
import AgentViewRender
import ArgumentKit
import Foundation

/// The options that decide what agents see, shared by `render` and `diff`: one set of names, help texts and
/// defaults, and the one place that turns them into ``Settings``.
///
/// `diff` renders an export side in memory with them, so a diff of an export against a render made with
/// `--time-zone Europe/Berlin` (or any other of these) given the same options reports no false change.
enum SettingsOptions {
    /// The options, in the order `--help` lists them.
    static let options: [OptionSpec] = [
        .value(
            "active-ticket-cap", valueName: "n",
            help: "How many active tickets at most carry the check mark at once.", default: "100", format: .integer),
        .value(
            "messaging", valueName: "mode",
            help:
                "Whether the account uses single- or multi-conversation messaging (default: the export's Sunshine Conversations app's multiConvoEnabled, else single).",
            format: .oneOf(Settings.MessagingMode.allCases.map(\.rawValue))),
        .value(
            "time-zone", valueName: "zone", help: "The IANA time zone pages show times in, with their offset.",
            default: "UTC"),
        .value(
            "essentials-fields", valueName: "list",
            help:
                "The essentials card's extra fields in order, comma-separated, from phone, organization, time-zone and language.",
            default: Settings.defaultEssentialsFields.joined(separator: ",")),
        .repeatable(
            "placeholder-pattern", valueName: "pattern",
            help:
                "A generated name that an authenticated user should not carry, with * matching any text; repeat it to give several, replacing the defaults ('Web User *', 'Visitor *', 'Mobile App User*', 'Caller *')."
        ),
        .value(
            "main-brand", valueName: "id",
            help:
                "The main brand's id, the only brand where help-center authentication applies (default: the lowest brand id on the tickets)."
        ),
        .value(
            "redact", valueName: "what",
            help:
                "Replace by keyed pseudonyms on every surface, keeping every decision, a comma-separated list of: identities (names, emails, phone numbers, external IDs, other identity values, organization names), messages (message and comment text, subjects), all (both), ids (user, ticket, comment, conversation, message, organization and brand ids, which stay unless named: 'all,ids' is everything).",
            format: .listOf(Redaction.Scope.words.map(\.word)), implicit: "identities"),
        .value(
            "redact-key-file", valueName: "path",
            help:
                "A file holding the secret key of --redact's pseudonyms (16 bytes or more), so runs with one key agree (default: AGENTVIEW_REDACT_KEY, else a random key for this run)."
        ),
    ]

    /// The options that only change what an export's render decides; the time zone and `--redact` also shape
    /// how a diff shows its sides, whatever they are.
    static let exportOnly = [
        "active-ticket-cap", "messaging", "essentials-fields", "placeholder-pattern", "main-brand",
    ]

    /// The settings the options give, or the misuse message of the first invalid one.
    static func settings(
        from command: ParsedCommand, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Result<Settings, Misuse> {
        var settings = Settings()
        switch redaction(from: command, environment: environment) {
        case .success(let redaction): settings.redaction = redaction
        case .failure(let misuse): return .failure(misuse)
        }
        switch count(command, "active-ticket-cap", default: settings.activeTicketCap) {
        case .success(let cap): settings.activeTicketCap = cap
        case .failure(let misuse): return .failure(misuse)
        }
        // Not given: nil, so the export's app decides (docs/rules.md §7).
        settings.messagingMode = command.value("messaging").flatMap(Settings.MessagingMode.init(rawValue:))
        settings.timeZone = command.value("time-zone") ?? settings.timeZone
        let patterns = command.values("placeholder-pattern")
        // An empty pattern is most often a variable that was not set: it would replace the defaults with nothing.
        if let blank = patterns.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            return .failure(
                Misuse(
                    "The value '\(blank)' is invalid for '--placeholder-pattern <pattern>': give a name such as 'Web User *', or leave the option out to keep the defaults"
                ))
        }
        if !patterns.isEmpty { settings.placeholderNamePatterns = patterns }
        settings.mainBrandID = command.value("main-brand")
        if let fields = command.value("essentials-fields") {
            settings.essentialsFields = fields.split(separator: ",", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if let unknown = settings.essentialsFields.first(where: { !Settings.knownEssentialsFields.contains($0) }) {
                return .failure(
                    Misuse(
                        "The value '\(unknown)' is invalid for '--essentials-fields <list>': use phone, organization, time-zone or language"
                    ))
            }
        }
        guard TimeDisplay(timeZone: settings.timeZone) != nil else {
            return .failure(
                Misuse(
                    "The value '\(settings.timeZone)' is invalid for '--time-zone <zone>': it must be an IANA time zone such as 'UTC' or 'Europe/Berlin'"
                ))
        }
        return .success(settings)
    }

    /// A value the parser accepted but the settings cannot use: misuse, exit 64.
    /// The value of the count option `name` (`--name <n>`), or `fallback` when it is not given; a negative
    /// count is misuse.
    static func count(_ command: ParsedCommand, _ name: String, default fallback: Int) -> Result<Int, Misuse> {
        let value = command.integer(name) ?? fallback
        guard value >= 0 else {
            return .failure(Misuse("The value '\(value)' is invalid for '--\(name) <n>': it must not be negative"))
        }
        return .success(value)
    }

    struct Misuse: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// The files and folders besides the export or diff sides that a command reads (`--redact-key-file`,
    /// `--templates`): an output may not replace them, but may lie inside them, since only the templates'
    /// own files are read there (`OutputGuard`'s `kept`).
    static func inputPaths(_ command: ParsedCommand) -> [String] {
        ["redact-key-file", "templates"].filter(command.declares).compactMap { command.value($0) }
    }

    /// The shortest key `--redact` takes: a shorter one could be guessed.
    static let shortestRedactionKey = 16

    /// `--redact` and its key: from `--redact-key-file`, else `AGENTVIEW_REDACT_KEY`, else random.
    static func redaction(from command: ParsedCommand, environment: [String: String]) -> Result<Redaction?, Misuse> {
        let keyFile = command.value("redact-key-file")
        guard let word = command.value("redact") else {
            if keyFile != nil { return .failure(Misuse("'--redact-key-file <path>' needs '--redact'")) }
            return .success(nil)
        }
        // The parser accepted only lists of known words.
        let scope = Redaction.Scope(list: word)!
        let key: [UInt8]
        let source: Redaction.KeySource
        if let keyFile {
            guard let data = FileManager.default.contents(atPath: keyFile) else {
                return .failure(
                    Misuse("The key file '\(TerminalText.safe(keyFile))' of '--redact-key-file <path>' cannot be read"))
            }
            key = Array(data)
            source = .file
        } else if let text = environment["AGENTVIEW_REDACT_KEY"] {
            key = Array(text.utf8)
            source = .environment
        } else {
            var generator = SystemRandomNumberGenerator()
            key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            source = .random
        }
        guard key.count >= shortestRedactionKey else {
            return .failure(
                Misuse(
                    "The \(source == .file ? "key file" : "AGENTVIEW_REDACT_KEY") of '--redact' holds \(key.count) bytes; it needs \(shortestRedactionKey) or more"
                ))
        }
        return .success(Redaction(scope: scope, key: key, keySource: source))
    }
}
