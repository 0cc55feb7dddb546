/// Which messaging mode a view uses, and where that came from (docs/rules.md §7 rule 3).
///
/// "Which mode the account uses: the Sunshine Conversations app's `settings.multiConvoEnabled` when the
/// export holds it; else single; `--messaging` overrides both, and a setting that contradicts the export's
/// app is a note."
public struct MessagingModeChoice: Sendable, Equatable {
    /// Where the mode came from.
    public enum Source: String, Sendable {
        /// The `--messaging` option (`Settings.messagingMode`).
        case option
        /// The export's app record (`settings.multiConvoEnabled`).
        case app
        /// Neither: single-conversation is assumed.
        case assumed
    }

    /// The mode the view uses.
    public var mode: Settings.MessagingMode
    public var source: Source
    /// The app whose setting the export holds, and the mode it states; nil when no app record states one.
    public var app: (id: String, mode: Settings.MessagingMode)? {
        appID.flatMap { id in appMode.map { (id, $0) } }
    }
    private var appID: String?
    private var appMode: Settings.MessagingMode?

    /// Creates a choice; `app` is what the export's app record states, if any.
    public init(mode: Settings.MessagingMode, source: Source, app: (id: String, mode: Settings.MessagingMode)? = nil) {
        self.mode = mode
        self.source = source
        appID = app?.id
        appMode = app?.mode
    }

    /// Chooses the mode from the option, else the export's apps, else single.
    ///
    /// An account has one Sunshine Conversations app. Should an export hold several that state the
    /// setting, multi-conversation wins when any of them has it on (turning it on cannot be undone), and
    /// the first such app by id is the one named (AgentView's choice).
    public static func choose(option: Settings.MessagingMode?, apps: [MessagingApp]) -> MessagingModeChoice {
        let stating = apps.filter { $0.multiConversationEnabled != nil }
        let stated =
            (stating.first { $0.multiConversationEnabled == true } ?? stating.first).map {
                (id: $0.id, mode: $0.multiConversationEnabled == true ? Settings.MessagingMode.multi : .single)
            }
        if let option { return MessagingModeChoice(mode: option, source: .option, app: stated) }
        if let stated { return MessagingModeChoice(mode: stated.mode, source: .app, app: stated) }
        return MessagingModeChoice(mode: .single, source: .assumed)
    }

    /// Whether `--messaging` gave a mode the export's app contradicts (the `messaging-mode-override` note).
    public var overridesApp: Bool { source == .option && appMode != nil && appMode != mode }

    /// Whether the cap applies: with multi-conversation messaging only (docs/rules.md §6 rule 6).
    public var capApplies: Bool { mode == .multi }

    /// The mode in words: `multi-conversation` or `single-conversation`.
    public static func words(_ mode: Settings.MessagingMode) -> String {
        mode == .multi ? "multi-conversation" : "single-conversation"
    }
}
