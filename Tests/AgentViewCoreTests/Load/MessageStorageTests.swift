import Foundation
import Testing

@testable import AgentViewCore

/// Message keeps common author and source types as one-byte codes, a hexadecimal id as its bits, and the rest
/// out of line; every value must read, write and compare as a stored field would.
@Suite("Message compact author, source and activity types, and ids")
struct MessageStorageTests {
    func message(authorType: String = "user") -> Message {
        Message(id: "m1", conversationID: "c1", received: Timestamp(millisecondsSinceEpoch: 0), authorType: authorType)
    }

    @Test("a message is smaller than with three inline strings")
    func messageIsSmall() {
        // Three 16-byte strings (176 bytes in all) became two bytes and one reference; the content's type
        // became a byte beside its text (136 bytes to 128); the id's 16-byte string became 12 bytes and a flag.
        #expect(MemoryLayout<Message>.stride <= 120)
    }

    @Test(
        "every id reads back byte for byte",
        arguments: [
            "5e4af71a81966cfff3ef6550", "000000000000000000000000", "ffffffffffffffffffffffff",
            "0123456789abcdef01234567", "5E4AF71A81966CFFF3EF6550", "5e4af71a81966cfff3ef655",
            "5e4af71a81966cfff3ef65500",
            "5e4af71a81966cfff3ef655g", "5e4af71a81966cfff3ef655\u{E9}", "", "m1", "élan-0123456789abcdef0123",
        ])
    func idsReadBack(id: String) {
        var message = message()
        message.id = id
        #expect(message.id == id)
        #expect(message.id.utf8.elementsEqual(id.utf8))
        let made = Message(
            id: id, conversationID: "c1", received: Timestamp(millisecondsSinceEpoch: 0), authorType: "user")
        #expect(made.id == id)
        #expect(made == message)
    }

    @Test("only 24 lowercase hexadecimal digits are held as bits")
    func onlyLowercaseHexIsPacked() {
        #expect(MessageID.digits(of: "5e4af71a81966cfff3ef6550") != nil)
        #expect(MessageID.digits(of: "5E4AF71A81966CFFF3EF6550") == nil)
        #expect(MessageID.digits(of: "5e4af71a81966cfff3ef655") == nil)
        #expect(MessageID.digits(of: "5e4af71a81966cfff3ef6550 ") == nil)
        let digits = MessageID.digits(of: "0123456789abcdef01234567")
        #expect(digits?.high == 0x0123_4567_89ab_cdef && digits?.low == 0x0123_4567)
    }

    @Test("ids sort as their texts do, and hash equal exactly when equal here, held as bits or not")
    func idsSortAndHashAsTexts() {
        let ids = [
            "5e4af71a81966cfff3ef6550", "5e4af71a81966cfff3ef6551", "5e4af71a81966cfff3ef655a",
            "5e4af71a81966cfff3ef6549", "5e4af71b00000000000000ff", "000000000000000000000000",
            "ffffffffffffffffffffffff", "5E4AF71A81966CFFF3EF6550", "5e4af71a81966cfff3ef655", "m1", "",
            "5e4af71a81966cfff3ef65500", "élan",
        ]
        let messages = ids.map { id in
            Message(id: id, conversationID: "c1", received: Timestamp(millisecondsSinceEpoch: 0), authorType: "user")
        }
        for left in messages {
            for right in messages {
                #expect(left.idSorts(before: right) == (left.id < right.id), "\(left.id) before \(right.id)")
                #expect((left.idHash == right.idHash) == (left.id == right.id), "\(left.id) and \(right.id)")
            }
            var copy = left
            copy.id = String(left.id)
            #expect(copy.idHash == left.idHash)
        }
    }

    @Test(
        "messages sort by time, then by id as text, whatever form the ids take",
        arguments: [200, 40_000])  // Under and over the size sorted on both cores.
    func messagesSortByTimeThenIDText(count: Int) {
        // Few distinct times, so that most comparisons are ties; ids held as bits and as text side by side.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 16
        }
        var messages: [Message] = []
        for serial in 0..<count {
            let digits = String(next() & 0xFFFF_FFFF_FFFF, radix: 16)
            let hex = String(repeating: "0", count: 12 - digits.count) + digits + String(format: "%012x", serial)
            let id: String
            switch next() % 4 {
            case 0: id = hex.uppercased()
            case 1: id = String(hex.dropLast())
            default: id = hex
            }
            messages.append(
                Message(
                    id: id, conversationID: "c1", received: Timestamp(millisecondsSinceEpoch: Int64(next() % 5)),
                    authorType: "user"))
        }
        let expected = messages.map { ($0.received, $0.id) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var sorted = messages
        ExportAssembler.sortByTime(&sorted)
        let misplaced = sorted.indices.first {
            sorted[$0].id != expected[$0].1 || sorted[$0].received != expected[$0].0
        }
        #expect(misplaced == nil, "first out of place at \(misplaced ?? 0) of \(count)")
    }

    @Test("an id and the uncommon types change independently, in either order")
    func idAndTypesAreIndependent() {
        var message = message(authorType: "bot")
        message.activityType = "ticket:closed"
        message.id = "not-hex"
        #expect(message.authorType == "bot" && message.activityType == "ticket:closed" && message.id == "not-hex")
        message.sourceType = "telegram"
        #expect(message.id == "not-hex" && message.sourceType == "telegram")
        message.id = "5e4af71a81966cfff3ef6550"
        #expect(message.authorType == "bot" && message.sourceType == "telegram")
        #expect(message.activityType == "ticket:closed")
        var other = message
        other.id = "5e4af71a81966cfff3ef6551"
        #expect(other != message)
        #expect(message.id == "5e4af71a81966cfff3ef6550")
        other.id = "5e4af71a81966cfff3ef6550"
        #expect(other == message)
    }

    @Test(
        "common and uncommon values read back as set",
        arguments: [
            ("user", "web", nil), ("business", "zd:agentWorkspace", "ticket:closed"), ("bot", "telegram", nil),
            ("", "", ""), ("business", nil, "conversation:start"),
        ] as [(String, String?, String?)])
    func valuesReadBack(authorType: String, sourceType: String?, activityType: String?) {
        var message = message(authorType: authorType)
        message.sourceType = sourceType
        message.activityType = activityType
        #expect(message.authorType == authorType)
        #expect(message.sourceType == sourceType)
        #expect(message.activityType == activityType)
    }

    @Test("changing one value leaves the others, and a copy's change leaves the original")
    func valuesAreIndependent() {
        var original = message(authorType: "bot")
        original.sourceType = "telegram"
        original.activityType = "ticket:closed"
        var changed = original
        changed.authorType = "user"
        #expect(changed.sourceType == "telegram" && changed.activityType == "ticket:closed")
        #expect(changed != original)
        #expect(original.authorType == "bot")
        changed.authorType = "bot"
        #expect(changed == original)
        changed.sourceType = "web"
        #expect(changed != original)
        #expect(changed.activityType == "ticket:closed" && changed.authorType == "bot")
    }
}
