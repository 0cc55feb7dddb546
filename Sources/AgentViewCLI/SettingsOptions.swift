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
    ]

    /// The settings the options give, or the misuse message of the first invalid one.
    static func settings(from command: ParsedCommand) -> Result<Settings, Misuse> {
        var settings = Settings()
        settings.activeTicketCap = command.integer("active-ticket-cap") ?? settings.activeTicketCap
        guard settings.activeTicketCap >= 0 else {
            return .failure(
                Misuse(
                    "The value '\(settings.activeTicketCap)' is invalid for '--active-ticket-cap <n>': it must not be negative"
                ))
        }
        // Not given: nil, so the export's app decides (docs/rules.md §7).
        settings.messagingMode = command.value("messaging").flatMap(Settings.MessagingMode.init(rawValue:))
        settings.timeZone = command.value("time-zone") ?? settings.timeZone
        let patterns = command.values("placeholder-pattern")
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
    struct Misuse: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
