/// A value a template can show: text, a number, a boolean, a list, a map or null.
///
/// Values are plain data, built by hand or converted from JSON; there is no reflection and no
/// closure case, so a context is `Sendable` and rendering it is deterministic.
public enum MustacheValue: Sendable, Equatable {
    /// Text, shown as it is (HTML-escaped unless the tag asks for raw output).
    case string(String)
    /// A number, kept as the exact text it prints as, such as `"85"` or `"1.21"`.
    case number(String)
    /// A boolean: `false` hides a section, `true` shows it once.
    case bool(Bool)
    /// A list: a section repeats once per element, and an empty list hides it.
    case list([MustacheValue])
    /// Named values, only ever looked up by key, so their order never affects output.
    case map(MustacheMap)
    /// The absence of a value: it renders as empty text and hides a section.
    case null
}

extension MustacheValue {
    /// Whether a section over this value is shown: `null`, `false` and an empty list are false.
    ///
    /// The empty string is true, as the spec asks (sections.json, "Falsey" only names these).
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let flag): flag
        case .list(let elements): !elements.isEmpty
        case .string, .number, .map: true
        }
    }

    /// The text an interpolation tag prints, or `nil` when it prints nothing.
    ///
    /// Lists and maps have no text form in the spec, so they print nothing rather than a
    /// debug dump that would leak structure into a page.
    var text: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null, .list, .map: nil
        }
    }
}
