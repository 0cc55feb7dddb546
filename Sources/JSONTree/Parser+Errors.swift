extension Parser {
    /// The error for the byte at `index`, which cannot stand where the grammar expects `expected`.
    ///
    /// Common mistakes get their own message because "found '/'" does not tell a user that
    /// comments are the problem.
    func unexpected(expected: JSONSyntaxError.Expectation) -> JSONSyntaxError {
        let byte = base[index]
        switch byte {
        case ASCII.slash:
            return JSONSyntaxError(offset: index, reason: .comment)
        case ASCII.apostrophe where expected == .value || expected == .key:
            return JSONSyntaxError(offset: index, reason: .singleQuotedString)
        case 0..<0x80:
            return JSONSyntaxError(
                offset: index, reason: .unexpectedCharacter(Unicode.Scalar(byte), expected: expected))
        default:
            guard let scalar = scalar(at: index) else {
                return JSONSyntaxError(offset: index, reason: .invalidUTF8(byte: byte))
            }
            return JSONSyntaxError(offset: index, reason: .unexpectedCharacter(scalar, expected: expected))
        }
    }

    /// The error for a byte at `index` after the document's value.
    func trailingContentError() -> JSONSyntaxError {
        let byte = base[index]
        if byte == ASCII.slash {
            return JSONSyntaxError(offset: index, reason: .comment)
        }
        if byte >= 0x80 && scalar(at: index) == nil {
            return JSONSyntaxError(offset: index, reason: .invalidUTF8(byte: byte))
        }
        return JSONSyntaxError(offset: index, reason: .trailingContent)
    }

    /// The scalar whose UTF-8 starts at `offset`, or nil when the bytes there are not well-formed.
    func scalar(at offset: Int) -> Unicode.Scalar? {
        if base[offset] < 0x80 { return Unicode.Scalar(base[offset]) }
        guard case .scalar(let length) = UTF8Sequence(at: offset, in: base, end: end) else { return nil }
        let bytes = UnsafeBufferPointer(start: base + offset, count: length)
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.first
    }
}
