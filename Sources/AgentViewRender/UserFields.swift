import AgentViewCore
import Mustache

/// The Support user fields that the essentials card and the profile show besides the §4 table:
/// phone, organization, time zone and language (docs/rules.md §4, `Settings.essentialsFields`).
enum UserFields {
    /// A field's value for a Support user, or nil when it has none.
    static func value(_ field: String, of user: SupportUser?) -> String? {
        guard let user else { return nil }
        switch field {
        case "phone":
            let phones = user.identities.filter { $0.type == "phone_number" }
            return user.phone ?? (phones.first(where: \.isPrimary) ?? phones.first)?.value
        // The name when the export holds the organization's record, else its id, which is all the user holds.
        // Shown as a user's name is (`LookalikeText.shown`): "Acme ✅" cannot pass for the mark beside the
        // user's name above it, and a huge name costs a line.
        case "organization":
            return LookalikeText.shown(user.organizationName) ?? user.organizationID.map { "Organization \($0)" }
        case "time-zone": return user.timeZone
        case "language": return user.locale
        default: return nil
        }
    }

    /// `[{label, value}]` for fields in order; a missing value is null, shown as a dash.
    static func list(_ fields: [String], of user: SupportUser?) -> [MustacheValue] {
        fields.map { field in
            ["label": .string(Wording.essentialsField(field)), "value": .init(value(field, of: user))]
        }
    }
}
