import Foundation

/// The wording helpers diagnostics share, so every message quotes and lists values the same way.
///
/// STYLE.md: lowercase sentences, no final period, user values in single quotes.
enum DiagnosticText {
    /// How many items a message lists before it says "and N more".
    static let listLimit = 10

    /// A user value in single quotes: `'Bob Chen'`; past `quotedLimit` characters it is cut with `…`,
    /// so a huge value costs a line, not megabytes, in every message that names it.
    static func quoted(_ value: String) -> String {
        guard let head = value.head(ifLongerThan: quotedLimit) else { return "'\(value)'" }
        return "'\(head)…'"
    }

    /// The most characters of one value that a diagnostic quotes.
    static let quotedLimit = 255

    /// Items joined as prose: `a`, `a and b`, `a, b and c`; past `limit`, `a, b and 7 more`.
    static func list(_ items: [String], limit: Int = listLimit) -> String {
        let shown = items.count > limit ? Array(items.prefix(limit)) : items
        let rest = items.count - shown.count
        var parts = shown
        if rest > 0 { parts.append("\(rest) more") }
        guard let last = parts.popLast() else { return "" }
        return parts.isEmpty ? last : parts.joined(separator: ", ") + " and " + last
    }

    /// Quoted items joined as prose.
    static func quotedList(_ items: [String], limit: Int = listLimit) -> String {
        list(items.map(quoted), limit: limit)
    }

    /// A count with its noun: `1 ticket`, `2 tickets`.
    static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    /// A user as reviewers recognise them: `support:123 'Ann Lee'`, or the bare key when it has no name.
    static func user(_ key: UserKey, name: String?) -> String {
        guard let name, !name.isEmpty else { return key.description }
        return "\(key) \(quoted(name))"
    }

    /// A value folded for comparison: trimmed, inner whitespace collapsed, lowercased.
    ///
    /// `lowercased()` is locale-independent in Swift, so the result is the same on every machine.
    static func folded(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// A value with its surrounding whitespace removed, or nil when nothing is left.
    static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
