extension Parser {
    /// Decodes the escape whose `\` is at `index` into `scratch` (RFC 8259 §7).
    mutating func readEscape() throws(JSONSyntaxError) {
        let escapeStart = index
        guard index + 1 < end else { throw unexpectedEndOfString() }
        let letter = base[index + 1]
        let decoded: UInt8
        switch letter {
        case ASCII.quote, ASCII.backslash, ASCII.slash: decoded = letter
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = ASCII.newline
        case UInt8(ascii: "r"): decoded = ASCII.carriageReturn
        case UInt8(ascii: "t"): decoded = ASCII.tab
        case UInt8(ascii: "u"):
            index += 2
            try readUnicodeEscape(from: escapeStart)
            return
        case 0..<ASCII.space:
            throw JSONSyntaxError(offset: index + 1, reason: .unescapedControlCharacter(letter))
        default:
            guard let scalar = scalar(at: index + 1) else {
                throw JSONSyntaxError(offset: index + 1, reason: .invalidUTF8(byte: letter))
            }
            throw JSONSyntaxError(offset: escapeStart, reason: .invalidEscape("\\" + printable(scalar)))
        }
        scratch.append(decoded)
        index += 2
    }

    /// Decodes `XXXX` after `\u` at `index`, and the low half after it when it is a high surrogate.
    private mutating func readUnicodeEscape(from escapeStart: Int) throws(JSONSyntaxError) {
        let unit = try readHex4(escapeStart: escapeStart)
        var scalarValue = UInt32(unit)
        switch unit {
        case 0xD800...0xDBFF:
            // A high surrogate is only valid as the first half of a `\uD83D\uDE00` pair.
            // Input that ends where the low half could still follow is truncated, not a lone half.
            guard index < end && base[index] == ASCII.backslash else {
                throw index < end ? loneSurrogate(at: escapeStart) : unexpectedEndOfString()
            }
            guard index + 1 < end else { throw unexpectedEndOfString() }
            guard base[index + 1] == UInt8(ascii: "u") else { throw loneSurrogate(at: escapeStart) }
            let lowStart = index
            index += 2
            let low = try readHex4(escapeStart: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: escapeStart) }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        case 0xDC00...0xDFFF:
            throw loneSurrogate(at: escapeStart)
        default:
            break
        }
        // The value is a scalar by construction: surrogates were either paired or rejected above.
        scratch.append(contentsOf: Unicode.Scalar(scalarValue)!.utf8)
    }

    /// Reads the four hex digits at `index` of the `\u` escape starting at `escapeStart`.
    private mutating func readHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for position in index..<index + 4 {
            guard position < end else { throw unexpectedEndOfString() }
            let byte = base[position]
            let digit: UInt8
            switch byte {
            case ASCII.zero...ASCII.nine: digit = byte - ASCII.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                // Quote the six bytes an escape should take, as far as they are visible ASCII.
                var shown = escapeStart + 2
                while shown < min(escapeStart + 6, end) && base[shown] >= ASCII.space && base[shown] < 0x7F {
                    shown += 1
                }
                throw JSONSyntaxError(offset: escapeStart, reason: .invalidEscape(text(from: escapeStart, to: shown)))
            }
            value = value << 4 | UInt16(digit)
        }
        index += 4
        return value
    }

    /// The lone-surrogate error for the six-byte escape at `escapeStart`, quoted as written.
    private func loneSurrogate(at escapeStart: Int) -> JSONSyntaxError {
        JSONSyntaxError(offset: escapeStart, reason: .loneSurrogate(text(from: escapeStart, to: escapeStart + 6)))
    }

    /// The source bytes `start..<end` as text; callers pass validated ASCII.
    func text(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }

    /// The scalar itself when it is visible, its `U+XXXX` name when it is not.
    private func printable(_ scalar: Unicode.Scalar) -> String {
        JSONSyntaxError.Reason.isVisible(scalar) ? String(scalar) : JSONSyntaxError.Reason.quoted(scalar)
    }
}
