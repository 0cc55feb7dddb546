import JSONTree
import Testing

@Suite("Reading newline-delimited JSON")
struct JSONReaderLinesTests {
    @Test("blank lines are skipped and offsets count from the start of the buffer")
    func offsetsAcrossLines() throws {
        let input = bytes("{\"a\":1}\n\n  \n{\"b\":2}\r\n[3]\n")
        let values = try JSONReader.parseLines(input)
        #expect(values.map(\.offset) == [0, 12, 21])
        #expect(values[1].object?.members.first?.keyOffset == 13)
        #expect(values[2].array?.first == JSONValue(.number("3"), offset: 22))
    }

    @Test("the last line needs no line break")
    func lastLineWithoutBreak() throws {
        #expect(try JSONReader.parseLines(bytes("1\n2")).compactMap(\.number) == ["1", "2"])
    }

    @Test("a buffer of blank lines holds no values", arguments: ["", "\n", " \r\n\t\n", "\u{FEFF}", "\u{FEFF}\n"])
    func blankBuffer(text: String) throws {
        #expect(try JSONReader.parseLines(bytes(text)).isEmpty)
    }

    @Test("a byte order mark before the first line is skipped")
    func byteOrderMark() throws {
        let values = try JSONReader.parseLines(bytes("\u{FEFF}{}\n[]"))
        #expect(values.map(\.offset) == [3, 6])
    }

    @Test(
        "an error on a later line is reported at its offset in the whole buffer",
        arguments: [
            ("[1]\n[2]\n[3,]\n", 10, "trailing comma before ']'", TextPosition(line: 3, column: 3)),
            (
                "{\"a\":1}\r\n{\"b\":\r\n[1]", 14, "unexpected end of input inside an object",
                TextPosition(line: 2, column: 6)
            ),
            ("{}\n\"a\n[]", 5, "unexpected end of input inside a string", TextPosition(line: 2, column: 3)),
            ("1\n2 3\n", 4, "unexpected content after the JSON value", TextPosition(line: 2, column: 3)),
            ("1\n\n [\n]", 5, "unexpected end of input inside an array", TextPosition(line: 3, column: 3)),
        ])
    func errorOnLaterLine(text: String, offset: Int, description: String, position: TextPosition) {
        let input = bytes(text)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONReader.parseLines(input) }
        #expect(error?.offset == offset)
        #expect(error?.description == description)
        #expect(error.map { TextPosition(offset: $0.offset, in: input) } == position)
    }

    @Test("each line is handed over as it is read, the lines before an error included")
    func eachLineBeforeAnError() {
        var offsets: [Int] = []
        let error = #expect(throws: JSONSyntaxError.self) {
            try JSONReader.parseLines(bytes("[1]\n\n{}\n[3,]\n[4]")) { value in offsets.append(value.offset) }
        }
        #expect(offsets == [0, 5])
        #expect(error?.offset == 10)
    }

    @Test("the depth limit applies to each line")
    func depthPerLine() {
        let error = #expect(throws: JSONSyntaxError.self) {
            try JSONReader.parseLines(bytes("[[]]\n[[[]]]"), maxDepth: 2)
        }
        #expect(error == JSONSyntaxError(offset: 7, reason: .tooDeep(limit: 2)))
    }
}
