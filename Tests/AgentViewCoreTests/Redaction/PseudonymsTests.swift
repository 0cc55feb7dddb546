import Testing

@testable import AgentViewCore

/// Keyed pseudonyms: equal values agree everywhere, different values never share one, and nothing of
/// the value shows.
@Suite struct PseudonymsTests {
    let pseudonyms = Pseudonyms(key: Array("a key only this test knows".utf8))

    @Test("Each kind has its shape")
    func shapes() throws {
        let name = try #require(pseudonyms.table(.name, values: ["Amelia Hart"])["Amelia Hart"])
        #expect(name.wholeMatch(of: /User [0-9A-F]{4} [A-Z2-9]{4}/) != nil, "\(name)")
        let email = try #require(pseudonyms.table(.email, values: ["amelia@example.com"])["amelia@example.com"])
        #expect(email.wholeMatch(of: /user-[0-9a-f]{8}@redacted\.invalid/) != nil, "\(email)")
        let external = try #require(pseudonyms.table(.externalID, values: ["crm-88231"])["crm-88231"])
        #expect(external.wholeMatch(of: /ext-[0-9a-f]{8}/) != nil, "\(external)")
        let phone = try #require(pseudonyms.table(.phone, values: ["+45 12 34 56 78"])["+45 12 34 56 78"])
        #expect(phone.wholeMatch(of: /\+•• [0-9a-f]{3} [0-9a-f]{3} [0-9a-f]{2}/) != nil, "\(phone)")
        let organization = try #require(pseudonyms.table(.organization, values: ["Nordwind"])["Nordwind"])
        #expect(organization.wholeMatch(of: /Org [0-9A-F]{4} [A-Z2-9]{4}/) != nil, "\(organization)")
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

    @Test("Thousands of values get distinct pseudonyms, each depending on its value alone")
    func distinctAndStable() {
        let values = (0..<5_000).map { "Customer \($0)" }
        let table = pseudonyms.table(.name, values: values)
        #expect(Set(values.map { table[$0]! }).count == values.count)
        // Whatever else the export holds: a person reads the same in next week's report and diff.
        #expect(values.allSatisfy { table[$0] == pseudonyms.table(.name, values: [$0])[$0] })
        let emails = (0..<5_000).map { "customer\($0)@example.com" }
        let emailTable = pseudonyms.table(.email, values: emails)
        #expect(Set(emailTable.values).count == emails.count)
        #expect(emails.allSatisfy { emailTable[$0] == pseudonyms.table(.email, values: [$0])[$0] })
        let phones = pseudonyms.table(.phone, values: (0..<2_000).map { "+1 555 \($0)" })
        #expect(Set(phones.values).count == 2_000)
    }

    @Test("Values whose pseudonyms would be equal are lengthened until they differ; the others stay")
    func clashesLengthen() {
        // Digests of 64 digits made to share their first eight and their last five (the check letters).
        func digest(_ head: String) -> String { head + String(repeating: "0", count: 59 - head.count) + "abcde" }
        let assigned = Pseudonyms.assign(
            [("a", digest("1234abcd11")), ("b", digest("1234abcd22")), ("c", digest("9999"))], .name)
        // 0xabcde in four 5-bit letters: 21, 15, 6, 30 → X, R, G, 8.
        #expect(assigned == ["a": "User 1234ABCD11 XRG8", "b": "User 1234ABCD22 XRG8", "c": "User 9999 XRG8"])
        let emails = Pseudonyms.assign([("a", digest("1234abcd11")), ("b", digest("1234abcd22"))], .email)
        #expect(emails == ["a": "user-1234abcd11@redacted.invalid", "b": "user-1234abcd22@redacted.invalid"])
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
