import Foundation
import Testing

@testable import AgentViewCore

/// Ids are compared by their bytes: canonically equivalent twins stay two records (rulebook §10 rule 14).
@Suite("Ids compared as bytes")
struct IDTextTests {
    static let nfc = "caf\u{E9}"
    static let nfd = "cafe\u{301}"

    @Test("Twins that Swift calls equal stay different, and every real id is unchanged")
    func twinsStayDistinct() {
        #expect(Self.nfc == Self.nfd)  // what Swift does, and why the escape is needed
        #expect(IDText.distinct(Self.nfc) != IDText.distinct(Self.nfd))
        #expect(IDText.distinct("\u{212B}") != IDText.distinct("A\u{30A}"))
        #expect(IDText.distinct("\u{212B}") != IDText.distinct("\u{C5}"))
        for id in ["5e0000000000000000000139", "crm-0000313", Self.nfc, "名前", "c000000000000000000186a1"] {
            #expect(IDText.distinct(id) == id)
        }
        #expect(IDText.distinct(#"a\u{301}"#) != IDText.distinct("a\u{301}"))
        // ASCII with a backslash is escaped all the same, whether the string is short enough to sit inline.
        #expect(IDText.distinct(#"a\b"#) == #"a\\b"#)
        #expect(IDText.distinct(#"5e000000000000000000\0139"#) == #"5e000000000000000000\\0139"#)
    }

    @Test("NFC and NFD twins load as two messaging users, each with its own message, and no duplicate")
    func twinsLoadAsTwoRecords() throws {
        let users = #"{"users": [{"id": "\#(Self.nfc)"}, {"id": "\#(Self.nfd)"}]}"#
        let messages =
            #"{"messages": [{"id": "m-\#(Self.nfc)", "received": "2026-01-01T00:00:00Z", "author": {"type": "user", "userId": "\#(Self.nfc)"}}, {"id": "m-\#(Self.nfd)", "received": "2026-01-01T00:01:00Z", "author": {"type": "user", "userId": "\#(Self.nfd)"}}]}"#
        let export = try ExportLoader().load(files: [
            ("sunshine/users.json", Array(users.utf8)),
            ("sunshine/conversations/c1/messages.json", Array(messages.utf8)),
        ])
        #expect(export.messagingUsers.count == 2)
        #expect(export.messages.count == 2)
        #expect(export.duplicates.isEmpty)
        #expect(Set(export.messages.compactMap(\.authorUserID)) == Set(export.messagingUsers.map(\.id)))
    }
}
