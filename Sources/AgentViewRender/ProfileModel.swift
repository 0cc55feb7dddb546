import AgentViewCore
import Mustache

/// The user profile view as an agent sees it (docs/rules.md §4): the one surface showing the external ID.
struct ProfileModel {
    let user: UserView
    /// The most identities shown (`ListLimit`); nil shows them all.
    var limit: Int? = nil

    /// `{visible, name, checkMark, initials, email, externalID, identities, moreIdentities, hasIdentities,
    /// details}`.
    var value: MustacheValue {
        let name = user.shown(.name, on: .profile)
        let email = user.shown(.email, on: .profile)
        // The profile lists every identity of the Support user, primary first (§4 rule 7).
        let identities = user.supportUser?.identitiesPrimaryFirst ?? []
        let shown = ListLimit.values(
            identities, limit: limit, noun: "identities", whereAll: ListLimit.everything(of: user), each: identity)
        return [
            "visible": .bool(user.isVisibleToAgents),
            "name": MustacheValue(LookalikeText.shown(name) ?? (user.isVisibleToAgents ? "(no name)" : nil)),
            "checkMark": .bool(user.nameCheckMark),
            "initials": .string(Avatar.initials(name)),
            "email": MustacheValue(LookalikeText.shown(email)),
            "emailVerified": .bool(
                user.supportUser?.identities.first { $0.type == "email" && $0.value == email }?.isVerified ?? false),
            "externalID": MustacheValue(LookalikeText.shown(user.shown(.externalID, on: .profile))),
            "identities": shown.list,
            "moreIdentities": shown.more,
            "hasIdentities": .bool(!identities.isEmpty),
            "details": .list(UserFields.list(Settings.knownEssentialsFields, of: user.supportUser)),
        ]
    }

    /// One identity with its verification, as the profile's contact list shows it.
    private func identity(_ identity: SupportIdentity) -> MustacheValue {
        [
            "type": .string(Wording.identityType(identity.type)),
            "value": .string(LookalikeText.shown(identity.value)),
            "verified": .bool(identity.isVerified),
            "primary": .bool(identity.isPrimary),
            "method": MustacheValue(LookalikeText.shown(identity.verificationMethod)),
        ]
    }
}
