/// The data-mapping table: which Support field agents see on which surface (docs/rules.md §4).
///
/// "The single source of truth for visibility. One table in code, one test per cell."
public enum DataMapping {
    /// A place in the Agent Workspace where an end user's data shows.
    public enum Surface: String, Sendable, CaseIterable {
        case conversationHistory = "conversation-history"
        case essentialsCard = "essentials-card"
        case profile = "profile"
    }

    /// A row of the table.
    public enum Field: String, Sendable, CaseIterable {
        case id, name, email, externalID = "external-id"
    }

    /// One row: the Support field, its messaging counterpart, and the surfaces that show it.
    public struct Row: Sendable, Equatable {
        public var field: Field
        public var supportField: String
        public var messagingField: String
        public var visibleOn: Set<Surface>
    }

    /// The table, row for row as docs/rules.md §4 prints it.
    public static let rows: [Row] = [
        Row(field: .id, supportField: "id", messagingField: "zendeskId", visibleOn: []),
        Row(
            field: .name, supportField: "name", messagingField: "profile.givenName + profile.surname",
            visibleOn: [.conversationHistory, .essentialsCard, .profile]),
        Row(
            field: .email, supportField: "identities", messagingField: "identities (primary email only)",
            visibleOn: [.essentialsCard, .profile]),
        Row(field: .externalID, supportField: "external_id", messagingField: "externalId", visibleOn: [.profile]),
    ]

    /// Whether agents see a field on a surface.
    public static func isVisible(_ field: Field, on surface: Surface) -> Bool {
        rows.first { $0.field == field }!.visibleOn.contains(surface)
    }
}
