import Foundation
import JSONTree
import Testing

@Suite("Limits of hostile input")
struct JSONReaderLimitsTests {
    /// Parses `input` on a thread with the stack a Dispatch worker gets, where a recursive
    /// parser without a depth check would crash the whole process.
    private func parseOnSmallStack(_ input: [UInt8]) async -> Result<JSONValue, JSONSyntaxError> {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Result { () throws(JSONSyntaxError) in try JSONReader.parse(input) })
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
    }

    @Test("512 levels of nesting are allowed by default")
    func deepestAllowed() {
        let json = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(parsed(json) != nil)
    }

    @Test(
        "one level more than the limit is an error at the bracket that opens it",
        arguments: [
            (String(repeating: "[", count: 513), 512, 512, "nesting deeper than 512 levels"),
            (String(repeating: #"{"a":"#, count: 600), 512, 2560, "nesting deeper than 512 levels"),
            (#"{"a": [{"b": []}]}"#, 3, 13, "nesting deeper than 3 levels"),
            ("[[]]", 1, 1, "nesting deeper than 1 level"),
            ("[]", 0, 0, "nesting deeper than 0 levels"),
        ])
    func tooDeep(json: String, maxDepth: Int, offset: Int, description: String) {
        expectSyntaxError(bytes(json), offset: offset, description: description, maxDepth: maxDepth)
    }

    @Test("the depth limit leaves scalars alone")
    func scalarsAtDepthZero() {
        #expect(parsed("\"x\"", maxDepth: 0)?.string == "x")
    }

    @Test(
        "deep nesting on a 512 KiB stack is an error, not a crash",
        arguments: [
            ([UInt8](repeating: UInt8(ascii: "["), count: 100_000), 512),
            // Level 513 is the `{` of the 257th `{"k":[`, six bytes each.
            (Array(String(repeating: #"{"k":["#, count: 50_000).utf8), 1536),
        ])
    func deepNestingOnSmallStack(input: [UInt8], offset: Int) async {
        let result = await parseOnSmallStack(input)
        #expect(throws: JSONSyntaxError(offset: offset, reason: .tooDeep(limit: 512))) { try result.get() }
    }

    @Test("a million levels of nesting are rejected without a crash")
    func millionLevels() {
        let input = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        expectSyntaxError(input, offset: 512, description: "nesting deeper than 512 levels")
    }

    @Test("a 50 MB string value is read whole", arguments: [false, true])
    func fiftyMegabyteString(withEscapes: Bool) throws {
        // The escaped variant goes through the slow path that decodes into a scratch buffer.
        let unit = withEscapes ? #"Hé said \"hi\"\n"# : "The printer is on fire. "
        let decodedUnit = withEscapes ? "Hé said \"hi\"\n" : unit
        let repeats = 50_000_000 / unit.utf8.count
        var input: [UInt8] = [UInt8(ascii: "[")]
        input.reserveCapacity(repeats * unit.utf8.count + 8)
        input.append(UInt8(ascii: "\""))
        for _ in 0..<repeats { input.append(contentsOf: unit.utf8) }
        input.append(contentsOf: #"", 1]"#.utf8)
        let value = try JSONReader.parse(input)
        let text = try #require(value.array?.first?.string)
        #expect(text.utf8.count == repeats * decodedUnit.utf8.count)
        #expect(text.hasPrefix(decodedUnit + decodedUnit))
        #expect(text.hasSuffix(decodedUnit))
        #expect(value.array?.last == JSONValue(.number("1"), offset: input.count - 2))
    }
}
