extension Parser {
    /// Reads a number at `index` and returns its literal exactly as written (RFC 8259 §6).
    mutating func readNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if base[index] == ASCII.minus {
            index += 1
            // `-Infinity` deserves the same message as `NaN`, not "needs a digit after '-'".
            if index < end && ASCII.isWordByte(base[index]) && !ASCII.isDigit(base[index]) {
                index = start + 1
                skipWord()
                throw JSONSyntaxError(offset: start, reason: .invalidLiteral(shortened(from: start)))
            }
        }
        try expectDigit(numberStart: start)
        if base[index] == ASCII.zero {
            index += 1
            if index < end && ASCII.isDigit(base[index]) {
                let zero = index - 1
                skipDigits()
                throw JSONSyntaxError(offset: zero, reason: .leadingZero(text(from: start, to: index)))
            }
        } else {
            skipDigits()
        }
        if index < end && base[index] == ASCII.period {
            index += 1
            try expectDigit(numberStart: start)
            skipDigits()
        }
        if index < end && base[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < end && (base[index] == ASCII.plus || base[index] == ASCII.minus) {
                index += 1
            }
            try expectDigit(numberStart: start)
            skipDigits()
        }
        return text(from: start, to: index)
    }

    /// Checks that a digit follows the `-`, `.`, `e` or sign just read.
    private func expectDigit(numberStart: Int) throws(JSONSyntaxError) {
        guard index < end else { throw JSONSyntaxError(offset: end, reason: .unexpectedEnd(inside: .number)) }
        guard ASCII.isDigit(base[index]) else {
            throw JSONSyntaxError(offset: index, reason: .missingDigit(text(from: numberStart, to: index)))
        }
    }

    /// Steps over a run of digits.
    @inline(__always)
    private mutating func skipDigits() {
        while index < end && ASCII.isDigit(base[index]) {
            index += 1
        }
    }
}
