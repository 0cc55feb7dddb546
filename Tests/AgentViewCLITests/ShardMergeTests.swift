import AgentViewCLI
import AgentViewCore
import Foundation
import SyntheticExport
import Testing

/// `render --shard k/n` and `agentview merge` (issue 16): a merge of the n shards is byte for byte the
/// render of the whole export, for every n from 1 to 8; merge refuses sets of shards that are not one split.
@Suite struct ShardMergeTests {
    /// The hostile fixture, whose names, ids and values attack every sink.
    static let hostileExport = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile-export")

    /// A fixed generation time, so the footer is part of what must come out identical.
    static let time = ["--generated-at", "2026-03-04T05:06:07Z"]

    /// Every file under a folder (marker included) as relative path → bytes.
    private func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { result[path] = FileManager.default.contents(atPath: root + "/" + path) }
        }
        return result
    }

    /// Renders `export` whole and in n shards for every n in 1…8, merges each split, and checks that every
    /// merged folder holds exactly the plain render's files with exactly its bytes.
    func expectMergesIdentical(_ export: URL, _ options: [String] = [], environment: [String: String] = [:])
        throws
    {
        let folder = try makeTemporaryFolder("shard-identity")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain")
        let whole = runCLI(
            ["render", export.path, "--out", plain.path, "-q"] + Self.time + options, environment: environment)
        #expect(whole.status == 0, "\(whole.errors)")
        let expected = try files(in: plain)
        #expect(expected["index.html"] != nil && expected["snapshot.json"] != nil)
        for count in 1...8 {
            var shards: [String] = []
            for index in 1...count {
                let shard = folder.appendingPathComponent("shard-\(index)-of-\(count)")
                let run = runCLI(
                    ["render", export.path, "--shard", "\(index)/\(count)", "--out", shard.path, "-q"] + Self.time
                        + options, environment: environment)
                #expect(run.status == 0, "shard \(index)/\(count): \(run.errors)")
                shards.append(shard.path)
            }
            let merged = folder.appendingPathComponent("merged-\(count)")
            // Given in reverse: the order of the folders on the command line must not matter.
            let merge = runCLI(["merge"] + shards.reversed() + ["--out", merged.path, "-q"])
            #expect(merge.status == 0, "merge of \(count): \(merge.errors)")
            let actual = try files(in: merged)
            #expect(actual.keys.sorted() == expected.keys.sorted(), "merge of \(count) shards: other files")
            for (path, bytes) in expected where actual[path] != bytes {
                Issue.record("merge of \(count) shards: '\(path)' differs from the plain render")
            }
        }
    }

    @Test func mergesOfTheSampleAreThePlainRender() throws {
        try expectMergesIdentical(sampleExport)
    }

    @Test func mergesOfTheHostileFixtureAreThePlainRender() throws {
        try expectMergesIdentical(Self.hostileExport)
    }

    @Test func mergesOfAGeneratedExportAreThePlainRender() throws {
        let folder = try makeTemporaryFolder("shard-generated")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        _ = try SyntheticExport(users: 40, ticketsPerUser: 3, messagesPerTicket: 3).write(to: export.path)
        // Another time zone and a cap of 2, so settings travel through the shards and users go over the cap.
        try expectMergesIdentical(export, ["--time-zone", "Asia/Kolkata", "--active-ticket-cap", "2"])
    }

    @Test func mergesOfAnExportWithPagesInPartsAreThePlainRender() throws {
        let folder = try makeTemporaryFolder("shard-parts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        // Tickets of more messages than a page part holds: each ticket page is written in two parts.
        _ = try SyntheticExport(users: 4, ticketsPerUser: 1, messagesPerTicket: PagePart.messagesPerPart + 10)
            .write(to: export.path)
        let plain = folder.appendingPathComponent("plain")
        #expect(runCLI(["render", export.path, "--out", plain.path, "-q"]).status == 0)
        #expect(try files(in: plain).keys.contains { $0.contains(".page-2.") })
        try expectMergesIdentical(export)
    }

    /// Evidence that crosses users: Cara's messaging comment on Ann's ticket (counted on Cara by
    /// `auth-time-unknown`, wherever the ticket's shard is), a ticket whose requester is absent, and an end
    /// user sharing an external ID and an email with an admin no page shows.
    @Test func mergesOfCrossUserEvidenceAreThePlainRender() throws {
        let folder = try makeTemporaryFolder("shard-cross")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        let files = [
            "zendesk/users.json": #"""
            {"users": [{"id": 1, "name": "Ann Lee", "external_id": "e1", "role": "end-user"},
              {"id": 3, "name": "Cara Auth", "external_id": "e3", "email": "cara@example.com", "role": "end-user"},
              {"id": 9, "name": "Ada Admin", "external_id": "E3", "email": "cara@example.com", "role": "admin"}]}
            """#,
            "sunshine/users/1.json":
                #"{"user": {"id": "aaaaaaaaaaaaaaaaaaaaaaa1", "externalId": "e1", "authenticated": true}}"#,
            "sunshine/users/3.json":
                #"{"user": {"id": "aaaaaaaaaaaaaaaaaaaaaaa3", "externalId": "e3", "authenticated": true}}"#,
            "zendesk/tickets.json": #"""
            {"tickets": [{"id": 12, "status": "open", "requester_id": 1, "via": {"channel": "native_messaging"}, "created_at": "2026-01-01T00:00:00Z"},
              {"id": 14, "status": "open", "requester_id": 777, "via": {"channel": "native_messaging"}, "created_at": "2026-01-01T00:00:00Z"}]}
            """#,
            "zendesk/tickets/12/comments.json": #"""
            {"comments": [{"id": 1201, "author_id": 1, "body": "hi", "public": true, "created_at": "2026-01-01T00:01:00Z", "via": {"channel": "native_messaging"}},
              {"id": 1202, "author_id": 3, "body": "me too", "public": true, "created_at": "2026-01-01T00:02:00Z", "via": {"channel": "native_messaging"}}]}
            """#,
            "zendesk/tickets/14/comments.json": #"""
            {"comments": [{"id": 1401, "author_id": 3, "body": "hello", "public": true, "created_at": "2026-01-01T00:03:00Z", "via": {"channel": "native_messaging"}}]}
            """#,
        ]
        for (path, text) in files {
            let url = export.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try expectMergesIdentical(export)
    }

    /// A login merge whose anonymous side the export still lists as a Support user ("Web User", by its
    /// messaging identity) with tickets of its own: those tickets are the survivor's (rules §7 rule 2), so the
    /// survivor's shard must keep their comments and write their pages, though the Web User hashes elsewhere.
    @Test func mergesOfALoginMergeThatMovedTicketsAreThePlainRender() throws {
        let folder = try makeTemporaryFolder("shard-login-merge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        let known = "bbbbbbbbbbbbbbbbbbbbbbbb"
        let anonymous = "aaaaaaaaaaaaaaaaaaaaaaaa"
        func message(_ id: String, _ author: String, _ time: String) -> String {
            #"{"id": "\#(id)", "received": "\#(time)", "author": {"type": "user", "userId": "\#(author)"}, "content": {"type": "text", "text": "hi"}}"#
        }
        let files = [
            "zendesk/users.json": #"""
            {"users": [{"id": 1, "name": "Known Person", "external_id": "k-1"}, {"id": 5, "name": "Web User"}],
             "identities": [{"id": 9000, "user_id": 5, "type": "messaging", "value": "\#(anonymous)"}]}
            """#,
            "zendesk/tickets.json": #"""
            {"tickets": [{"id": 10, "status": "open", "requester_id": 1, "via": {"channel": "native_messaging"}, "created_at": "2026-04-01T09:00:00Z"},
              {"id": 11, "status": "open", "requester_id": 5, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T09:00:00Z"},
              {"id": 12, "status": "open", "requester_id": 5, "via": {"channel": "native_messaging"}, "created_at": "2026-04-02T09:05:00Z"}]}
            """#,
            "zendesk/tickets/10/audits.json":
                #"{"audits": [{"id": 1, "ticket_id": 10, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-known"}}]}]}"#,
            "zendesk/tickets/11/audits.json":
                #"{"audits": [{"id": 2, "ticket_id": 11, "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "c-anon"}}]}]}"#,
            "zendesk/tickets/12/comments.json": #"""
            {"comments": [{"id": 1201, "author_id": 5, "body": "typed while anonymous", "public": true, "created_at": "2026-04-02T09:10:00Z", "via": {"channel": "native_messaging"}}]}
            """#,
            "sunshine/users/\(known).json":
                #"{"user": {"id": "\#(known)", "externalId": "k-1", "authenticated": true}}"#,
            "sunshine/conversations/c-known/messages.json":
                "{\"messages\": [\(message("m1", known, "2026-04-01T09:00:00.000Z"))]}",
            "sunshine/conversations/c-anon/messages.json":
                "{\"messages\": [\(message("m2", anonymous, "2026-04-02T09:00:00.000Z")), \(message("m3", known, "2026-04-02T10:00:00.000Z"))]}",
            "sunshine/webhooks/merge.json": #"""
            {"app": {"id": "app"}, "webhook": {"id": "w", "version": "v2"}, "events": [{"id": "e1", "type": "user:merge", "createdAt": "2026-04-02T09:30:00.000Z",
             "payload": {"mergedUsers": {"surviving": {"id": "\#(known)", "externalId": "k-1"}, "discarded": {"id": "\#(anonymous)"}},
                         "mergedConversations": {"surviving": {"id": "c-known"}, "discarded": {"id": "c-anon"}}, "reason": "sdkLogin"}}]}
            """#,
        ]
        for (path, text) in files {
            let url = export.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        // Some split puts the two users in different shards, or this test could not fail.
        #expect((2...8).contains { Shard.owner(of: "support:1", among: $0) != Shard.owner(of: "support:5", among: $0) })
        let plain = folder.appendingPathComponent("plain")
        #expect(runCLI(["render", export.path, "--out", plain.path, "-q"]).status == 0)
        let ticketPage = try String(contentsOf: plain.appendingPathComponent("tickets/12.html"), encoding: .utf8)
        #expect(ticketPage.contains(#"href="../users/support-1.html""#))
        // The Web User's page says where its tickets went, rather than only "No tickets".
        let webUserPage = try String(contentsOf: plain.appendingPathComponent("users/support-5.html"), encoding: .utf8)
        #expect(
            webUserPage.contains(
                #"No tickets. A login merge moved the tickets this user requested to <a href="../users/support-1.html"><bdi class="name">Known Person</bdi></a>"#
            ))
        try expectMergesIdentical(export)
    }

    @Test func mergesOfARedactedSampleAreThePlainRender() throws {
        try expectMergesIdentical(
            sampleExport, ["--redact", "all"], environment: ["AGENTVIEW_REDACT_KEY": "a shared key of the CI runners"])
    }

    // MARK: What merge refuses

    /// Renders shards of `export` with `options` into `folder`, returning their paths.
    private func shards(
        _ export: URL, _ specs: [String], in folder: URL, _ options: [String] = [], prefix: String = "shard"
    ) -> [String] {
        specs.map { spec in
            let out = folder.appendingPathComponent("\(prefix)-\(spec.replacingOccurrences(of: "/", with: "-of-"))")
                .path
            let run = runCLI(["render", export.path, "--shard", spec, "--out", out, "-q"] + options)
            #expect(run.status == 0, "\(run.errors)")
            return out
        }
    }

    /// Rewrites a shard folder's `shard.json` as a tampering job would: `old` (which must be there) becomes `new`.
    private func editShardFile(_ shard: String, replacing old: String, with new: String) throws {
        let file = URL(fileURLWithPath: shard).appendingPathComponent("shard.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "\(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Runs merge and expects a refusal (exit 1) whose message holds `words`, with nothing written.
    private func expectRefusal(_ inputs: [String], in folder: URL, saying words: [String]) {
        let out = folder.appendingPathComponent("merged")
        let run = runCLI(["merge"] + inputs + ["--out", out.path])
        #expect(run.status == 1)
        for word in words { #expect(run.errors.contains(word), "\(run.errors)") }
        #expect(run.errors.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func mergeRefusesAMissingShard() throws {
        let folder = try makeTemporaryFolder("shard-missing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/3", "3/3"], in: folder)
        expectRefusal(given, in: folder, saying: ["shard 2/3 is missing"])
    }

    @Test func mergeRefusesADuplicateShard() throws {
        let folder = try makeTemporaryFolder("shard-duplicate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        let copy = shards(sampleExport, ["2/2"], in: folder, prefix: "copy")
        expectRefusal(given + copy, in: folder, saying: ["are both shard 2/2", "copy-2-of-2"])
    }

    @Test func mergeRefusesShardsOfDifferentSplits() throws {
        let folder = try makeTemporaryFolder("shard-splits")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/3", "3/3"], in: folder)
        // One line naming each split's folders, whichever came first.
        expectRefusal(
            given, in: folder,
            saying: [
                "the shards belong to different splits ('\(given[0])' of 2; '\(given[1])', '\(given[2])' of 3)"
            ])
    }

    @Test func mergeRefusesShardsOfDifferentExports() throws {
        let folder = try makeTemporaryFolder("shard-exports")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2"], in: folder) + shards(Self.hostileExport, ["2/2"], in: folder)
        expectRefusal(given, in: folder, saying: ["shard-2-of-2' (shard 2/2) was rendered from a different export"])
    }

    @Test func mergeRefusesShardsWithDifferentSettings() throws {
        let folder = try makeTemporaryFolder("shard-settings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given =
            shards(sampleExport, ["1/2"], in: folder)
            + shards(sampleExport, ["2/2"], in: folder, ["--time-zone", "Europe/Paris"])
        // The refusal names the setting where the shard files record it, and the options it may be where not.
        expectRefusal(
            given, in: folder,
            saying: ["(shard 2/2) was rendered with different settings", "(--time-zone Europe/Paris, not UTC)"])
        let dated =
            shards(sampleExport, ["1/2"], in: folder, prefix: "dated")
            + shards(sampleExport, ["2/2"], in: folder, Self.time, prefix: "dated")
        expectRefusal(
            dated, in: folder,
            saying: ["was rendered with different settings", "generated at 2026-", "not none (--generated-at"])
        let capped =
            shards(sampleExport, ["1/2"], in: folder, prefix: "capped")
            + shards(sampleExport, ["2/2"], in: folder, ["--active-ticket-cap", "3"], prefix: "capped")
        expectRefusal(
            capped, in: folder, saying: ["was rendered with different settings", "such as --active-ticket-cap"])
    }

    @Test func mergeRefusesFoldersThatAreNotShards() throws {
        let folder = try makeTemporaryFolder("shard-not")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        #expect(runCLI(["render", sampleExport.path, "--out", site.path, "-q"]).status == 0)
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        expectRefusal(
            given + [site.path], in: folder, saying: ["site' is not a shard folder", "says another command wrote it"])
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        expectRefusal([empty.path], in: folder, saying: ["empty' is not a shard folder", "has no .agentview-output"])
        // A folder that is not there, or a file, is said to be so, not to lack a marker.
        let gone = folder.appendingPathComponent("gone").path
        expectRefusal(given + [gone], in: folder, saying: ["gone' does not exist"])
        let file = folder.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: file)
        expectRefusal(given + [file.path], in: folder, saying: ["notes.txt' is not a folder"])
        // A shard folder whose shard.json was damaged.
        try Data("{\"schema\": \"agentview.shard/1\"}".utf8).write(
            to: URL(fileURLWithPath: given[1]).appendingPathComponent("shard.json"))
        expectRefusal(given, in: folder, saying: ["shard.json is 'shard' is missing or of the wrong type"])
    }

    @Test func mergeBringsInNoPageThatIsALink() throws {
        let folder = try makeTemporaryFolder("shard-link")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        let pages = try FileManager.default.contentsOfDirectory(atPath: given[1] + "/users").sorted()
        let page = URL(fileURLWithPath: given[1] + "/users/" + pages[0])
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("not a page".utf8).write(to: secret)
        try FileManager.default.removeItem(at: page)
        try FileManager.default.createSymbolicLink(at: page, withDestinationURL: secret)
        let out = folder.appendingPathComponent("merged")
        let run = runCLI(["merge"] + given + ["--out", out.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("\(pages[0])' is not a page the shard wrote"), "\(run.errors)")
        #expect(run.errors.contains("render that shard again"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A shard folder is a CI artifact another job wrote: a folder of it that is a link, or a page listed below
    /// a planted link (`users/p -> /proc/self`, then `users/p/environ`), must not publish a file from outside it.
    @Test func mergeBringsInNothingThroughALinkedFolder() throws {
        let folder = try makeTemporaryFolder("shard-linked-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let secrets = folder.appendingPathComponent("secrets")
        try FileManager.default.createDirectory(at: secrets, withIntermediateDirectories: true)
        try Data("not a page".utf8).write(to: secrets.appendingPathComponent("environ"))
        let out = folder.appendingPathComponent("merged")
        // A page listed below a link planted inside `users/`.
        var given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        try FileManager.default.createSymbolicLink(
            at: URL(fileURLWithPath: given[1] + "/users/p"), withDestinationURL: secrets)
        try editShardFile(given[1], replacing: "\"pages\": [", with: "\"pages\": [\n    \"users/p/environ\",")
        var run = runCLI(["merge"] + given + ["--out", out.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("users/p/environ' is not a page the shard wrote"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // The whole `users/` folder a link to a copy of it elsewhere.
        given = shards(sampleExport, ["1/2", "2/2"], in: folder, prefix: "again")
        let moved = folder.appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: URL(fileURLWithPath: given[1] + "/users"), to: moved)
        try FileManager.default.createSymbolicLink(
            at: URL(fileURLWithPath: given[1] + "/users"), withDestinationURL: moved)
        run = runCLI(["merge"] + given + ["--out", out.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("/users' is not a page the shard wrote"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A page with a render's mode is hard-linked in; one with another mode (a download that made it private) is
    /// copied, so the site's page is readable as a render's is, and the shard's file is not changed.
    @Test func mergeLinksPagesWithARendersModeAndCopiesOthers() throws {
        let folder = try makeTemporaryFolder("shard-modes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: given[1] + "/users").sorted()
        let private_ = given[1] + "/users/" + names[0]
        let linked = given[1] + "/users/" + names[1]
        #expect(chmod(private_, 0o600) == 0)
        let out = folder.appendingPathComponent("merged").path
        #expect(runCLI(["merge"] + given + ["--out", out, "-q"]).status == 0)
        func status(_ path: String) -> stat {
            var status = stat()
            #expect(lstat(path, &status) == 0, "\(path)")
            return status
        }
        let copied = status(out + "/users/" + names[0])
        #expect(copied.st_mode & 0o7777 == 0o644 && copied.st_ino != status(private_).st_ino)
        #expect(status(private_).st_mode & 0o7777 == 0o600)
        #expect(status(out + "/users/" + names[1]).st_ino == status(linked).st_ino)
        #expect(
            FileManager.default.contents(atPath: out + "/users/" + names[0])
                == FileManager.default.contents(atPath: private_))
    }

    /// A FIFO planted as a shard file or marker is refused at once, not read forever (a CI job would hang until
    /// its timeout), and a shard file past what this machine can hold is refused by its size, not allocated.
    @Test func mergeRefusesAShardFileThatIsAFIFOOrTooLarge() throws {
        let folder = try makeTemporaryFolder("shard-fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        let file = given[1] + "/shard.json"
        try FileManager.default.removeItem(atPath: file)
        #expect(mkfifo(file, 0o644) == 0)
        expectRefusal(given, in: folder, saying: ["is not a whole shard folder: its shard.json cannot be read"])
        try FileManager.default.removeItem(atPath: file)
        // Sparse: it takes no room on disk.
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.truncate(atOffset: ProcessInfo.processInfo.physicalMemory / 4 + 1)
        try handle.close()
        expectRefusal(given, in: folder, saying: ["shard.json': file too large"])
        let marker = given[0] + "/" + OutputMarker.name
        try FileManager.default.removeItem(atPath: marker)
        #expect(mkfifo(marker, 0o644) == 0)
        expectRefusal([given[0]], in: folder, saying: ["is not a shard folder"])
    }

    /// A page path from a tampered shard file is refused, and printed escaped: it must not drive the terminal.
    @Test func mergePrintsAPlantedPagePathEscaped() throws {
        let folder = try makeTemporaryFolder("shard-escape")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        try editShardFile(
            given[1], replacing: "\"pages\": [",
            with: "\"pages\": [\n    \"users/../\\u001b]0;PWNED\\u0007\\u001b[2J\",")
        let run = runCLI(["merge"] + given + ["--out", folder.appendingPathComponent("merged").path])
        #expect(run.status == 1)
        #expect(run.errors.contains("leads outside the output folder"), "\(run.errors)")
        #expect(!run.errors.contains("\u{1B}") && !run.errors.contains("\u{07}"), "\(run.errors)")
    }

    @Test func mergeNamesWhatIsWrongInADamagedShardFile() throws {
        let folder = try makeTemporaryFolder("shard-damaged")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        let file = URL(fileURLWithPath: given[1]).appendingPathComponent("shard.json")
        let original = try String(contentsOf: file, encoding: .utf8)
        #expect(original.contains("\"users\": [") && original.contains("\"snapshot\": "))
        let damaged = [
            (
                original.replacingOccurrences(of: "\"users\": [", with: "\"users\": {\"not\": \"a list\"}, \"was\": ["),
                "shard.json is 'users' is missing or of the wrong type"
            ),
            (
                original.replacingOccurrences(of: "\"snapshot\": ", with: "\"snapshots\": "),
                "shard.json is 'snapshot' is missing or of the wrong type"
            ),
            (String(original.prefix(original.count / 2)), "shard.json is not valid JSON: "),
            (
                original.replacingOccurrences(of: "\"agentview.shard/1\"", with: "\"other\""),
                "not a shard file of this version"
            ),
        ]
        for (text, words) in damaged {
            try Data(text.utf8).write(to: file)
            expectRefusal(given, in: folder, saying: [words])
        }
    }

    @Test func mergeRefusesShardsOfAnotherVersion() throws {
        let folder = try makeTemporaryFolder("shard-version")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/1"], in: folder)
        try editShardFile(
            given[0], replacing: "\"agentview\": \"\(ToolVersion.current)\"", with: "\"agentview\": \"0.0.1\"")
        expectRefusal(
            given, in: folder, saying: ["(shard 1/1) was rendered by agentview 0.0.1; merge it with that version"])
    }

    /// Shards whose time zone this machine does not know (another runner's time-zone data) are refused for that,
    /// not for their templates.
    @Test func mergeSaysWhenItDoesNotKnowTheShardsTimeZone() throws {
        let folder = try makeTemporaryFolder("shard-zone")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/1"], in: folder)
        try editShardFile(given[0], replacing: "\"timeZone\": \"UTC\"", with: "\"timeZone\": \"Mars/Olympus\"")
        expectRefusal(given, in: folder, saying: ["'Mars/Olympus', a time zone this machine does not know"])
    }

    @Test func mergeRefusesOtherTemplatesThanTheShards() throws {
        let folder = try makeTemporaryFolder("shard-templates")
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        let source = sampleExport.deletingLastPathComponent().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: source, to: templates)
        // An edited copy: one rule more in the stylesheet.
        let stylesheet = templates.appendingPathComponent("style.css")
        try (String(contentsOf: stylesheet, encoding: .utf8) + "\n.edited { color: inherit; }\n").write(
            to: stylesheet, atomically: true, encoding: .utf8)
        let given = shards(sampleExport, ["1/1"], in: folder, ["--templates", templates.path])
        expectRefusal(given, in: folder, saying: ["other templates than the built-in ones"])
        let out = folder.appendingPathComponent("merged")
        #expect(runCLI(["merge"] + given + ["--templates", templates.path, "--out", out.path, "-q"]).status == 0)
    }

    // MARK: The command line

    @Test func badShardsAreUsageErrors() throws {
        let folder = try makeTemporaryFolder("shard-usage")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        for spec in ["0/4", "5/4", "x/y", "1/0", "+1/4", "1/4/2", "1/1001"] {
            let run = runCLI(["render", sampleExport.path, "--shard", spec, "--out", out])
            #expect(run.status == 64, "'\(spec)'")
            #expect(run.errors.contains("is not a shard: give k/n with 1 ≤ k ≤ n ≤ 1000"), "\(run.errors)")
        }
        let user = runCLI(["render", sampleExport.path, "--shard", "1/2", "--out", out, "--user", "support:1"])
        #expect(user.status == 64 && user.errors.contains("cannot be combined with '--shard'"))
        let strict = runCLI(["render", sampleExport.path, "--shard", "1/2", "--out", out, "--strict"])
        #expect(strict.status == 64 && strict.errors.contains("give them to 'agentview merge'"))
        let noOut = runCLI(["render", sampleExport.path, "--shard", "1/2"])
        #expect(noOut.status == 64 && noOut.errors.contains("'--shard' needs '--out <path>'"))
        let random = runCLI(["render", sampleExport.path, "--shard", "1/2", "--out", out, "--redact"])
        #expect(random.status == 64 && random.errors.contains("a random key per shard"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func shardAutoReadsGitLabsVariables() throws {
        let folder = try makeTemporaryFolder("shard-auto")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let run = runCLI(
            ["render", sampleExport.path, "--shard", "auto", "--out", out.path, "-q"],
            environment: ["CI_NODE_INDEX": "2", "CI_NODE_TOTAL": "3"])
        #expect(run.status == 0, "\(run.errors)")
        let file = try String(contentsOf: out.appendingPathComponent("shard.json"), encoding: .utf8)
        #expect(file.contains("\"shard\": 2,\n  \"shards\": 3,"))
        let unset = runCLI(
            ["render", sampleExport.path, "--shard", "auto", "--out", out.path], environment: ["CI_NODE_INDEX": "1"])
        #expect(unset.status == 64 && unset.errors.contains("CI_NODE_TOTAL is not set"), "\(unset.errors)")
        let wrong = runCLI(
            ["render", sampleExport.path, "--shard", "auto", "--out", out.path],
            environment: ["CI_NODE_INDEX": "0", "CI_NODE_TOTAL": "3"])
        #expect(wrong.status == 64 && wrong.errors.contains("CI_NODE_INDEX='0' and CI_NODE_TOTAL='3'"))
    }

    @Test func diffAcceptsAMergedFolder() throws {
        let folder = try makeTemporaryFolder("shard-diff")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain")
        #expect(runCLI(["render", sampleExport.path, "--out", plain.path, "-q"]).status == 0)
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        let merged = folder.appendingPathComponent("merged")
        #expect(runCLI(["merge"] + given + ["--out", merged.path, "-q"]).status == 0)
        let diff = runCLI(["diff", plain.path, merged.path, "--out", folder.appendingPathComponent("diff").path])
        #expect(diff.status == 0, "\(diff.output)\(diff.errors)")
        let changed = runCLI([
            "diff", Self.hostileExport.path, merged.path, "--out", folder.appendingPathComponent("diff2").path,
        ])
        #expect(changed.status == 1, "\(changed.errors)")
        // One shard's folder is not a side: the diff says so in one line and what to do, instead of loading
        // its shard.json as an export.
        let shard = runCLI(["diff", given[0], plain.path, "--out", folder.appendingPathComponent("diff3").path])
        #expect(shard.status == 2)
        #expect(shard.errors.contains("is one shard's folder"), "\(shard.errors)")
        #expect(shard.errors.contains("join the shards with 'agentview merge'"))
        #expect(shard.errors.split(separator: "\n").count == 1, "\(shard.errors)")
    }

    @Test func mergeFailsOnDiagnosticsLikeRender() throws {
        let folder = try makeTemporaryFolder("shard-fail-on")
        defer { try? FileManager.default.removeItem(at: folder) }
        let given = shards(sampleExport, ["1/2", "2/2"], in: folder)
        let out = folder.appendingPathComponent("merged").path
        let strict = runCLI(["merge"] + given + ["--out", out, "--strict", "-q"])
        #expect(strict.status == 2 && strict.errors.contains("1 diagnostic at or above 'error' (--strict)"))
        let merged = runCLI(["merge"] + given + ["--out", out])
        #expect(merged.status == 0)
        #expect(merged.errors.contains("merged 2 shards: 29 users and 136 tickets"), "\(merged.errors)")
        #expect(merged.errors.contains("1 error: duplicate-external-id"))
    }
}

/// Renders `export` whole and in n shards for every n in 1…8 and checks that every merge is the plain render.
func expectShardMergesIdentical(_ export: URL, _ options: [String] = [], environment: [String: String] = [:]) throws {
    try ShardMergeTests().expectMergesIdentical(export, options, environment: environment)
}
