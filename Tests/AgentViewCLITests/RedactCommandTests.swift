import AgentViewCore
import Foundation
import Testing

/// `--redact` on the command line: the key's sources, misuse, and diff's refusal of an unredacted side.
@Suite struct RedactCommandTests {
    static let environment = ["AGENTVIEW_REDACT_KEY": "a key of more than sixteen bytes"]

    @Test("render --redact writes pages without the names, says so, and records it in the snapshot")
    func render() throws {
        let out = try makeTemporaryFolder("agentview-redact").appendingPathComponent("site")
        let run = runCLI(
            ["render", sampleExport.path, "--out", out.path, "--redact"], environment: Self.environment)
        #expect(run.status == 0, "\(run.errors)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!index.contains("Amelia Hart") && index.contains("Redacted: identities"))
        let snapshot = try String(contentsOf: out.appendingPathComponent("snapshot.json"), encoding: .utf8)
        let compact = snapshot.filter { !$0.isWhitespace }
        // The key is named by an id derived from it, never written.
        let keyID = try #require(
            compact.firstRange(of: #""redaction":{"scope":["identities"],"key":"environment","keyId":""#))
        #expect(compact[keyID.upperBound...].prefix(17).allSatisfy { $0.isHexDigit || $0 == "\"" })
        #expect(!snapshot.contains("a key of more than sixteen bytes"))
        // The same key again: byte-identical.
        let again = try makeTemporaryFolder("agentview-redact").appendingPathComponent("site")
        _ = runCLI(
            ["render", sampleExport.path, "--out", again.path, "--redact"], environment: Self.environment)
        #expect(try Data(contentsOf: again.appendingPathComponent("index.html")) == Data(index.utf8))
    }

    @Test("A short key, an unreadable key file, or a key file without --redact is misuse")
    func misuse() throws {
        let folder = try makeTemporaryFolder("agentview-redact")
        let short = folder.appendingPathComponent("short.key")
        try Data("tiny".utf8).write(to: short)
        let out = folder.appendingPathComponent("site").path
        let samples = sampleExport.path
        let cases: [([String], String)] = [
            (["render", samples, "--out", out, "--redact", "--redact-key-file", short.path], "holds 4 bytes"),
            (
                ["render", samples, "--out", out, "--redact", "--redact-key-file", folder.path + "/none"],
                "cannot be read"
            ),
            (["render", samples, "--out", out, "--redact-key-file", short.path], "needs '--redact'"),
        ]
        for (arguments, message) in cases {
            let run = runCLI(arguments)
            #expect(run.status == 64 && run.errors.contains(message), "\(arguments): \(run.errors)")
        }
        #expect(
            runCLI(["render", samples, "--out", out, "--redact"], environment: ["AGENTVIEW_REDACT_KEY": "short"]).status
                == 64)
    }

    @Test("diff --redact refuses a side rendered without --redact, and diffs redacted exports")
    func diff() throws {
        let root = try makeTemporaryFolder("agentview-redact")
        let plain = root.appendingPathComponent("plain").path
        #expect(runCLI(["render", sampleExport.path, "--out", plain]).status == 0)
        let refused = runCLI(
            ["diff", plain, sampleExport.path, "--out", root.appendingPathComponent("d1").path, "--redact"],
            environment: Self.environment)
        #expect(refused.status == 2 && refused.errors.contains("was rendered without --redact"))
        let diffed = runCLI(
            [
                "diff", sampleExport.path, sampleExport.path, "--out",
                root.appendingPathComponent("d2").path, "--redact", "all",
            ], environment: Self.environment)
        #expect(diffed.status == 0, "\(diffed.errors)")
        let html = try String(contentsOf: root.appendingPathComponent("d2/diff.html"), encoding: .utf8)
        #expect(html.contains("Redacted: identities"))
        #expect(diffed.output.hasPrefix("> Redacted: identities"))
    }

    @Test("diff without --redact refuses sides redacted differently: it would pair each name with its pseudonym")
    func diffOfSidesRedactedDifferently() throws {
        let root = try makeTemporaryFolder("agentview-redact")
        let plain = root.appendingPathComponent("plain").path
        let redacted = root.appendingPathComponent("redacted").path
        let all = root.appendingPathComponent("all").path
        #expect(runCLI(["render", sampleExport.path, "--out", plain, "-q"]).status == 0)
        #expect(
            runCLI(["render", sampleExport.path, "--out", redacted, "--redact", "-q"], environment: Self.environment)
                .status == 0)
        #expect(
            runCLI(["render", sampleExport.path, "--out", all, "--redact", "all", "-q"], environment: Self.environment)
                .status == 0)
        for (index, sides) in [[plain, redacted], [redacted, plain], [redacted, all]].enumerated() {
            let run = runCLI(["diff"] + sides + ["--out", root.appendingPathComponent("d\(index)").path])
            #expect(run.status == 2, "\(sides)")
            #expect(run.errors.contains("the diff would pair original values with their pseudonyms"), "\(run.errors)")
            #expect(!run.output.contains("Amelia Hart"))
        }
        // The refusal names each side's own scope.
        let scopes = runCLI(["diff", redacted, all, "--out", root.appendingPathComponent("scopes").path])
        #expect(
            scopes.errors.contains(
                "'\(redacted)' with --redact identities and '\(all)' with --redact identities,messages"),
            "\(scopes.errors)")
        // Alike on both sides, there is nothing to pair.
        let alike = runCLI(["diff", redacted, redacted, "--out", root.appendingPathComponent("same").path, "-q"])
        #expect(alike.status == 0, "\(alike.errors)")
    }

    /// A pseudonym copied from a redacted page is a key too: a linked messaging user's is answered with the key
    /// that shows it, not as "no user" quoting a pseudonym of the pseudonym.
    @Test("--user with the pseudonym of a linked messaging user under --redact ids names its Support user")
    func pseudonymOfALinkedMessagingUser() throws {
        let out = try makeTemporaryFolder("agentview-redact").appendingPathComponent("report.html").path
        let redaction = Redaction(
            scope: .ids, key: Array(Self.environment["AGENTVIEW_REDACT_KEY"]!.utf8), keySource: .environment)
        let pseudonym = redaction.id("6ab0c0de4e6f727468000024")
        let run = runCLI(
            ["render", sampleExport.path, "--redact", "ids", "--user", "messaging:" + pseudonym, "--out", out],
            environment: Self.environment)
        #expect(run.status == 1)
        #expect(
            run.errors.hasPrefix(
                "error: 'messaging:\(pseudonym)' has no page of its own: the Support user it links to, 'support:\(redaction.id("1840000000013"))', shows it"
            ), "\(run.errors)")
    }

    @Test("--user given a bare id under --redact ids names the kind to add, quoting no id")
    func bareIDUnderRedactedIDs() throws {
        let out = try makeTemporaryFolder("agentview-redact").appendingPathComponent("report.html").path
        // No key file: a pseudonym quoted now would not be the next run's.
        let run = runCLI(["render", sampleExport.path, "--redact", "ids", "--user", "1840000000101", "--out", out])
        #expect(run.status == 64)
        #expect(
            run.errors.hasPrefix(
                "Error: the value of --user is not a user key, which names its kind: write it as 'support:' followed by the id you gave\n"
            ))
        #expect(!run.errors.contains("1840000000101"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("diff of two renders redacted with different keys says so, rather than only that every user changed")
    func differentKeys() throws {
        let root = try makeTemporaryFolder("agentview-redact")
        let keys = ["a key of more than sixteen bytes", "another key of more than sixteen bytes"]
        for (index, key) in keys.enumerated() {
            let out = root.appendingPathComponent("side\(index)").path
            let run = runCLI(
                ["render", sampleExport.path, "--redact", "all,ids", "--out", out],
                environment: ["AGENTVIEW_REDACT_KEY": key])
            #expect(run.status == 0, "\(run.errors)")
        }
        let side0 = root.appendingPathComponent("side0").path
        let differ = runCLI([
            "diff", side0, root.appendingPathComponent("side1").path, "--out", root.appendingPathComponent("d1").path,
        ])
        let markdown = try String(contentsOf: root.appendingPathComponent("d1/diff.md"), encoding: .utf8)
        #expect(differ.status == 1, "\(differ.errors)")
        #expect(
            markdown.contains("the sides were redacted with different keys") && markdown.contains("--redact-key-file"))
        // One key on both sides: nothing to say.
        let same = runCLI(["diff", side0, side0, "--out", root.appendingPathComponent("d2").path])
        #expect(same.status == 0)
        let unchanged = try String(contentsOf: root.appendingPathComponent("d2/diff.md"), encoding: .utf8)
        #expect(!unchanged.contains("redaction key") && unchanged.contains("No change"))
    }

    @Test("--redact takes a comma list; ids are named by pseudonyms, --user takes the real key")
    func ids() throws {
        let root = try makeTemporaryFolder("agentview-redact")
        let out = root.appendingPathComponent("site")
        let run = runCLI(
            ["render", sampleExport.path, "--out", out.path, "--redact", "identities,ids"],
            environment: Self.environment)
        #expect(run.status == 0, "\(run.errors)")
        let snapshot = try String(contentsOf: out.appendingPathComponent("snapshot.json"), encoding: .utf8)
        #expect(snapshot.filter { !$0.isWhitespace }.contains(#""scope":["identities","ids"]"#))
        #expect(!snapshot.contains("1840000000013") && !snapshot.contains("support:18400000001"))
        let users = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("users").path)
        #expect(!users.isEmpty && !users.contains { $0.contains("1840000000") })
        // The real key finds the user; the report's default name and the summary carry the pseudonym.
        let report = runCLI(
            [
                "render", sampleExport.path, "--user", "support:1840000000013", "--redact", "ids", "--out",
                root.appendingPathComponent("report.html").path,
            ], environment: Self.environment)
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.errors.contains("wrote the report of 'support:") && !report.errors.contains("1840000000013"))
        let missing = runCLI(
            ["render", sampleExport.path, "--user", "support:1840000000999", "--redact", "ids"],
            environment: Self.environment)
        #expect(missing.status == 1 && !missing.errors.contains("1840000000999"), "\(missing.errors)")
        // A side rendered with identities only holds real ids: a diff asked to redact ids refuses it.
        let refused = runCLI(
            [
                "diff", out.path, sampleExport.path, "--out", root.appendingPathComponent("d").path, "--redact",
                "all,ids",
            ],
            environment: Self.environment)
        #expect(refused.status == 2 && refused.errors.contains("without redacting messages"), "\(refused.errors)")
        let matched = runCLI(
            [
                "diff", out.path, sampleExport.path, "--out", root.appendingPathComponent("d").path, "--redact",
                "identities,ids",
            ],
            environment: Self.environment)
        // One key, one scope: the rendered side and the export agree to the byte, so no change.
        #expect(matched.status == 0, "\(matched.errors)")
        let unknown = runCLI(["render", sampleExport.path, "--out", out.path, "--redact", "ids,names"])
        #expect(unknown.status == 64 && unknown.errors.contains("'ids,names'"), "\(unknown.errors)")
    }

    @Test("Under --redact a broken export's errors quote no value of it; without, they do")
    func brokenExport() throws {
        let root = try makeTemporaryFolder("agentview-redact")
        let export = root.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
        try Data(#"{"users": [ameliahart]}"#.utf8).write(to: export.appendingPathComponent("users.json"))
        try Data(#"{"tickets":[{"id":1,"requester_id":2,"created_at":"amelia.hart@example.com"}]}"#.utf8).write(
            to: export.appendingPathComponent("tickets.json"))
        let out = root.appendingPathComponent("site").path
        let plain = runCLI(["render", export.path, "--out", out])
        #expect(plain.status == 1 && plain.errors.contains("ameliahart") && plain.errors.contains("amelia.hart@"))
        let redacted = runCLI(["render", export.path, "--out", out, "--redact"], environment: Self.environment)
        #expect(redacted.status == 1 && redacted.errors.contains("users.json:1:12: error: invalid JSON"))
        #expect(redacted.errors.contains("at 'tickets[0].created_at'"), "\(redacted.errors)")
        #expect(
            !redacted.errors.contains("ameliahart") && !redacted.errors.contains("amelia.hart"), "\(redacted.errors)")
        let diff = runCLI(
            ["diff", export.path, sampleExport.path, "--out", out, "--redact"], environment: Self.environment)
        #expect(diff.status == 2 && !diff.errors.contains("ameliahart") && !diff.errors.contains("amelia.hart"))
    }

    /// A CI log of a redacted run must not name a person by a file's name, nor give a real id by a folder's.
    @Test("Under --redact a broken export's errors redact the files' names inside it, and say how to see them")
    func brokenExportPaths() throws {
        let root = try makeTemporaryFolder("agentview-redact-paths")
        defer { try? FileManager.default.removeItem(at: root) }
        let export = root.appendingPathComponent("export")
        let person = export.appendingPathComponent("Jane Doe private")
        let conversation = export.appendingPathComponent("sunshine/conversations/69a7f7884e6f727468000024")
        for folder in [person, conversation] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Data(#"{"users": [{"id": 1, "name": 5}]}"#.utf8).write(
            to: person.appendingPathComponent("jane.doe@example.com.json"))
        try Data(#"{"messages": [{"id": 7}]}"#.utf8).write(to: conversation.appendingPathComponent("messages.json"))
        let out = root.appendingPathComponent("site").path
        let plain = runCLI(["render", export.path, "--out", out])
        #expect(plain.errors.contains("Jane Doe private/jane.doe@example.com.json:1:30: error: expected a string"))
        for scope in ["identities", "all,ids"] {
            let run = runCLI(["render", export.path, "--out", out, "--redact", scope], environment: Self.environment)
            #expect(run.status == 1)
            for secret in ["Jane", "jane.doe", "example.com"] { #expect(!run.errors.contains(secret), "\(run.errors)") }
            // The folder given stays; the layout's words and the place inside the file stay, to find it by.
            #expect(run.errors.contains("\(export.path)/file-"), "\(run.errors)")
            #expect(run.errors.contains(".json:1:30: error: expected a string at 'users[0].name', found a number"))
            #expect(run.errors.contains("/sunshine/conversations/"))
            #expect(run.errors.contains("69a7f7884e6f727468000024") == (scope == "identities"), "\(run.errors)")
            #expect(run.errors.hasSuffix("run without --redact, where the export is, to see them\n"))
        }
    }

    @Test("The pages say that plain --redact leaves message texts as written, and --redact all does not")
    func theNoticeSaysWhatIsLeft() throws {
        let root = try makeTemporaryFolder("agentview-redact-notice")
        defer { try? FileManager.default.removeItem(at: root) }
        let left =
            "Message and comment texts are shown as written, names and emails in them included, and so are ticket subjects, form answers and links"
        // With ids redacted, the advice's API calls name pseudonyms: the diagnostics page says so.
        let apiCalls = "The ids in the API calls that diagnostics suggest are pseudonyms as well, not the real ids"
        for (scope, saysLeft, saysIDs) in [
            ("identities", true, false), ("all", false, false), ("messages", false, false), ("all,ids", false, true),
            ("identities,ids", false, true),
        ] {
            let out = root.appendingPathComponent(scope)
            let run = runCLI(
                ["render", sampleExport.path, "--out", out.path, "--redact", scope, "-q"], environment: Self.environment
            )
            #expect(run.status == 0, "\(run.errors)")
            let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(index.contains(left) == saysLeft, "\(scope)")
            let diagnostics = try String(contentsOf: out.appendingPathComponent("diagnostics.html"), encoding: .utf8)
            #expect(diagnostics.contains(apiCalls) == saysIDs, "\(scope)")
            // Ids written in a text stay too when texts do.
            #expect(
                index.contains("names, emails and ids in them included") == (scope == "identities,ids"), "\(scope)")
        }
    }

    @Test("Under --redact a syntax error that quotes nothing of the file keeps its reason")
    func syntaxReasonsThatQuoteNothingStay() throws {
        let root = try makeTemporaryFolder("agentview-redact-reasons")
        defer { try? FileManager.default.removeItem(at: root) }
        let cases: [(bytes: [UInt8], reason: String)] = [
            ([], "invalid JSON: the file is empty"),
            (Array(#"{"users": [{"id": 1"#.utf8), "invalid JSON: unexpected end of input inside an object"),
            (Array(#"{"users": ["#.utf8) + [0xFF] + Array("]}".utf8), "invalid JSON: invalid UTF-8 byte 0xff"),
            (Array(repeating: UInt8(ascii: "["), count: 600), "invalid JSON: nesting deeper than 512 levels"),
            (Array(#"{"users": [Amelia]}"#.utf8), "invalid JSON: a bare word that is not valid JSON (not quoted"),
        ]
        for (index, given) in cases.enumerated() {
            let export = root.appendingPathComponent("export-\(index)")
            try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
            try Data(given.bytes).write(to: export.appendingPathComponent("users.json"))
            let out = root.appendingPathComponent("site").path
            let run = runCLI(["render", export.path, "--out", out, "--redact"], environment: Self.environment)
            #expect(run.status == 1 && run.errors.contains(given.reason), "\(run.errors)")
            #expect(!run.errors.contains("Amelia"))
        }
    }
}
