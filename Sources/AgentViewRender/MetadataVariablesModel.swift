import AgentViewCore
import Mustache

/// The AI-agent messaging metadata variables of a user (docs/rules.md §4): Provided name, Provided email,
/// Authenticated external ID, empty for unauthenticated users, and Authenticated status, never empty.
struct MetadataVariablesModel {
    let user: UserView

    /// `[{name, value, empty}]` in the order Zendesk lists them.
    var value: MustacheValue {
        let variables = user.metadataVariables
        // The name as pages show names (`LookalikeText.shown`): given name and surname in one run, a bidi
        // control in one reordered the other.
        let rows = [
            ("Provided name", LookalikeText.shown(variables.providedName)), ("Provided email", variables.providedEmail),
            ("Authenticated external ID", variables.authenticatedExternalID),
            ("Authenticated status", variables.authenticatedStatus),
        ]
        return .list(
            rows.map { name, value in ["name": .string(name), "value": .string(value), "empty": .bool(value.isEmpty)] })
    }
}
