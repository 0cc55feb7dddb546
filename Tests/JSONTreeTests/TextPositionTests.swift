import JSONTree
import Testing

@Suite("Text positions")
struct TextPositionTests {
    @Test(
        "lines count line breaks and columns count characters",
        arguments: [
            ("abc", 0, 1, 1), ("abc", 2, 1, 3), ("abc", 3, 1, 4), ("a\nbc", 1, 1, 2), ("a\nbc", 2, 2, 1),
            ("a\nbc", 3, 2, 2), ("a\r\nbc", 1, 1, 2), ("a\r\nbc", 3, 2, 1), ("a\r\n\r\nb", 5, 3, 1),
            ("é1", 2, 1, 2), ("😀x", 4, 1, 2), ("日本語\n語x", 13, 2, 2), ("\u{FEFF}x", 3, 1, 1),
            ("\u{FEFF}\u{FEFF}x", 6, 1, 2), ("ab", 99, 1, 3), ("ab", -1, 1, 1), ("", 0, 1, 1),
        ])
    func position(text: String, offset: Int, line: Int, column: Int) {
        #expect(TextPosition(offset: offset, in: bytes(text)) == TextPosition(line: line, column: column))
    }

    @Test("an error after multibyte keys points at the column an editor shows")
    func errorInMultibyteDocument() {
        let input = bytes("{\"名前\": \"José\",\n  \"b\": nul}")
        let error = #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(input) }
        #expect(error?.description == "'nul' is not valid JSON")
        #expect(error.map { TextPosition(offset: $0.offset, in: input).description } == "2:8")
    }
}
