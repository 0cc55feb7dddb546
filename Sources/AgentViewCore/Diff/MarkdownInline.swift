/// Markdown for untrusted text inside a list item, safe under CommonMark and GitHub's extensions.
///
/// User data is hostile: a name such as `*Ann* [x](https://evil)` or `` ` `` must show as written,
/// never as emphasis, a link, HTML or a mention. Values go in code spans, where nothing is active;
/// sentences are backslash-escaped. Line breaks never reach here (``DiffText`` replaces them), and
/// text from a snapshot never starts a line, so block syntax (`#`, `-`, `1.`, `>`) cannot start.
enum MarkdownInline {
    /// ASCII punctuation that opens or closes an inline construct mid-line: code, emphasis, links and
    /// images, HTML and autolinks, entities, table cells, strikethrough and GitHub math. CommonMark §2.4
    /// lets a backslash escape any of them.
    private static let active = Set("\\`*_[]<>&|~$".unicodeScalars)

    /// A code span showing `value` literally, whatever backticks and spaces it holds (CommonMark §6.1).
    ///
    /// An empty value is the words `(empty)`: an empty span would be a lone fence that nothing closes, and the
    /// next fence on the line (a name's own span) would close it instead, leaving that name live Markdown.
    static func codeSpan(_ value: String) -> String {
        guard !value.isEmpty else { return "(empty)" }
        // The fence must be longer than any run of backticks inside, so none of them can close it.
        var longest = 0
        var run = 0
        for scalar in value.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        // A backtick at either end would join the fence, and one space is stripped from each end when
        // both ends are spaces: padding with a space on each side keeps the value exact in every case.
        // A span of spaces only is kept as it is (CommonMark strips nothing from it), so it needs none.
        let onlySpaces = value.unicodeScalars.allSatisfy { $0 == " " }
        let needsPadding =
            !onlySpaces
            && (value.hasPrefix("`") || value.hasSuffix("`") || (value.hasPrefix(" ") && value.hasSuffix(" ")))
        let padding = needsPadding ? " " : ""
        return fence + padding + value + padding + fence
    }

    /// `text` with every active character backslash-escaped, so it reads as plain prose.
    ///
    /// GitHub also links what no escape stops, after rendering: mentions (`@org/team`), issue and
    /// cross-repository references (`#1`, `octo/repo#1`, `GH-1`), and bare URLs (`https://…`,
    /// `www.…`, `a@b.example`). A word joiner (U+2060, invisible) after `@`, `#` and `:`, and between
    /// `www` or `GH` and what follows, breaks each pattern while the text reads the same; one after the
    /// opening colon of an emoji shortcode (`:white_check_mark:`) keeps GitHub from drawing a check mark
    /// that no one was given.
    static func escaped(_ text: Substring) -> String {
        let scalars = Array(text.unicodeScalars)
        func lowercased(_ range: Range<Int>) -> String {
            guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return "" }
            return String(String.UnicodeScalarView(scalars[range])).lowercased()
        }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if (scalar == "." && lowercased(index - 3..<index) == "www")
                || (scalar == "-" && lowercased(index - 2..<index) == "gh")
            {
                result.append(joiner)
            }
            if active.contains(scalar) { result.append("\\") }
            result.append(scalar)
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let breaksLink =
                scalar == "@"
                || (scalar == "#" && next.map { $0.properties.numericType != nil } == true)
                || (scalar == ":" && lowercased(index + 1..<index + 3) == "//")
                || (scalar == ":" && opensShortcode(scalars, at: index))
            if breaksLink { result.append(joiner) }
        }
        return String(result)
    }

    /// Whether the colon at `index` opens an emoji shortcode: letters, digits, `_`, `+` or `-`, then a colon.
    /// A run without a letter is left (`10:30:00` is a time; `:+1:` and `:100:` draw no check mark).
    private static func opensShortcode(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index + 1
        var hasLetter = false
        while end < scalars.count, isShortcodeScalar(scalars[end]) {
            hasLetter = hasLetter || scalars[end].properties.isAlphabetic
            end += 1
        }
        return hasLetter && end < scalars.count && scalars[end] == ":"
    }

    private static func isShortcodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_+-".unicodeScalars.contains(scalar))
    }

    /// U+2060 WORD JOINER: invisible, and it ends every pattern GitHub links by itself.
    private static let joiner: Unicode.Scalar = "\u{2060}"

    /// A sentence from a snapshot (a diagnostic's message or advice), escaped whole.
    ///
    /// Its values sit in single quotes, but a value may hold a quote itself (`O'Brien`, or a name
    /// built to end a span early), so no boundary found in the text can be trusted: turning quoted
    /// values into code spans let a name close its span and go on as live Markdown. Escaped whole, the
    /// sentence shows exactly as written and nothing in it is active.
    static func prose(_ text: String) -> String {
        escaped(Substring(text))
    }

    /// An id, key or reason shown bare when it is plainly letters, digits, at most one `:` and inner `-`;
    /// else a code span, where GitHub links and draws nothing.
    ///
    /// Ids in real snapshots are like `support:123` or `within-cap`: escaping them would make the raw
    /// comment hard to read, and anything else is safer in a code span than escaped. Two colons could make an
    /// emoji shortcode (`:tada:`), and `GH-7` is a reference GitHub links to issue 7, so both go in a span.
    static func token(_ value: String) -> String {
        let isPlain =
            !value.isEmpty && !value.hasPrefix("-")
            && value.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == ":" || $0 == "-")
            }
            && value.unicodeScalars.filter { $0 == ":" }.count <= 1
            && !value.lowercased().contains("gh-")
        return isPlain ? value : codeSpan(value)
    }

    /// One part of a change's wording as Markdown.
    static func render(_ part: DiffText.Part) -> String {
        switch part.kind {
        case .text: part.string
        case .data: token(part.string)
        case .quoted: codeSpan(part.string)
        case .prose: prose(part.string)
        case .name: codeSpan(part.string)
        case .checkMark: " ✓"
        }
    }
}
