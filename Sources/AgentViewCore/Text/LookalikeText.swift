/// Characters in a name that can make it pass for another user, or for the authenticated mark
/// (rulebook: "Look-alike names"). Found by `LookalikeNameRule`, and shown defused on every page.
///
/// - A check-mark-like character (✓ ✔ ✅ ☑ 🗸 🗹 ⍻ √ …): "Alice Carter ✅" reads as Alice with the
///   green mark, while the real mark is drawn by the Agent Workspace, never typed.
/// - A bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): it reorders the
///   text after it, so a name can move a mark next to itself or spell another name.
/// - An invisible character (a zero-width space, a word joiner, a Hangul filler, …): "Diego\u{200B} Alvarez"
///   looks exactly like Diego Alvarez and is another name.
/// - Mixed scripts in one word: Latin letters beside Cyrillic, Greek, Armenian or Cherokee ones ("Аlice"
///   with a Cyrillic А), which look the same as another user's name but are not.
public enum LookalikeText {
    /// Characters that look like a check mark or a ticked box, or like the mark itself (a green disc).
    public static let checkMarks: Set<UInt32> = [
        0x2713, 0x2714, 0x2705, 0x2611, 0x1F5F8, 0x1F5F9, 0x237B, 0x221A, 0x1FBB1, 0x10102, 0x1F7E2,
    ]

    /// Characters that show nothing: zero-width spaces and joiners that join nothing in a name, invisible
    /// operators, the byte-order mark, soft hyphens and Hangul fillers. The zero-width (non-)joiner is
    /// left out: Persian and Indic names, and emoji, need it.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x180E, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0: true
        default: false
        }
    }

    /// Bidirectional embeddings, overrides, isolates and marks.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// Whether a character would be shown defused on pages: a check-mark look-alike, a bidi control or an
    /// invisible character.
    public static func isDeceptive(_ scalar: Unicode.Scalar) -> Bool {
        checkMarks.contains(scalar.value) || isBidiControl(scalar) || isInvisible(scalar)
    }

    /// `name` as pages show it: each check-mark look-alike and bidi control written as its code point
    /// in brackets (`Alice Carter [U+2705]`), so it can neither pass for the mark nor reorder the page.
    public static func defused(_ name: String) -> String {
        // Every deceptive character is past ASCII: the names of most exports are read as bytes, with no set lookup.
        guard !name.utf8.allSatisfy({ $0 < 0x80 }), name.unicodeScalars.contains(where: isDeceptive) else {
            return name
        }
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if isDeceptive(scalar) {
                result.append(contentsOf: "[\(codePoints([scalar]))]".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The longest name pages show whole, in characters: far past any real name or email.
    public static let shownNameLimit = 255

    /// `name` as pages show it: `defused`, and cut after `shownNameLimit` characters with `… (N more
    /// bytes)`, so that
    /// a 100 MB name in an export costs a line, not gigabytes, on every page that shows it
    /// (`snapshot.json` keeps the whole name).
    public static func shown(_ name: String) -> String {
        guard let head = name.head(ifLongerThan: shownNameLimit) else { return defused(name) }
        // Bytes, not characters: counting a huge value's characters would cost what the cut saves.
        let more = name.utf8.count - head.utf8.count
        return defused(String(head)) + "… (\(more) more bytes)"
    }

    /// `value` cut as `shown` cuts names (or after `limit` characters), but not defused: for text that is not a name (a subject, an id),
    /// where a look-alike mark deceives no one and the page isolates the value in `<bdi>`.
    public static func cut(_ value: String, after limit: Int = shownNameLimit) -> String {
        guard let head = value.head(ifLongerThan: limit) else { return value }
        return String(head) + "… (\(value.utf8.count - head.utf8.count) more bytes)"
    }

    /// `shown` for an optional name.
    public static func shown(_ name: String?) -> String? { name.map { shown($0) } }

    /// `defused` for an optional name.
    public static func defused(_ name: String?) -> String? { name.map { defused($0) } }

    /// What is deceptive about `name`, in words; empty when nothing is.
    public static func findings(in name: String) -> [String] {
        var findings: [String] = []
        let marks = name.unicodeScalars.filter { checkMarks.contains($0.value) }
        if !marks.isEmpty {
            findings.append(
                "a check-mark-like character (\(codePoints(marks))) that can pass for the authenticated mark")
        }
        let controls = name.unicodeScalars.filter(isBidiControl)
        if !controls.isEmpty {
            findings.append("a bidirectional control (\(codePoints(controls))) that reorders the text around it")
        }
        let invisible = name.unicodeScalars.filter(isInvisible)
        if !invisible.isEmpty {
            findings.append(
                "an invisible character (\(codePoints(invisible))) that makes it look like a name it is not")
        }
        let mixed = name.split(whereSeparator: { $0.isWhitespace }).filter {
            Set($0.unicodeScalars.compactMap(script)).count > 1
        }
        if !mixed.isEmpty {
            findings.append(
                "letters of two scripts in one word (\(mixed.map { "'\($0)'" }.joined(separator: ", "))), which can imitate another name"
            )
        }
        return findings
    }

    /// `U+2705, U+202E`: each distinct code point once, in order of appearance.
    static func codePoints(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var seen: [UInt32] = []
        for scalar in scalars where !seen.contains(scalar.value) { seen.append(scalar.value) }
        return seen.map { "U+" + String($0, radix: 16, uppercase: true).leftPadded(to: 4) }.joined(separator: ", ")
    }

    private enum Script { case latin, greek, cyrillic, armenian, cherokee }

    /// The script of a letter among those that imitate one another; nil for any other character.
    private static func script(_ scalar: Unicode.Scalar) -> Script? {
        guard scalar.properties.isAlphabetic else { return nil }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x530...0x58F: return .armenian
        case 0x13A0...0x13FF, 0xAB70...0xABBF: return .cherokee
        default: return nil
        }
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
