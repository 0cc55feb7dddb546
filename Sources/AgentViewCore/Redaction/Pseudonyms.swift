import Digest
import Foundation

/// Keyed, consistent pseudonyms for what identifies a person (issue 17's `--redact`, docs/rules.md §12).
///
/// A value's pseudonym is derived from the HMAC-SHA-256 of the value under a secret key, so whoever has
/// the pages but not the key cannot compute a pseudonym from a guessed value, nor invert one. Equal
/// values get equal pseudonyms everywhere, compared as the rules compare them (emails and external IDs
/// case-insensitively), and different values of one kind get different pseudonyms: a table assigns a
/// whole set at once and lengthens the pseudonyms of values whose short forms would clash. The result
/// depends only on the key and the set of values, never on their order.
///
/// | kind | pseudonym |
/// |---|---|
/// | name | `User 7F3A K2` |
/// | email | `user-7f3a@redacted.invalid` |
/// | external ID | `ext-7f3a9c2b` |
/// | phone | `+•• ••• ••7 3a` |
/// | other identity value | `identity-7f3a9c2b` |
/// | organization name | `Org 7F3A K2` |
public struct Pseudonyms: Sendable {
    /// What a value is, which decides its pseudonym's shape and how values compare.
    public enum Kind: String, Sendable, CaseIterable {
        case name
        case email
        case externalID = "external-id"
        case phone
        /// The value of an identity of another type (`twitter`, `facebook`, `google`, `sdk`, …).
        case identityValue = "identity"
        /// An organization's name, which can name the customer as surely as a person's name.
        case organization
    }

    /// The secret the pseudonyms are keyed with.
    private let key: [UInt8]

    /// Pseudonyms under this key.
    public init(key: [UInt8]) {
        self.key = key
    }

    /// A distinct pseudonym for each distinct value of one kind, keyed by the value as given.
    ///
    /// Values that compare equal for the kind (`A@x.org` and `a@x.org`) share one pseudonym.
    public func table(_ kind: Kind, values: some Sequence<String>) -> [String: String] {
        var byNormalized: [String: [String]] = [:]
        for value in values { byNormalized[Self.normalized(value, kind), default: []].append(value) }
        let digests = byNormalized.keys.map { ($0, digest(of: $0, kind).hexadecimal) }
        var table: [String: String] = [:]
        var pending = digests
        var length = Self.shortestLength(kind)
        while !pending.isEmpty {
            var groups: [Substring: [(String, String)]] = [:]
            for entry in pending { groups[entry.1.prefix(length), default: []].append(entry) }
            pending = []
            for (prefix, entries) in groups {
                if entries.count == 1 || length >= 64 {
                    for (normalized, _) in entries {
                        let pseudonym = Self.format(prefix, kind, check: entries[0].1.suffix(2))
                        for value in byNormalized[normalized]! { table[value] = pseudonym }
                    }
                } else {
                    pending += entries
                }
            }
            length += 2
        }
        return table
    }

    /// How the rules compare values of a kind: emails and external IDs ignore case (docs/rules.md §2, §8).
    static func normalized(_ value: String, _ kind: Kind) -> String {
        switch kind {
        // Emails as the rules compare them: trimmed (sync drift trims) and without case.
        case .email: value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        case .externalID: value.lowercased()
        case .name, .phone, .identityValue, .organization: value
        }
    }

    /// The HMAC of a normalized value, the kind in front so that one value gives unrelated pseudonyms
    /// as a name and as an email.
    private func digest(of normalized: String, _ kind: Kind) -> [UInt8] {
        HMAC.sha256(key: key, message: Array(kind.rawValue.utf8) + [0] + Array(normalized.utf8))
    }

    /// How many hex digits a pseudonym of the kind starts with before a clash lengthens it.
    private static func shortestLength(_ kind: Kind) -> Int {
        switch kind {
        case .name, .email, .organization: 4
        case .externalID, .identityValue: 8
        case .phone: 3
        }
    }

    /// The pseudonym shown for a digest prefix.
    private static func format(_ hex: Substring, _ kind: Kind, check: Substring) -> String {
        switch kind {
        case .name:
            return "User \(hex.uppercased()) \(letters(check))"
        case .email:
            return "user-\(hex)@redacted.invalid"
        case .externalID:
            return "ext-\(hex)"
        case .phone:
            return phone(hex)
        case .identityValue:
            return "identity-\(hex)"
        case .organization:
            return "Org \(hex.uppercased()) \(letters(check))"
        }
    }

    /// Two letters and digits from two hex digits, so names read as names, not as hashes.
    private static func letters(_ hex: Substring) -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        let value = Int(hex, radix: 16) ?? 0
        return String([alphabet[value / 32 % 32], alphabet[value % 32]])
    }

    /// `+•• ••• ••7 3a`: a phone number's shape, its last digits from the digest; a longer prefix
    /// replaces more dots, and past ten digits the groups simply grow.
    private static func phone(_ hex: Substring) -> String {
        var slots = Array(repeating: Character("•"), count: max(10, hex.count))
        for (offset, digit) in hex.enumerated() { slots[slots.count - hex.count + offset] = digit }
        let head = slots.count - 8
        return "+" + String(slots[..<head]) + " " + String(slots[head..<head + 3]) + " "
            + String(slots[(head + 3)..<(head + 6)]) + " " + String(slots[(head + 6)...])
    }
}

/// What is left of a text when its words are redacted: its kind, length and shape.
public enum RedactedText {
    /// `[message, 84 characters, 1 link]`: what a reviewer needs to follow a conversation (that
    /// something was said, how much, whether it carried a link), and nothing of what was said.
    public static func describe(_ text: String, as kind: String) -> String {
        let characters = text.count
        let links = linkCount(in: text)
        var parts = [kind, "\(characters) character\(characters == 1 ? "" : "s")"]
        if links > 0 { parts.append("\(links) link\(links == 1 ? "" : "s")") }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// How many web or mail links a text holds, as pages would make them links.
    static func linkCount(in text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { word in
            let lower = word.lowercased()
            return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
                || lower.hasPrefix("www.")
        }.count
    }
}
