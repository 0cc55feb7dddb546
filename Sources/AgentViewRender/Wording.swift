import AgentViewCore

/// The words pages use for codes from the model: channels, statuses, link rules, sources.
enum Wording {
    /// A `via.channel` as the Agent Workspace names it, else the raw channel.
    static func channel(_ channel: String?) -> String {
        guard let channel else { return "Unknown channel" }
        // A switch, as for statuses: every row of a tickets table asks, and comparing a few short names costs less
        // than hashing the channel for a table.
        switch channel {
        case "native_messaging": return "Messaging"
        case "whatsapp": return "WhatsApp"
        case "email", "mail": return "Email"
        case "web", "web_form": return "Web form"
        case "api": return "API"
        case "chat": return "Chat"
        case "mobile_sdk": return "Mobile SDK"
        case "facebook": return "Facebook"
        case "instagram_dm": return "Instagram"
        case "line": return "LINE"
        case "sms": return "SMS"
        case "helpcenter": return "Help center"
        default: return channel
        }
    }

    /// The messaging mode a view uses and where it came from (docs/rules.md §7 rule 3).
    static func messagingMode(_ choice: MessagingModeChoice) -> String {
        let mode = MessagingModeChoice.words(choice.mode)
        switch choice.source {
        case .app:
            return "\(mode), from the export's Sunshine Conversations app \(choice.app?.id ?? "")"
        case .option:
            guard let app = choice.app else { return "\(mode), given with --messaging" }
            return app.mode == choice.mode
                ? "\(mode), given with --messaging, as the export's Sunshine Conversations app \(app.id) says"
                : "\(mode), given with --messaging although the export's Sunshine Conversations app \(app.id) says \(MessagingModeChoice.words(app.mode))"
        case .assumed:
            return "\(mode), assumed: the export holds no Sunshine Conversations app that says"
        }
    }

    /// A ticket status with a capital, as the status badge shows it.
    static func status(_ status: String) -> String {
        switch status {
        // The statuses Support has, without upper-casing a character each time.
        case "new": "New"
        case "open": "Open"
        case "pending": "Pending"
        case "hold": "On-hold"
        case "solved": "Solved"
        case "closed": "Closed"
        default: status.prefix(1).uppercased() + status.dropFirst()
        }
    }

    /// How an end user authenticated, for lists and badges.
    static func authentication(of user: UserView) -> String {
        guard user.isVisibleToAgents else { return "Agents never see" }
        guard user.isAuthenticated else { return "Not authenticated" }
        return method(user.authenticationMethod)
    }

    /// A CSS-safe class naming the same state: `jwt`, `help-center`, `unknown`, `none` or `hidden`.
    static func authenticationClass(of user: UserView) -> String {
        guard user.isVisibleToAgents else { return "hidden" }
        guard user.isAuthenticated else { return "none" }
        return user.authenticationMethod?.rawValue ?? "unknown"
    }

    /// `JWT`, `Help center`, or `Method unknown` for an authenticated user with neither id (§3).
    static func method(_ method: Authentication.Method?) -> String {
        switch method {
        case .jwt: "JWT"
        case .helpCenter: "Help center"
        case nil: "Authenticated, method unknown"
        }
    }

    /// A Support role as a page says it: `Admin`, `Agent`.
    static func role(_ role: String) -> String {
        role.prefix(1).uppercased() + role.dropFirst()
    }

    /// What a link rule means (docs/rules.md §2).
    static func linkRule(_ rule: LinkRule?) -> String {
        switch rule {
        case .zendeskID: "zendeskId equals the Support user id (rule 1)"
        case .externalID: "externalId equals the Support external_id, ignoring case (rule 2)"
        case .messagingIdentity: "a Support identity of type messaging holds this id (rule 3)"
        case .conversationLog: "a conversation-log author names both ids (rule 4)"
        case nil: "not linked to any Support user"
        }
    }

    /// Where the authentication answer came from (docs/rules.md §3).
    static func source(_ source: Authentication.Source) -> String {
        switch source {
        case .stated: "stated by Zendesk (the authenticated flag)"
        case .derived: "derived from externalId / zendeskId (no authenticated flag in the export)"
        }
    }

    /// Where a ticket's transcript came from (docs/rules.md §10).
    static func transcript(_ source: TranscriptEntry.Source) -> String {
        switch source {
        case .conversationLog: "conversation log"
        case .messages: "messaging conversation"
        case .comments: "public comments"
        case .none: "none in the export"
        }
    }

    /// The label of an essentials-card field from `Settings.essentialsFields`.
    static func essentialsField(_ field: String) -> String {
        essentialsFieldLabels[field] ?? field
    }

    private static let essentialsFieldLabels = [
        "phone": "Phone", "organization": "Organization", "time-zone": "Time zone", "language": "Language",
    ]

    /// The label of a Support identity type.
    static func identityType(_ type: String) -> String {
        identityTypeLabels[type] ?? type
    }

    private static let identityTypeLabels = [
        "email": "Email", "phone_number": "Phone", "messaging": "Messaging", "twitter": "X (Twitter)",
        "facebook": "Facebook", "google": "Google", "agent_forwarding": "Agent forwarding",
    ]
}
