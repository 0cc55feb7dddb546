import AgentViewCore
import Mustache

/// How and why an end user is authenticated (docs/rules.md §2, §3): the linked messaging users, the rule
/// that linked each, the evidence, merged-away anonymous ids, and what an unauthenticated user provided.
struct AuthenticationModel {
    let user: UserView
    let context: PageContext
    /// The most items each list shows (`ListLimit`); nil shows them all.
    var limit: Int? = nil

    /// `{status, statusClass, linked, moreLinked, hasLinked, unverified, hasUnverified, messagingIdentities,
    /// moreMessagingIdentities}`.
    var value: MustacheValue {
        let unverified = user.unverifiedProfile
        let hasUnverified = unverified.name != nil || unverified.email != nil
        let messagingIdentities = (user.supportUser?.identities ?? []).filter { $0.type == "messaging" }.map(\.value)
        let everything = ListLimit.everything(of: user)
        let linkedValues = ListLimit.values(
            user.messagingUsers, limit: limit, noun: "linked messaging users", whereAll: everything, each: linked)
        let messagingValues = ListLimit.values(
            messagingIdentities, limit: limit, noun: "identities of type messaging", whereAll: everything
        ) { .string(LookalikeText.cut($0)) }
        return [
            "status": .string(status),
            "statusClass": .string(Wording.authenticationClass(of: user)),
            "linked": linkedValues.list,
            "moreLinked": linkedValues.more,
            "hasLinked": .bool(!user.messagingUsers.isEmpty),
            "unverified": [
                "name": MustacheValue(LookalikeText.shown(unverified.name)),
                "email": MustacheValue(LookalikeText.shown(unverified.email)),
            ],
            "hasUnverified": .bool(hasUnverified),
            "messagingIdentities": messagingValues.list,
            "moreMessagingIdentities": messagingValues.more,
        ]
    }

    /// One sentence: authenticated or not, and how (§3).
    private var status: String {
        guard user.isVisibleToAgents else {
            return
                "Agents never see this user: a messaging user with no Support user never appears in the Agent Workspace or in search (§2)."
        }
        guard user.isAuthenticated else {
            return user.messagingUsers.isEmpty
                ? "Not authenticated: no messaging user is linked to this Support user."
                : "Not authenticated: no linked messaging user is authenticated, so no check mark shows anywhere (§3)."
        }
        switch user.authenticationMethod {
        case .helpCenter:
            return "Authenticated through the help center: the messaging user has a zendeskId and no externalId (§3)."
        case .jwt: return "Authenticated by JWT: the messaging user was assigned an external ID (§3)."
        case nil:
            return
                "Authenticated, method unknown: Zendesk states the messaging user is authenticated, but it has neither an externalId (JWT) nor a zendeskId (help center) to say how (§3)."
        }
    }

    /// One linked messaging user with its link rule and evidence.
    private func linked(_ linked: UserView.LinkedMessagingUser) -> MustacheValue {
        let authentication = linked.authentication
        let discarded = ListLimit.values(
            linked.discardedIDs, limit: limit, noun: "merged-away ids", whereAll: ListLimit.everything(of: user)
        ) { .string(LookalikeText.cut($0)) }
        return [
            "id": .string(LookalikeText.cut(linked.user.id)),
            "rule": .string(Wording.linkRule(linked.link)),
            "authenticated": .bool(authentication.isAuthenticated),
            "method": .string(
                authentication.isAuthenticated ? Wording.method(authentication.method) : "Not authenticated"),
            "source": .string(Wording.source(authentication.source)),
            "contradicts": .bool(authentication.contradictsRule),
            "externalID": MustacheValue(LookalikeText.shown(linked.user.externalID)),
            "zendeskID": MustacheValue(linked.user.zendeskID.map { LookalikeText.cut($0) }),
            "authenticatedAt": context.time.value(linked.authenticatedAt),
            "discarded": discarded.list,
            "moreDiscarded": discarded.more,
            "hasDiscarded": .bool(!linked.discardedIDs.isEmpty),
            "clients": MustacheValue(
                linked.user.clientTypes.isEmpty
                    ? nil : LookalikeText.cut(linked.user.clientTypes.prefix(limit ?? Int.max).joined(separator: ", "))),
        ]
    }
}
