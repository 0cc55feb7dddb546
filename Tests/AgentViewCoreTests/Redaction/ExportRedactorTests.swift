import Testing

@testable import AgentViewCore

/// Form answers are redacted by the rule that reads them as provided identities (ProvidedIdentity.kind).
@Suite struct ExportRedactorTests {
    /// An export of one form answered with `fields`.
    static func formExport(_ fields: [MessageContent.Field]) -> Export {
        var export = Export()
        export.messages = [
            Message(
                id: "m1", conversationID: "c1", received: Timestamp(millisecondsSinceEpoch: 0), authorType: "user",
                content: MessageContent(type: "formResponse", fields: fields))
        ]
        return export
    }

    /// The form's answers once `export` is redacted under `scope`.
    static func redactedAnswers(_ export: Export, _ scope: Redaction.Scope) throws -> [String?] {
        let redaction = Redaction(scope: scope, key: Array("sixteen bytes or more".utf8), keySource: .file)
        let redacted = ExportRedactor.redact(export, redaction, placeholderPatterns: [])
        return try #require(redacted.messages.first).content.fields.map(\.value)
    }

    @Test("A form answer labelled as an email or a name is an identity, whatever the field's name")
    func formAnswersByLabel() throws {
        let values = try Self.redactedAnswers(
            Self.formExport([
                MessageContent.Field(type: "text", name: "q1", label: "Your email", value: "ann@example.com"),
                MessageContent.Field(type: "text", name: "q2", label: "Your name", value: "Ann Lee"),
                MessageContent.Field(type: "text", name: "q3", label: "Order number", value: "NW-40877"),
            ]), .identities)
        #expect(values[0]?.hasSuffix("@redacted.invalid") == true)
        #expect(values[1]?.hasPrefix("User ") == true)
        // Not an identity, and message text is not in scope: kept.
        #expect(values[2] == "NW-40877")
    }

    @Test(
        "A field asking for a name or an email in another language is read as one",
        arguments: [
            ("Apellidos", ProvidedIdentity.FieldKind.name), ("Prénom", .name), ("Nachname", .name),
            ("Correo electrónico", .email), ("E-Mail-Adresse", .email), ("Courriel", .email),
            ("Número de pedido", .other), ("Nominal amount", .other), ("Company", .other),
            // French for "number of people": not a name (a review found a false shared-device warning).
            ("Nombre de personnes", .other), ("Nombre completo", .other),
        ])
    func fieldKindsInOtherLanguages(label: String, kind: ProvidedIdentity.FieldKind) {
        let field = MessageContent.Field(type: "text", name: "q", label: label)
        #expect(ProvidedIdentity.kind(of: field) == kind)
        #expect(ProvidedIdentity.mayAskForName(field) == (kind == .name || label.hasPrefix("Nombre")))
    }

    @Test("An answer with an email's or a phone number's shape is an identity, whatever its label's language")
    func formAnswersByShape() throws {
        let answers = [
            ("Teléfono", "+1 (555) 000-3333"), ("Correo", " ana.lopez@example.com "), ("Pedido", "NW-40877"),
            ("Fecha", "2026-03-04"), ("Nota", "write to me at ana@example"), ("Número", "12345"),
            // Found by a review: an extension, no-break spaces, an email in a sentence, a Spanish name field.
            ("Tel", "1234567 ext. 12"), ("Tel", "+45\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78"),
            ("Contact", "Lena <lena.private@example.net>"), ("Nombre", "Lena Fischer"),
        ]
        let export = Self.formExport(
            answers.enumerated().map { index, answer in
                MessageContent.Field(type: "text", name: "q\(index)", label: answer.0, value: answer.1)
            })
        let values = try Self.redactedAnswers(export, .identities)
        // "Correo" is the word for an email: the answer takes the email pseudonym, as a labelled one does.
        #expect(values[1]?.hasSuffix("@redacted.invalid") == true)
        #expect(
            [values[0]] + values[2...] == [
                "[phone]", "NW-40877", "2026-03-04", "write to me at ana@example", "12345", "[phone]", "[phone]",
                "[email]", "[name]",
            ])
        // Under `messages` alone the other answers are form text, described as every text is; the email
        // answer is an identity, which only `identities` replaces.
        let described = try Self.redactedAnswers(export, .messages)
        #expect(described[1] == " ana.lopez@example.com ")
        #expect(([described[0]] + described[2...]).allSatisfy { $0?.hasPrefix("[answer") == true })
    }
}

/// `--redact ids`: pseudonyms that keep every id's place in IDOrder, and every reference.
@Suite struct IDRedactionTests {
    static let key = Array("sixteen bytes or more".utf8)

    /// Ids at the edges of IDOrder: digit counts (9/10, 99/100), leading zeros, Int64's limits, numbers
    /// too long for 128 bits, text that is a prefix of other text, non-ASCII, and text ids against numbers.
    static let ids = [
        "1", "2", "9", "10", "11", "99", "100", "101", "007", "7", "0007", "08", "123456789012",
        "123456789013", "9223372036854775807", "9223372036854775806", String(repeating: "9", count: 35),
        "1" + String(repeating: "0", count: 35), String(repeating: "9", count: 36),
        "12345678901234567890123456789012345678901234567890", "12345678901234567890123456789012345678901234567891",
        "-5", "-50", "a", "ab", "abc", "abd", "b", "B", "5f1c0e2a9b3d4c5e6f708192", "5f1c0e2a9b3d4c5e6f708193",
        "5f1c0e2a9b3d4c5e6f7081", "caf\u{E9}", "caf\\u{E9}", "x", "x1", "../../etc/passwd", "a/b",
    ]

    @Test("Names that fold alike get distinct pseudonyms that fold alike, placeholders too")
    func foldAlikeNames() {
        let pseudonyms = Pseudonyms(key: Array("sixteen bytes or more".utf8))
        let names: Set<String> = ["ALICE", "aLice", "Alice", "alice", "ALice", "a lice", "A  lice"]
        let table = Replacer.nameTable(names, pseudonyms, [])
        #expect(Set(names.map { table[$0]! }).count == names.count)
        #expect(
            Set(["ALICE", "aLice", "Alice", "alice", "ALice"].map { DiagnosticText.folded(table[$0]!) }).count == 1)
        // A placeholder keeps its pattern's words: the variants differ in the pseudonym's part.
        let placeholders = Replacer.nameTable(
            ["Web User 12", "web user 12", "WEB USER 12"], pseudonyms, [NamePattern("Web User *")])
        #expect(Set(placeholders.values).count == 3)
        #expect(placeholders.values.allSatisfy { $0.hasPrefix("Web User ") })
        // A name no pattern matches gets a pseudonym no pattern matches, whatever words the patterns take.
        let patterns = ["User *", "Person *"].map(NamePattern.init)
        let plain = Replacer.nameTable(["Bob", "BOB"], pseudonyms, patterns)
        #expect(plain.values.allSatisfy { name in !patterns.contains { $0.matches(name) } })
        #expect(plain.values.allSatisfy { $0.hasPrefix("Member ") })
        // Past the variants its letters allow, spaces keep them apart (and folding alike).
        let digitsOnly = "User 1234 5678"
        let variants = (0..<6).map { Replacer.caseVariant(digitsOnly, $0) }
        #expect(Set(variants).count == 6)
        #expect(Set(variants.map(DiagnosticText.folded)).count == 1)
    }

    @Test("Pseudonyms compare as the ids do, are distinct, numeric for numbers, and never the id")
    func orderKept() {
        let pseudonyms = IDPseudonyms(key: Self.key)
        let mapped = Self.ids.map(pseudonyms.pseudonym)
        for (left, leftPseudonym) in zip(Self.ids, mapped) {
            for (right, rightPseudonym) in zip(Self.ids, mapped) {
                #expect(
                    IDOrder.less(left, right) == IDOrder.less(leftPseudonym, rightPseudonym),
                    "\(left) < \(right) but \(leftPseudonym), \(rightPseudonym)")
            }
            #expect(leftPseudonym != left)
            let numeric = left.allSatisfy { $0.isASCII && $0.isNumber }
            #expect(leftPseudonym.allSatisfy { $0.isASCII && $0.isNumber } == numeric, "\(left) → \(leftPseudonym)")
        }
        #expect(Set(mapped).count == Self.ids.count)
        // Leading zeros stay, so "007" and "7" still differ only by them.
        #expect(mapped[Self.ids.firstIndex(of: "007")!] == "00" + mapped[Self.ids.firstIndex(of: "7")!])
    }

    @Test("Dense runs of ids keep their order: every pair of 1…2000 and 10^15 − 500 … 10^15 + 500")
    func denseRuns() {
        let pseudonyms = IDPseudonyms(key: Self.key)
        for run in [Array(1...2000), Array(999_999_999_999_500...1_000_000_000_000_500)] {
            let mapped = run.map { pseudonyms.pseudonym(String($0)) }
            for (lower, higher) in zip(mapped, mapped.dropFirst()) {
                #expect(IDOrder.less(lower, higher), "\(lower) !< \(higher)")
            }
        }
    }

    @Test("One key, one pseudonym per id in any run; another key, another pseudonym; -1 and 0 stay")
    func keyed() {
        let first = IDPseudonyms(key: Self.key)
        let again = IDPseudonyms(key: Self.key)
        let other = IDPseudonyms(key: Array("another key of sixteen bytes".utf8))
        #expect(Self.ids.map(first.pseudonym) == Self.ids.map(again.pseudonym))
        #expect(Self.ids.filter { first.pseudonym($0) == other.pseudonym($0) }.isEmpty)
        #expect(first.pseudonym("-1") == "-1" && first.pseudonym("0") == "0" && first.pseudonym("") == "")
    }

    @Test("SipHash-2-4 gives the reference vectors")
    func sipHash() {
        let hash = SipHash(key: Array(0...15))
        #expect(hash.bytes([]) == 0x726f_db47_dd0e_0e31)
        #expect(hash.bytes(Array(0...14)) == 0xa129_ca61_49be_45e5)
        #expect(hash.words([0x0706_0504_0302_0100]) == hash.bytes(Array(0...7)))
    }

    /// A user with identities, a ticket, a comment, a messaging user linked by zendeskId, a conversation
    /// and a message: every kind of reference between them.
    static func export() -> Export {
        var export = Export()
        var user = SupportUser(id: "9", name: "Ann Lee", email: "ann@example.com", externalID: "EXT-1")
        user.organizationID = "360001"
        user.identities = [
            SupportIdentity(id: "51", userID: "9", type: "twitter", value: "@annlee"),
            SupportIdentity(id: "52", userID: "9", type: "messaging", value: "5f1c0e2a9b3d4c5e6f708192"),
            SupportIdentity(id: "53", userID: "9", type: "google", value: "ann.lee@gmail.example"),
        ]
        export.supportUsers = [user]
        var ticket = Ticket(id: "10", status: "open", requesterID: "9")
        ticket.brandID = "77"
        export.tickets = [ticket]
        export.comments = [TicketComment(id: "1001", ticketID: "10", authorID: "9", body: "Hello")]
        var messagingUser = MessagingUser(id: "5f1c0e2a9b3d4c5e6f708192", zendeskID: "9")
        messagingUser.identities = [MessagingUser.Identity(type: "sdk", value: "device-ann-4711", verification: nil)]
        export.messagingUsers = [messagingUser]
        export.conversations = [Conversation(id: "c0ffee", userID: "5f1c0e2a9b3d4c5e6f708192")]
        export.messages = [
            Message(
                id: "m1", conversationID: "c0ffee", received: Timestamp(millisecondsSinceEpoch: 0), authorType: "user",
                authorUserID: "5f1c0e2a9b3d4c5e6f708192")
        ]
        return export
    }

    @Test("`ids` names every id by its pseudonym, the same in every record that refers to it")
    func references() throws {
        let redaction = Redaction(scope: .ids, key: Self.key, keySource: .file)
        let redacted = ExportRedactor.redact(Self.export(), redaction, placeholderPatterns: [])
        let user = try #require(redacted.supportUsers.first)
        let pseudonym = redaction.id("9")
        #expect(pseudonym != "9" && user.id == pseudonym)
        #expect(redacted.tickets[0].requesterID == pseudonym && redacted.comments[0].authorID == pseudonym)
        #expect(redacted.messagingUsers[0].zendeskID == pseudonym)
        #expect(user.identities.allSatisfy { $0.userID == pseudonym })
        #expect(redacted.tickets[0].id == redaction.id("10") && redacted.comments[0].ticketID == redaction.id("10"))
        #expect(redacted.tickets[0].brandID == redaction.id("77") && user.organizationID == redaction.id("360001"))
        let messagingID = redaction.id("5f1c0e2a9b3d4c5e6f708192")
        #expect(user.identities[1].value == messagingID && redacted.messagingUsers[0].id == messagingID)
        #expect(redacted.conversations[0].userID == messagingID && redacted.messages[0].authorUserID == messagingID)
        #expect(redacted.messages[0].conversationID == redacted.conversations[0].id)
        // Identities are not in scope: the name and the Twitter handle stay.
        #expect(user.name == "Ann Lee" && user.identities[0].value == "@annlee")
    }

    /// Zendesk names an anonymous messaging user's Support user after its messaging id: under `ids` alone the
    /// name stays, but its id must not stand beside its pseudonym.
    @Test("`ids` replaces a messaging id inside a name it keeps, and leaves the name's numbers")
    func idsInsideNames() throws {
        var export = Self.export()
        export.supportUsers[0].name = "Web User 5f1c0e2a9b3d4c5e6f708192"
        export.supportUsers.append(SupportUser(id: "12", name: "Flat 12B tenant"))
        let redaction = Redaction(scope: .ids, key: Self.key, keySource: .file)
        let redacted = ExportRedactor.redact(export, redaction, placeholderPatterns: [])
        #expect(redacted.supportUsers[0].name == "Web User " + redaction.id("5f1c0e2a9b3d4c5e6f708192"))
        #expect(redacted.supportUsers[1].name == "Flat 12B tenant")
        // The messaging profile's name parts too: its surname may be the id itself.
        export.messagingUsers[0].givenName = "Web User"
        export.messagingUsers[0].surname = "5f1c0e2a9b3d4c5e6f708192"
        let profile = ExportRedactor.redact(export, redaction, placeholderPatterns: []).messagingUsers[0]
        #expect(profile.givenName == "Web User" && profile.surname == redaction.id("5f1c0e2a9b3d4c5e6f708192"))
    }

    @Test("`identities` replaces identity values of every type but messaging; `all` keeps ids")
    func otherIdentityTypes() throws {
        let redaction = Redaction(scope: .all, key: Self.key, keySource: .file)
        let redacted = ExportRedactor.redact(Self.export(), redaction, placeholderPatterns: [])
        let user = try #require(redacted.supportUsers.first)
        #expect(user.identities[0].value.hasPrefix("identity-") && user.identities[2].value.hasPrefix("identity-"))
        #expect(user.identities[0].value != user.identities[2].value)
        #expect(redacted.messagingUsers[0].identities[0].value.hasPrefix("identity-"))
        // Ids stay unless named.
        #expect(user.id == "9" && user.identities[1].value == "5f1c0e2a9b3d4c5e6f708192")
        #expect(redacted.tickets[0].id == "10" && redacted.messages[0].id == "m1")
    }

    @Test("Scope words: comma lists, `all` without ids, unknown words refused")
    func scopeWords() {
        #expect(Redaction.Scope(list: "identities,ids") == [.identities, .ids])
        #expect(Redaction.Scope(list: "all") == [.identities, .messages])
        #expect(Redaction.Scope(list: "all,ids") == [.identities, .messages, .ids])
        #expect(Redaction.Scope(list: "ids") == .ids)
        #expect(Redaction.Scope(list: "names") == nil && Redaction.Scope(list: "") == nil)
        #expect(Redaction.Scope(list: "ids,") == nil)
    }
}

/// Export paths that diagnostics quote (`duplicate-record`, `skipped-file`, `unrecognised-file`) under
/// `--redact` (docs/rules.md §12 rule 17).
@Suite struct PathRedactionTests {
    static let key = Array("sixteen bytes or more".utf8)

    /// The skipped files' paths after redacting an export that lists `paths`, under `scope`.
    static func redacted(_ paths: [String], _ scope: Redaction.Scope) -> [String] {
        var export = Export()
        export.supportUsers = [SupportUser(id: "1840000000101", name: "Ann Lee")]
        export.skippedFiles = paths.map { SkippedFile(path: $0, reason: .unrecognised) }
        let redaction = Redaction(scope: scope, key: key, keySource: .file)
        return ExportRedactor.redact(export, redaction, placeholderPatterns: []).skippedFiles.map(\.path)
    }

    @Test("A file named after a person keeps only the layout's words and its extension")
    func namesInPathsAreReplaced() throws {
        let paths = [
            "zendesk/by-email/ann.lee@example.com.json", "zendesk/Ann_Lee.ndjson", "sunshine/webhooks/01-ann.json",
            "zendesk/tickets/5012/comments.json", "Zendesk/USERS.JSON",
        ]
        let redacted = Self.redacted(paths, .identities)
        for (original, path) in zip(paths, redacted) {
            #expect(!path.contains("ann") && !path.contains("Ann"), "\(original) → \(path)")
            #expect(path.split(separator: "/").count == original.split(separator: "/").count)
        }
        #expect(redacted[0].hasPrefix("zendesk/file-") && redacted[0].hasSuffix(".json"))
        // Ids stay unless `ids` is named; the layout's words stay whatever their case.
        #expect(redacted[3] == "zendesk/tickets/5012/comments.json")
        #expect(redacted[4] == "Zendesk/USERS.JSON")
        // One name, one pseudonym: the same folder twice reads the same.
        let twice = Self.redacted(["a/Ann/x.json", "b/Ann/y.json"], .identities)
        #expect(twice[0].split(separator: "/")[1] == twice[1].split(separator: "/")[1])
        // Without identities in scope (`messages`), a path is quoted as it is.
        #expect(Self.redacted(paths, .messages) == paths)
    }

    @Test("Under ids, a folder or file named after any id is replaced, held by the export or not")
    func idsInPathsAreReplaced() {
        let paths = [
            "zendesk/tickets/987654397/audits.json", "sunshine/users/cafe0001cafe0001cafe0098/clients.json",
            "zendesk/users/1840000000101.json",
        ]
        let redacted = Self.redacted(paths, .ids)
        let ids = IDPseudonyms(key: Self.key)
        #expect(redacted[0] == "zendesk/tickets/\(ids.pseudonym("987654397"))/audits.json")
        #expect(redacted[1] == "sunshine/users/\(ids.pseudonym("cafe0001cafe0001cafe0098"))/clients.json")
        #expect(redacted[2] == "zendesk/users/\(ids.pseudonym("1840000000101")).json")
        // A name around an id (`ticket-5012.json`) is a name: replaced whole under identities; under ids alone
        // each id inside it takes its pseudonym (a review found `user_1840000000101.json` kept as it was).
        let prefixed = Self.redacted(["zendesk/user_1840000000101.json"], [.identities, .ids])
        #expect(!prefixed[0].contains("1840000000101") && prefixed[0].hasPrefix("zendesk/file-"))
        let within = Self.redacted(
            ["zendesk/user_1840000000101.json", "sunshine/conv-cafe0001cafe0001cafe0098.json"], .ids)
        #expect(within[0] == "zendesk/user_\(ids.pseudonym("1840000000101")).json")
        #expect(within[1] == "sunshine/conv-\(ids.pseudonym("cafe0001cafe0001cafe0098")).json")
    }
}
