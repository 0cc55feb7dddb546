/// Everything that changes what agents see besides the export itself; recorded in `snapshot.json`.
public struct Settings: Sendable, Equatable {
    /// Single- or multi-conversation messaging (docs/rules.md §7).
    public enum MessagingMode: String, Sendable, CaseIterable {
        case single, multi
    }

    /// How many active tickets at most carry the mark at once (docs/rules.md §6).
    public var activeTicketCap: Int
    /// Single- or multi-conversation messaging, as `--messaging` gives it (docs/rules.md §7 rule 3); nil means
    /// the export's Sunshine Conversations app decides, else single. A built view's settings always hold the
    /// mode it used (`AgentView.messaging`).
    public var messagingMode: MessagingMode?
    /// Patterns of generated names that an authenticated user should not carry (docs/rules.md §9 `placeholder-name`).
    public var placeholderNamePatterns: [String]
    /// The essentials card's extra fields, in order (docs/rules.md §4): `phone`, `organization`, `time-zone`, `language`.
    public var essentialsFields: [String]
    /// The IANA time zone pages show times in.
    public var timeZone: String
    /// The main brand's id, where help-center authentication works (docs/rules.md §8); nil means the lowest
    /// brand id on any ticket, Zendesk's first brand.
    public var mainBrandID: String?
    /// What `--redact` replaces by pseudonyms before anything is built (docs/rules.md §12); nil shows the data.
    public var redaction: Redaction?

    /// The default placeholder patterns: `*` matches any run of characters, case-insensitively.
    public static let defaultPlaceholderNamePatterns = ["Web User *", "Visitor *", "Mobile App User*", "Caller *"]
    /// The essentials card fields Zendesk shows by default.
    public static let defaultEssentialsFields = ["phone", "organization", "time-zone", "language"]
    /// Every essentials field the card can show.
    public static let knownEssentialsFields = ["phone", "organization", "time-zone", "language"]

    /// Creates settings; every parameter has the documented default.
    public init(
        activeTicketCap: Int = 100, messagingMode: MessagingMode? = nil,
        placeholderNamePatterns: [String] = Settings.defaultPlaceholderNamePatterns,
        essentialsFields: [String] = Settings.defaultEssentialsFields, timeZone: String = "UTC",
        mainBrandID: String? = nil
    ) {
        self.activeTicketCap = activeTicketCap
        self.messagingMode = messagingMode
        self.placeholderNamePatterns = placeholderNamePatterns
        self.essentialsFields = essentialsFields
        self.timeZone = timeZone
        self.mainBrandID = mainBrandID
    }
}
