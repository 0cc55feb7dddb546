import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// `--redact all` leaves no original name, email, phone, external ID or text on any surface, and changes
/// no decision (docs/rules.md §12 "Redaction").
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
    static func surfaces(of export: Export) throws -> [(String, String)] {
        var settings = Settings()
        settings.redaction = redaction()
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
    static func originals(of export: Export) -> Set<String> {
        var values: [String?] = []
        for user in export.supportUsers {
            values += [user.name, user.email, user.externalID, user.phone]
            values += user.identities.filter { $0.type != "messaging" }.map(\.value)
        }
        for user in export.messagingUsers {
            values += [user.profileName, user.givenName, user.surname, user.profileEmail, user.externalID]
            values += user.identities.map(\.value)
        }
        for ticket in export.tickets { values += [ticket.subject, ticket.description] }
        for comment in export.comments { values += [comment.body, comment.htmlBody] }
        for message in export.messages {
            values += [message.authorDisplayName, message.content.text, message.content.altText]
            values += message.content.fields.map(\.value)
        }
        for event in export.conversationLogEvents { values += [event.authorDisplayName, event.content.text] }
        // Four characters and more: shorter values ("Hi", "Bob") occur inside ordinary words.
        return Set(
            values.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0.count >= 4 })
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

    @Test("No original value reaches a page, a report, the snapshot, the diff or a file name", arguments: [0, 1])
    func nothingLeaks(exportIndex: Int) throws {
        let export = try ExportLoader().load(directory: Self.exports[exportIndex].folder.path)
        // A value the templates themselves hold ("Zendesk", "Agent") cannot tell a leak from the page's words.
        let chrome = EmbeddedTemplates.files.values.joined(separator: "\n")
        let originals = Self.originals(of: export).filter { !chrome.contains($0) }
        #expect(originals.count > 20)
        let surfaces = try Self.surfaces(of: export)
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

    @Test("Every decision is the real data's: marks, ranks, reasons, rules, diagnostics", arguments: [0, 1])
    func sameDecisions(exportIndex: Int) throws {
        let export = try ExportLoader().load(directory: Self.exports[exportIndex].folder.path)
        var settings = Settings()
        let plain = AgentView(export: export, settings: settings)
        settings.redaction = Self.redaction()
        let redacted = AgentView(export: export, settings: settings)
        #expect(Self.decisions(plain) == Self.decisions(redacted))
        #expect(!Self.decisions(plain).isEmpty)
    }

    /// The decisions of a view, one line each, with no value from the export but ids.
    static func decisions(_ view: AgentView) -> [String] {
        var lines: [String] = []
        for user in view.users {
            lines.append("user \(user.key) mark \(user.nameCheckMark) \(user.messagingUsers.map(\.user.id))")
            for ticket in user.tickets {
                lines.append(
                    "  ticket \(ticket.ticketID) \(ticket.checkMark) \(ticket.rank.map(String.init) ?? "-") \(ticket.reason)"
                )
            }
        }
        for ticket in view.tickets {
            for message in ticket.messages {
                lines.append("message \(message.entry.id) \(message.decision.checkMark) \(message.decision.rule)")
            }
        }
        for diagnostic in view.diagnostics {
            lines.append("diagnostic \(diagnostic.code) \(diagnostic.severity) \(diagnostic.subject)")
        }
        return lines
    }

    @Test("One key gives byte-identical output; the pages say what was redacted")
    func deterministic() throws {
        let export = try ExportLoader().load(directory: PackagePaths.samples.path)
        let first = try Self.surfaces(of: export)
        let second = try Self.surfaces(of: export)
        #expect(first.map(\.1) == second.map(\.1))
        let index = try #require(first.first { $0.0 == "index.html" }?.1)
        #expect(index.contains(#"<p class="redaction-notice" role="note">"#))
        #expect(HTMLQuery.count("Redacted: identities", in: index) == 2)
    }
}

/// glibc's `memmem`, which Swift's Glibc module does not export (a GNU extension): a fast substring search.
@_silgen_name("memmem")
private func memmem(
    _ haystack: UnsafeRawPointer, _ haystackLength: Int, _ needle: UnsafeRawPointer, _ needleLength: Int
) -> UnsafeMutableRawPointer?
