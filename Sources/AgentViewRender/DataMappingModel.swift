import AgentViewCore
import Mustache

/// The data-mapping table (docs/rules.md §4) filled in for one user: each Support field, its messaging
/// counterpart, both values, where an agent sees it, and whether the two sides agree.
struct DataMappingModel {
    let user: UserView

    /// The surfaces, in `DataMapping.Surface.allCases` order, as column headings.
    static let surfaceNames: [DataMapping.Surface: String] = [
        .conversationHistory: "Conversation", .essentialsCard: "Essentials card", .profile: "Profile",
    ]

    /// `{visible, rows, surfaces, messagingUserID}`.
    var value: MustacheValue {
        [
            "visible": .bool(user.isVisibleToAgents),
            "surfaces": .list(DataMapping.Surface.allCases.map { .string(Self.surfaceNames[$0] ?? $0.rawValue) }),
            "rows": .list(DataMapping.rows.map(row)),
            "messagingUserID": MustacheValue(user.messagingUsers.first.map { LookalikeText.cut($0.user.id) }),
        ]
    }

    /// One field's row.
    private func row(_ row: DataMapping.Row) -> MustacheValue {
        let support = user.supportValue(row.field)
        let messaging = user.messagingValue(row.field)
        let (agreement, agreementClass) = Self.compare(row.field, support, messaging)
        return [
            "field": .string(row.field.rawValue),
            "supportField": .string(row.supportField),
            "messagingField": .string(row.messagingField),
            "supportValue": MustacheValue(LookalikeText.shown(support)),
            "messagingValue": MustacheValue(LookalikeText.shown(messaging)),
            // Each surface cell holds what an agent sees there: the Support value, or nothing.
            "surfaces": .list(
                DataMapping.Surface.allCases.map { surface in
                    [
                        "surface": .string(surface.rawValue), "shown": .bool(row.visibleOn.contains(surface)),
                        "value": MustacheValue(LookalikeText.shown(user.shown(row.field, on: surface))),
                    ]
                }),
            "agreement": .string(agreement),
            "agreementClass": .string(agreementClass),
        ]
    }

    /// Whether two values agree: external IDs and emails ignore case (§2, §8), names and ids do not.
    static func compare(_ field: DataMapping.Field, _ support: String?, _ messaging: String?) -> (String, String) {
        let support = support.flatMap { $0.isEmpty ? nil : $0 }
        let messaging = messaging.flatMap { $0.isEmpty ? nil : $0 }
        switch (support, messaging) {
        case (nil, nil): return ("Neither side", "none")
        case (_, nil): return ("Support only", "one-side")
        case (nil, _): return ("Messaging only", "one-side")
        case (let support?, let messaging?):
            if support == messaging { return ("Same", "same") }
            let ignoresCase = field == .email || field == .externalID
            if ignoresCase, support.lowercased() == messaging.lowercased() { return ("Same but for case", "same") }
            return ("Differs", "differs")
        }
    }
}
