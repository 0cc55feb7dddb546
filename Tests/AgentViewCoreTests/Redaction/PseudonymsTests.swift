import AgentViewCore
import Testing

/// Keyed pseudonyms: equal values agree everywhere, different values never share one, and nothing of
/// the value shows.
@Suite struct PseudonymsTests {
    let pseudonyms = Pseudonyms(key: Array("a key only this test knows".utf8))

    @Test("Each kind has its shape")
    func shapes() throws {
        let name = try #require(pseudonyms.table(.name, values: ["Amelia Hart"])["Amelia Hart"])
        #expect(name.wholeMatch(of: /User [0-9A-F]{4} [A-Z2-9]{2}/) != nil, "\(name)")
        let email = try #require(pseudonyms.table(.email, values: ["amelia@example.com"])["amelia@example.com"])
        #expect(email.wholeMatch(of: /user-[0-9a-f]{4}@redacted\.invalid/) != nil, "\(email)")
        let external = try #require(pseudonyms.table(.externalID, values: ["crm-88231"])["crm-88231"])
        #expect(external.wholeMatch(of: /ext-[0-9a-f]{8}/) != nil, "\(external)")
        let phone = try #require(pseudonyms.table(.phone, values: ["+45 12 34 56 78"])["+45 12 34 56 78"])
        #expect(phone.wholeMatch(of: /\+•• ••• ••[0-9a-f] [0-9a-f]{2}/) != nil, "\(phone)")
    }

    @Test("Emails and external IDs compare without case, as the rules compare them; names with it")
    func caseRules() {
        let emails = pseudonyms.table(.email, values: ["Ann@Example.com", "ann@example.com", "bob@example.com"])
        #expect(emails["Ann@Example.com"] == emails["ann@example.com"])
        #expect(emails["ann@example.com"] != emails["bob@example.com"])
        let externals = pseudonyms.table(.externalID, values: ["NW-10002", "nw-10002"])
        #expect(externals["NW-10002"] == externals["nw-10002"])
        let names = pseudonyms.table(.name, values: ["Robert Chen", "robert chen"])
        #expect(names["Robert Chen"] != names["robert chen"])
    }

    @Test("Thousands of values get distinct pseudonyms: short ones that clash are lengthened")
    func distinct() {
        let values = (0..<5_000).map { "Customer \($0)" }
        let table = pseudonyms.table(.name, values: values)
        #expect(Set(values.map { table[$0]! }).count == values.count)
        // 16 bits cannot hold 5,000 values without clashes, so some pseudonyms must be longer.
        #expect(values.contains { table[$0]!.count > "User 7F3A K2".count })
        let phones = pseudonyms.table(.phone, values: (0..<2_000).map { "+1 555 \($0)" })
        #expect(Set(phones.values).count == 2_000)
    }

    @Test("The same key gives the same pseudonyms in any order; another key gives others")
    func keyed() {
        let values = (0..<300).map { "user\($0)@example.com" }
        let forward = pseudonyms.table(.email, values: values)
        #expect(forward == pseudonyms.table(.email, values: values.reversed()))
        let other = Pseudonyms(key: Array("another key".utf8)).table(.email, values: values)
        #expect(values.filter { forward[$0] == other[$0] }.count < 5)
    }

    @Test("A pseudonym holds nothing of its value, and one value differs as a name and as an email")
    func nothingShows() {
        let value = "maria.lopez"
        let name = pseudonyms.table(.name, values: [value])[value]!
        let email = pseudonyms.table(.email, values: [value])[value]!
        #expect(!name.lowercased().contains("maria") && !email.contains("maria"))
        #expect(email.dropFirst(5).prefix(4) != name.dropFirst(5).prefix(4).lowercased())
    }

    @Test(
        "A text keeps its kind, length and links, not its words",
        arguments: [
            ("Hi there", "message", "[message, 8 characters]"),
            ("See https://example.com/x and www.example.org", "message", "[message, 45 characters, 2 links]"),
            ("A", "subject", "[subject, 1 character]"),
            ("Ünïcödé 👍🏽", "comment", "[comment, 9 characters]"),
        ])
    func text(text: String, kind: String, described: String) {
        #expect(RedactedText.describe(text, as: kind) == described)
    }
}
