/// One end user of a snapshot: what the conversation, the essentials card and the profile show (docs/rules.md §4).
public struct SnapshotUser: Sendable, Equatable {
    /// What the user essentials card shows.
    public struct EssentialsCard: Sendable, Equatable {
        /// The name on the card.
        public var name: String?
        /// The primary email on the card.
        public var email: String?
        /// Whether the mark stands next to the name on the card.
        public var checkMark: Bool

        /// Creates a card.
        public init(name: String?, email: String?, checkMark: Bool) {
            self.name = name
            self.email = email
            self.checkMark = checkMark
        }
    }

    /// One Support identity the profile view lists (§4 rule 7).
    public struct Identity: Sendable, Equatable {
        public var type: String
        public var value: String
        public var primary: Bool
        public var verified: Bool

        /// Creates an identity.
        public init(type: String, value: String, primary: Bool, verified: Bool) {
            self.type = type
            self.value = value
            self.primary = primary
            self.verified = verified
        }

        /// `email a@example.com (primary, verified)`, as a diff line names it.
        public var description: String {
            let flags = [primary ? "primary" : nil, verified ? "verified" : "not verified"].compactMap { $0 }
            return "\(type) \(value) (\(flags.joined(separator: ", ")))"
        }
    }

    /// What the user profile view shows.
    public struct Profile: Sendable, Equatable {
        /// The name in the profile.
        public var name: String?
        /// The primary email in the profile.
        public var email: String?
        /// The external ID in the profile, the only surface that shows it.
        public var externalID: String?
        /// Whether the mark stands next to the name in the profile.
        public var checkMark: Bool
        /// The identities the profile lists, primary first; nil in a snapshot written before they were.
        public var identities: [Identity]?

        /// Creates a profile.
        public init(
            name: String?, email: String?, externalID: String?, checkMark: Bool, identities: [Identity]? = nil
        ) {
            self.name = name
            self.email = email
            self.externalID = externalID
            self.checkMark = checkMark
            self.identities = identities
        }

        /// The identities as one line, for a diff: nil when the snapshot has none listed.
        public var identitiesText: String? {
            guard let identities, !identities.isEmpty else { return nil }
            return identities.map(\.description).joined(separator: "; ")
        }
    }

    /// The AI-agent messaging metadata variables (§4); nil where a snapshot wrote `null`.
    public struct MetadataVariables: Sendable, Equatable {
        /// Provided name; empty for unauthenticated users.
        public var providedName: String?
        /// Provided email; empty for unauthenticated users.
        public var providedEmail: String?
        /// Authenticated external ID, from the JWT; empty for unauthenticated users.
        public var authenticatedExternalID: String?
        /// Authenticated status: `true` or `false`, never empty.
        public var authenticatedStatus: String?

        /// Creates the variables.
        public init(
            providedName: String?, providedEmail: String?, authenticatedExternalID: String?,
            authenticatedStatus: String?
        ) {
            self.providedName = providedName
            self.providedEmail = providedEmail
            self.authenticatedExternalID = authenticatedExternalID
            self.authenticatedStatus = authenticatedStatus
        }
    }

    /// `support:<id>`, or `messaging:<id>` for a messaging user with no Support user.
    public var key: UserKey
    /// The user's page, relative to the output folder.
    public var page: String
    /// The Support user's id; nil for a messaging-only user.
    public var supportUserID: String?
    /// Whether agents see the user at all; a snapshot without the key implies it from the key's kind (§2).
    public var visibleToAgents: Bool
    /// `agent` or `admin` when the Support user is staff a messaging user links to (§2 rule 6).
    public var staffRole: String?
    /// Whether the snapshot records `staffRole` at all: one written before the key existed does not, and its
    /// users are not compared on it.
    public var recordsStaffRole = true
    /// Whether any linked messaging user is authenticated (§3).
    public var authenticated: Bool
    /// `jwt` or `help-center` for authenticated users.
    public var authenticatedVia: String?
    /// The name in the conversation history.
    public var conversationName: String?
    /// What the user essentials card shows.
    public var essentialsCard: EssentialsCard
    /// What the user profile view shows.
    public var profile: Profile
    /// The AI-agent messaging metadata variables.
    public var metadataVariables: MetadataVariables
    /// The user's tickets with their marks, in ticket-id order.
    public var tickets: [SnapshotTicketMark]

    /// Whether the green mark stands next to the user's name on any surface.
    public var checkMark: Bool { essentialsCard.checkMark || profile.checkMark }

    /// Reads one element of `users`.
    init(reading record: SnapshotReader) throws(SnapshotError) {
        key = try record.userKey("key")
        page = try record.pagePath("page")
        supportUserID = try record.optionalString("supportUserId")
        visibleToAgents = try record.optionalBool("visibleToAgents") ?? (key.kind == .support)
        staffRole = try record.optionalString("staffRole")
        recordsStaffRole = record.object["staffRole"] != nil
        authenticated = try record.bool("authenticated")
        authenticatedVia = try record.optionalString("authenticatedVia")
        conversationName = try record.optionalString("conversationName")
        let card = try record.object("essentialsCard")
        essentialsCard = EssentialsCard(
            name: try card.optionalString("name"), email: try card.optionalString("email"),
            checkMark: try card.bool("checkMark"))
        let profile = try record.object("profile")
        self.profile = Profile(
            name: try profile.optionalString("name"), email: try profile.optionalString("email"),
            externalID: try profile.optionalString("externalId"), checkMark: try profile.bool("checkMark"),
            identities: try profile.optionalObjects("identities")?.map { identity throws(SnapshotError) in
                Identity(
                    type: try identity.string("type"), value: try identity.string("value"),
                    primary: try identity.optionalBool("primary") ?? false,
                    verified: try identity.optionalBool("verified") ?? false)
            })
        let variables = try record.object("metadataVariables")
        metadataVariables = MetadataVariables(
            providedName: try variables.optionalString("providedName"),
            providedEmail: try variables.optionalString("providedEmail"),
            authenticatedExternalID: try variables.optionalString("authenticatedExternalId"),
            authenticatedStatus: try variables.optionalString("authenticatedStatus"))
        tickets = []
        for ticket in try record.objects("tickets") {
            tickets.append(try SnapshotTicketMark(reading: ticket))
        }
    }
}

extension SnapshotUser {
    /// The name agents see first: the Support profile's, else the essentials card's, else the conversation's.
    public var shownName: String? { profile.name ?? essentialsCard.name ?? conversationName }
}
