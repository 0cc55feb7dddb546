/// The bytes rendered so far, with the indentation that partials and blocks add to their lines.
///
/// Indentation is added lazily, just before the first byte of a template line, so that blank
/// lines get none and lines that data values break get none either (partials.json,
/// "Standalone Indentation": only the partial's own lines are indented).
struct Output {
    /// The rendered UTF-8 bytes.
    let bytes: OutputBytes
    /// What each template line written from now on starts with.
    var indentation: [UInt8] = []
    /// Whether the next byte written starts a template line, and so needs the indentation first.
    var atLineStart = true

    /// Creates an empty output with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        bytes = OutputBytes(capacity: capacity)
    }

    /// Writes template text, indenting each of its non-blank lines that starts a line.
    mutating func writeTemplateText(_ text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        guard !indentation.isEmpty else {
            bytes.append(text)
            atLineStart = text.last == .newline
            return
        }
        var start = 0
        for index in text.indices where text[index] == .newline {
            writeLine(UnsafeBufferPointer(rebasing: text[start..<index]))
            bytes.append(.newline)
            atLineStart = true
            start = index + 1
        }
        writeLine(UnsafeBufferPointer(rebasing: text[start...]))
    }

    /// Writes the text of a value, HTML-escaped unless the tag asked for raw output.
    ///
    /// Line breaks inside the value start no template line, so they get no indentation.
    mutating func writeValue(_ text: String, escaped: Bool) {
        guard !text.isEmpty else { return }
        writePendingIndentation()
        if escaped {
            HTMLEscaper.append(text, to: bytes)
        } else {
            bytes.append(text)
        }
    }

    /// Writes the indentation now if a template line is waiting for it.
    mutating func writePendingIndentation() {
        if atLineStart {
            indentation.withUnsafeBufferPointer { bytes.append($0) }
            atLineStart = false
        }
    }

    /// Writes part of one template line, which must not contain a line break.
    private mutating func writeLine(_ line: UnsafeBufferPointer<UInt8>) {
        guard !line.isEmpty else { return }
        // A lone carriage return is the end of a blank `\r\n` line, which stays unindented.
        if !(line.count == 1 && line.first == .carriageReturn) {
            writePendingIndentation()
        }
        bytes.append(line)
        atLineStart = false
    }
}
