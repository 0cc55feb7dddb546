import JSONTree
import Testing

@Suite("Objects")
struct JSONObjectTests {
    let object = JSONObject([
        JSONObject.Member(key: "status", value: JSONValue(.string("open"))),
        JSONObject.Member(key: "id", value: JSONValue(.number("1"))),
        JSONObject.Member(key: "status", value: JSONValue(.string("solved"))),
    ])

    @Test("the last of duplicate keys wins, as in JavaScript")
    func lastWins() {
        #expect(object["status"]?.string == "solved")
        #expect(object["id"]?.number == "1")
        #expect(object["missing"] == nil)
    }

    @Test("keys are listed once, in the order they first appear")
    func keys() {
        #expect(object.keys == ["status", "id"])
    }

    @Test(
        "contains answers for present keys only",
        arguments: [("id", true), ("status", true), ("ID", false), ("", false)])
    func contains(key: String, expected: Bool) {
        #expect(object.contains(key) == expected)
    }

    @Test("keys of the same length as the one sought are told apart")
    func sameLengthKeys() throws {
        let read = try #require(parsed(#"{"ab": 1, "ba": 2, "é": 3, "ü": 4}"#)?.object)
        #expect(read["ba"]?.number == "2")
        #expect(read["ü"]?.number == "4")
        #expect(read["aa"] == nil)
    }
}
