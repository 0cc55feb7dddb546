extension Parser {
    /// The longest bare word quoted in an error: enough to recognise `NaN`, `Infinity`, `undefined` or
    /// `True`, too short to print a credential (a file of tokens put in an export must not end up in
    /// a CI log), and hostile input cannot make a message huge.
    static let longestQuotedWord = 12

    /// Reads `true`, `false` or `null` at `index`, or explains what else stands there.
    mutating func readLiteral() throws(JSONSyntaxError) -> JSONValue.Kind {
        let start = index
        guard ASCII.isWordByte(base[index]) else { throw unexpected(expected: .value) }
        skipWord()
        if isWord(from: start, "true") { return .bool(true) }
        if isWord(from: start, "false") { return .bool(false) }
        if isWord(from: start, "null") { return .null }
        // A literal cut off by the end of the input is a truncated file, not a misspelling.
        if index == end,
            let literal = ["true", "false", "null"].first(where: { $0.utf8.starts(with: word(from: start)) })
        {
            throw JSONSyntaxError(offset: end, reason: .unexpectedEnd(inside: .literal(literal)))
        }
        throw JSONSyntaxError(offset: start, reason: .invalidLiteral(shortened(from: start)))
    }

    /// Steps over letters, digits and underscores, the run a user would see as one word.
    mutating func skipWord() {
        while index < end && ASCII.isWordByte(base[index]) {
            index += 1
        }
    }

    /// The bytes from `start` to `index`.
    private func word(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: index - start)
    }

    /// Whether the word from `start` to `index` is exactly `literal`.
    @inline(__always)
    private func isWord(from start: Int, _ literal: StaticString) -> Bool {
        index - start == literal.utf8CodeUnitCount
            && word(from: start).elementsEqual(
                UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The word from `start` to `index` for a message, cut at ``longestQuotedWord`` bytes.
    func shortened(from start: Int) -> String {
        let length = index - start
        guard length > Self.longestQuotedWord else { return text(from: start, to: index) }
        return text(from: start, to: start + Self.longestQuotedWord) + "…"
    }
}
