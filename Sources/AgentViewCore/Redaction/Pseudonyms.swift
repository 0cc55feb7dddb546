import Digest
import Foundation

/// Keyed, consistent pseudonyms for what identifies a person (issue 17's `--redact`, docs/rules.md §12).
///
/// A value's pseudonym is derived from the HMAC-SHA-256 of the value under a secret key, so whoever has
/// the pages but not the key cannot compute a pseudonym from a guessed value, nor invert one. Equal
/// values get equal pseudonyms everywhere, compared as the rules compare them (emails and external IDs
/// case-insensitively), and different values of one kind get different pseudonyms.
///
/// A pseudonym depends on the key and its value alone, so one person reads the same in two reports of
/// different weeks and a diff of two exports redacted with one key shows no rename that did not happen:
/// each shows 32 to 36 bits of the digest, where two of 10,000 emails share a pseudonym about once in 90
/// exports, two of 10,000 names once in 1,400. Only then, the values that would share one are lengthened,
/// two digits at a time, until they differ: the one case where a pseudonym depends on another value. The
/// result never depends on the order of the values. (A name spelt two ways that fold alike, `Alice` and `ALICE`, takes a case
/// variant of one pseudonym, which depends on the spellings the export holds: `ExportRedactor`.)
///
/// | kind | pseudonym |
/// |---|---|
/// | name | `User 7F3A K2QM` |
/// | email | `user-7f3a9c2b@redacted.invalid` |
/// | external ID | `ext-7f3a9c2b` |
/// | phone | `+•• 7f3 a9c 2b` |
/// | other identity value | `identity-7f3a9c2b` |
/// | organization name | `Org 7F3A K2QM` |
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
        let assigned = Self.assign(byNormalized.keys.map { ($0, digest(of: $0, kind).hexadecimal) }, kind)
        var table: [String: String] = [:]
        for (normalized, pseudonym) in assigned {
            for value in byNormalized[normalized]! { table[value] = pseudonym }
        }
        return table
    }

    /// The pseudonym of each normalized value, given its digest in hexadecimal: the kind's shape at its
    /// usual length, lengthened two digits at a time only for values whose pseudonyms would be equal.
    static func assign(_ digests: [(normalized: String, hex: String)], _ kind: Kind) -> [String: String] {
        var assigned: [String: String] = [:]
        var pending = digests
        var length = Self.shortestLength(kind)
        while !pending.isEmpty {
            var groups: [String: [(normalized: String, hex: String)]] = [:]
            for entry in pending { groups[Self.format(entry.hex, kind, length: length), default: []].append(entry) }
            pending = []
            for (pseudonym, entries) in groups {
                // At the longest, two values would need digests equal in all but five of their 64 digits.
                if entries.count == 1 || length >= Self.longestLength {
                    for entry in entries { assigned[entry.normalized] = pseudonym }
                } else {
                    pending += entries
                }
            }
            length += 2
        }
        return assigned
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

    /// How many hex digits of the digest a pseudonym of the kind shows, unless values would share it.
    private static func shortestLength(_ kind: Kind) -> Int {
        switch kind {
        case .name, .organization: 4
        case .email, .externalID, .identityValue, .phone: 8
        }
    }

    /// The most hex digits a pseudonym shows: those before the five the check letters are made of.
    static let longestLength = 58

    /// The pseudonym shown for the first `length` hex digits of a digest (names and organizations also
    /// show four letters made of its last five digits).
    private static func format(_ digest: String, _ kind: Kind, length: Int) -> String {
        let hex = digest.prefix(length)
        switch kind {
        case .name:
            return "User \(hex.uppercased()) \(letters(digest.suffix(5)))"
        case .email:
            return "user-\(hex)@redacted.invalid"
        case .externalID:
            return "ext-\(hex)"
        case .phone:
            return phone(hex)
        case .identityValue:
            return "identity-\(hex)"
        case .organization:
            return "Org \(hex.uppercased()) \(letters(digest.suffix(5)))"
        }
    }

    /// Four letters and digits from five hex digits (20 bits, 5 a character), so names read as names, not as
    /// hashes.
    private static func letters(_ hex: Substring) -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        let value = Int(hex, radix: 16) ?? 0
        return String((0..<4).map { alphabet[value >> (15 - 5 * $0) & 31] })
    }

    /// `+•• 7f3 a9c 2b`: a phone number's shape, its last digits from the digest; a longer prefix
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
