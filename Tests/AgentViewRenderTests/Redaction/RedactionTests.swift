import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// `--redact all` leaves no original name, email, phone, external ID or text on any surface, `--redact all,ids`
/// no id either, and neither changes a decision (docs/rules.md §12 "Redaction").
@Suite struct RedactionTests {
    static let key = Array("the key of these tests, 32 bytes".utf8)

    static func redaction(_ scope: Redaction.Scope = .all) -> Redaction {
        Redaction(scope: scope, key: key, keySource: .environment)
    }

    static let exports: [(name: String, folder: URL)] = [
        ("sample", PackagePaths.samples),
        ("hostile", PackagePaths.root.appendingPathComponent("Tests/Fixtures/hostile-export")),
    ]

    /// Every surface of a redacted render as (name, bytes): each page and its path, a report per user,
    /// `snapshot.json`, and a diff against the same export with another cap (HTML and Markdown).
    static func surfaces(of export: Export, scope: Redaction.Scope = .all) throws -> [(String, String)] {
        var settings = Settings()
        settings.redaction = redaction(scope)
        let view = AgentView(export: export, settings: settings)
        let renderer = try makeRenderer(timeZone: "UTC")
        var surfaces = try renderer.site(view).flatMap { [("file name \($0.path)", $0.path), ($0.path, $0.contents)] }
        for user in view.users {
            surfaces.append(("report \(user.key)", try renderer.report(for: user, in: view)))
        }
        var capped = settings
        capped.activeTicketCap = 1
        let diff = SnapshotDiff(
            old: SnapshotDocument(view: view), new: SnapshotDocument(view: AgentView(export: export, settings: capped)))
        surfaces.append(("diff.html", try renderer.diffPage(diff, newPagesRoot: nil, maxItems: 1000)))
        surfaces.append(("diff.md", DiffSummary.markdown(diff, maxItems: 1000)))
        surfaces.append(("snapshot.json", Snapshot.json(of: view)))
        return surfaces
    }

    /// What identifies a person in the export, and its texts: each must appear nowhere once redacted.
    static func originals(of export: Export, ids: Bool = false) -> Set<String> {
        var values: [String?] = ids ? Array(Self.ids(of: export)) : []
        for user in export.supportUsers {
            values += [user.name, user.email, user.externalID, user.phone]
            values += user.identities.filter { $0.type != "messaging" || ids }.map(\.value)
        }
        for user in export.messagingUsers {
            values += [user.profileName, user.givenName, user.surname, user.profileEmail, user.externalID]
            values += user.identities.filter { $0.type != "messaging" || ids }.map(\.value)
        }
        values += export.organizations.map(\.name)
        for ticket in export.tickets { values += [ticket.subject, ticket.description] }
        for comment in export.comments { values += [comment.body, comment.htmlBody] }
        for message in export.messages {
            values += [message.authorDisplayName, message.content.text, message.content.altText]
            values += message.content.fields.map(\.value)
        }
        for event in export.conversationLogEvents { values += [event.authorDisplayName, event.content.text] }
        for event in export.webhookEvents {
            var users: [MessagingUser] = []
            switch event.payload {
            case .message(let message, let author):
                values += [message.authorDisplayName, message.content.text]
                users += author.map { [$0] } ?? []
            case .conversationCreate(_, let user?), .userUpdate(let user, _): users.append(user)
            case .userMerge(let surviving, let discarded, _, _, _): users += [surviving, discarded]
            default: break
            }
            for user in users {
                values += [user.profileName, user.givenName, user.surname, user.profileEmail, user.externalID]
                values += user.identities.filter { $0.type != "messaging" || ids }.map(\.value)
            }
        }
        for identity in export.unattachedIdentities where identity.type != "messaging" || ids {
            values.append(identity.value)
        }
        // Four characters and more: shorter values ("Hi", "Bob") occur inside ordinary words.
        return Set(
            values.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0.count >= 4 })
    }

    /// Every id of the export's records and of the records they name.
    static func ids(of export: Export) -> Set<String> {
        var ids: [String?] = []
        for user in export.supportUsers {
            ids += [user.id, user.organizationID] + user.identities.flatMap { [$0.id, $0.userID] }
        }
        for ticket in export.tickets { ids += [ticket.id, ticket.requesterID, ticket.assigneeID, ticket.brandID] }
        for metric in export.metrics { ids += [metric.id, metric.ticketID] }
        for comment in export.comments { ids += [comment.id, comment.ticketID, comment.authorID] }
        for event in export.conversationLogEvents {
            ids += [event.id, event.messagingMessageID, event.authorMessagingUserID, event.authorSupportUserID]
        }
        for user in export.messagingUsers { ids += [user.id, user.zendeskID] }
        for conversation in export.conversations { ids += [conversation.id, conversation.userID] }
        for message in export.messages { ids += [message.id, message.conversationID, message.authorUserID] }
        for link in export.ticketConversations { ids += [link.ticketID, link.conversationID] }
        for event in export.webhookEvents where !event.id.isEmpty { ids.append(event.id) }
        ids += export.apps.map(\.id)
        ids += export.organizations.map(\.id)
        return Set(ids.compactMap { $0 })
    }

    /// A value as each sink could write it: raw, HTML-escaped, JSON-escaped, percent-encoded.
    static func spellings(of value: String) -> Set<String> {
        var html = value
        for (character, entity) in [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")] {
            html = html.replacingOccurrences(of: character, with: entity)
        }
        var json = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": json += "\\\\"
            case "\"": json += "\\\""
            case "\n": json += "\\n"
            case _ where scalar.value < 0x20: json += String(format: "\\u%04x", scalar.value)
            default: json.unicodeScalars.append(scalar)
            }
        }
        let percent = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
        return [value, html, json, percent]
    }

    /// `all`, and `all,ids`.
    static let scopes: [Redaction.Scope] = [.all, [.all, .ids]]

    @Test(
        "No original value reaches a page, a report, the snapshot, the diff or a file name",
        arguments: [0, 1], [0, 1])
    func nothingLeaks(exportIndex: Int, scopeIndex: Int) throws {
        let export = try ExportLoader().load(directory: Self.exports[exportIndex].folder.path)
        let scope = Self.scopes[scopeIndex]
        // A value the templates themselves hold ("Zendesk", "Agent") cannot tell a leak from the page's words.
        let chrome = EmbeddedTemplates.files.values.joined(separator: "\n")
        let originals = Self.originals(of: export, ids: scope.contains(.ids)).filter { !chrome.contains($0) }
        #expect(originals.count > 20)
        if scope.contains(.ids) {
            // The ids themselves are searched for, not only the identities.
            #expect(originals.isSuperset(of: Self.ids(of: export).filter { $0.count >= 4 && !chrome.contains($0) }))
        }
        let surfaces = try Self.surfaces(of: export, scope: scope)
        // One haystack, searched with memmem: every spelling of every value against megabytes of output.
        var haystack: [UInt8] = []
        var starts: [Int] = []
        for surface in surfaces {
            starts.append(haystack.count)
            haystack += Array(surface.1.utf8) + [0]
        }
        var leaks: [String] = []
        for value in originals.sorted() {
            for spelling in Self.spellings(of: value) {
                if let offset = Self.wordOffset(of: Array(spelling.utf8), in: haystack) {
                    let surface = surfaces[starts.lastIndex { $0 <= offset }!].0
                    leaks.append("'\(value)' in \(surface)")
                    break
                }
            }
        }
        #expect(leaks.isEmpty, "\(Self.exports[exportIndex].name): \(leaks.prefix(20))")
    }

    /// Where `needle` first occurs in `haystack` not as part of a longer word ("Paul" is not in
    /// "America/Sao_Paulo"), or nil.
    static func wordOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, let last = needle.last else { return nil }
        func isWord(_ byte: UInt8) -> Bool {
            byte >= 0x80 || byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39)
                || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a)
        }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                var start = 0
                while start < hay.count,
                    let hit = memmem(hay.baseAddress! + start, hay.count - start, pin.baseAddress!, pin.count)
                {
                    let offset = hay.baseAddress!.distance(to: UnsafeRawPointer(hit))
                    let gluedBefore = offset > 0 && isWord(hay[offset - 1]) && isWord(first)
                    let end = offset + pin.count
                    let gluedAfter = end < hay.count && isWord(hay[end]) && isWord(last)
                    if !gluedBefore && !gluedAfter { return offset }
                    start = offset + 1
                }
                return nil
            }
        }
    }

    @Test(
        "Every decision is the real data's: marks, ranks, reasons, rules, diagnostics", arguments: [0, 1], [0, 1])
    func sameDecisions(exportIndex: Int, scopeIndex: Int) throws {
        let export = try ExportLoader().load(directory: Self.exports[exportIndex].folder.path)
        var settings = Settings()
        let plain = AgentView(export: export, settings: settings)
        let redaction = Self.redaction(Self.scopes[scopeIndex])
        settings.redaction = redaction
        let redacted = AgentView(export: export, settings: settings)
        // The real decisions with each id read through the id map (itself when ids are not redacted).
        let known = Self.ids(of: export)
        let expected = Self.decisions(plain) { id in
            // A record subject may be a compound id or a path: each part that is an id is mapped.
            if known.contains(id) { return redaction.id(id) }
            return id.split(separator: "/", omittingEmptySubsequences: false).map { part in
                let part = String(part)
                let stem = String(part.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0])
                return known.contains(stem) ? redaction.id(stem) + part.dropFirst(stem.count) : part
            }.joined(separator: "/")
        }
        let actual = Self.decisions(redacted) { $0 }
        #expect(
            expected == actual,
            "only real: \(Set(expected).subtracting(actual).sorted().prefix(5)); only redacted: \(Set(actual).subtracting(expected).sorted().prefix(5))"
        )
        #expect(!actual.isEmpty)
        if Self.scopes[scopeIndex].contains(.ids) {
            #expect(Self.decisions(plain) { $0 } != actual, "the ids were redacted")
        }
    }

    /// The decisions of a view, one line each, with no value from the export but ids (each through `id`),
    /// sorted: the order of lines is the pages' business, not a decision.
    static func decisions(_ view: AgentView, id: (String) -> String) -> [String] {
        func key(_ key: UserKey) -> String { "\(key.kind):\(id(key.id))" }
        var lines: [String] = []
        for user in view.users {
            lines.append(
                "user \(key(user.key)) mark \(user.nameCheckMark) \(user.messagingUsers.map { id($0.user.id) }.sorted())"
            )
            for ticket in user.tickets {
                lines.append(
                    "  ticket \(key(user.key)) \(id(ticket.ticketID)) \(ticket.checkMark) \(ticket.rank.map(String.init) ?? "-") \(ticket.reason)"
                )
            }
        }
        for ticket in view.tickets {
            for message in ticket.messages {
                lines.append(
                    "message \(id(message.entry.id)) \(message.decision.checkMark) \(message.decision.rule)")
            }
        }
        for diagnostic in view.diagnostics {
            let subject =
                switch diagnostic.subject {
                case .user(let user): key(user)
                case .ticket(let ticket): "ticket:\(id(ticket))"
                case .record(let kind, let record): "\(kind):\(id(record))"
                }
            lines.append("diagnostic \(diagnostic.code) \(diagnostic.severity) \(subject)")
        }
        return lines.sorted()
    }

    @Test("One key gives byte-identical output; the pages say what was redacted", arguments: [0, 1])
    func deterministic(scopeIndex: Int) throws {
        let export = try ExportLoader().load(directory: PackagePaths.samples.path)
        let scope = Self.scopes[scopeIndex]
        let first = try Self.surfaces(of: export, scope: scope)
        let second = try Self.surfaces(of: export, scope: scope)
        #expect(first.map(\.1) == second.map(\.1))
        let index = try #require(first.first { $0.0 == "index.html" }?.1)
        #expect(index.contains(#"<p class="redaction-notice" role="note">"#))
        #expect(HTMLQuery.count("Redacted: identities", in: index) == 2)
        // Header and footer name ids only when they were redacted.
        #expect(HTMLQuery.count("and ids (of users, tickets", in: index) == (scope.contains(.ids) ? 2 : 0))
    }
}

/// glibc's `memmem`, which Swift's Glibc module does not export (a GNU extension): a fast substring search.
@_silgen_name("memmem")
private func memmem(
    _ haystack: UnsafeRawPointer, _ haystackLength: Int, _ needle: UnsafeRawPointer, _ needleLength: Int
) -> UnsafeMutableRawPointer?
