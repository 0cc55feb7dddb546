import AgentViewCore
import Foundation

/// Writes a synthetic export in the real Zendesk and Sunshine Conversations shapes and the usual folder
/// layout: Support users with side-loaded identities (a cursor export), NDJSON tickets, audits naming
/// each ticket's conversation, one messaging user file per user, each user's conversations, and each
/// conversation's messages.
///
/// Per user: `ticketsPerUser` tickets, each with its own conversation of `messagesPerTicket` messages,
/// end user and agent in turn. Half the users are authenticated by JWT, a fifth through the help center,
/// the rest anonymous. 1,000 users with the defaults make about 100 MB in 12,000 files. The same
/// arguments always write the same bytes.
public struct SyntheticExport: Sendable {
    public var users: Int
    public var ticketsPerUser = 10
    public var messagesPerTicket = 10

    public init(users: Int, ticketsPerUser: Int = 10, messagesPerTicket: Int = 10) {
        self.users = users
        self.ticketsPerUser = ticketsPerUser
        self.messagesPerTicket = messagesPerTicket
    }

    private static let firstNames = [
        "Roger", "Hana", "Lena", "Omar", "Ines", "Casey", "Aiko", "Bea", "Carl", "Dee", "Jon", "Pat", "Mia", "Noor",
    ]
    private static let lastNames = [
        "Wilco", "Sato", "Berg", "Haddad", "Duarte", "Cap", "Mori", "Lund", "Snow", "Kay", "Ortiz", "Ng",
    ]
    private static let statuses = ["new", "open", "pending", "hold", "solved", "closed"]
    /// 2026-01-05T08:00:00Z in seconds since 1970.
    private static let start = 1_767_600_000

    /// Writes the export under `folder` and returns its size in bytes and files.
    public func write(to folder: String) throws -> (bytes: Int, files: Int) {
        var writer = FileWriter(root: folder)
        var random = SplitMix64(seed: 7)
        var users: [String] = []
        var identities: [String] = []
        var audits: [String] = []
        var tickets: [UInt8] = []
        var ticketID = 100_000
        var messageID = 0
        let created = Self.zendeskTime(Self.start)
        for index in 0..<self.users {
            let userID = 1_000_000_000 + index
            let given = Self.firstNames[random.next(below: Self.firstNames.count)]
            let family = Self.lastNames[random.next(below: Self.lastNames.count)]
            let kind = random.next(below: 10)  // 0-4 JWT, 5-6 help center, 7-9 anonymous
            let externalID = kind < 5 ? "\"crm-\(Self.padded(index, 7))\"" : "null"
            let email = "\(given.lowercased()).\(family.lowercased()).\(index)@example.com"
            users.append(
                #"{"id": \#(userID), "url": "https://acme.zendesk.com/api/v2/users/\#(userID).json", "name": "\#(given) \#(family)", "email": "\#(email)", "created_at": "\#(created)", "updated_at": "\#(created)", "time_zone": "Copenhagen", "iana_time_zone": "Europe/Copenhagen", "phone": null, "locale": "en-US", "locale_id": 1, "organization_id": null, "role": "end-user", "verified": true, "external_id": \#(externalID), "tags": [], "active": true, "suspended": false, "user_fields": {}, "details": "", "notes": ""}"#
            )
            identities.append(
                #"{"id": \#(5_000_000_000 + index), "user_id": \#(userID), "type": "email", "value": "\#(email)", "verified": true, "primary": true, "created_at": "\#(created)", "updated_at": "\#(created)", "verification_method": "full"}"#
            )
            let messagingID = Self.hex(0x5e, index)
            let linked = kind < 7 ? #", "zendeskId": "\#(userID)", "authenticated": true"# : ""
            try writer.write(
                "messaging/users/\(messagingID).json",
                #"{"user": {"id": "\#(messagingID)", "externalId": \#(externalID), "signedUpAt": "\#(Self.sunshineTime(Self.start, 0))", "profile": {"givenName": "\#(given)", "surname": "\#(family)", "email": "\#(email)", "locale": "en-US"}, "metadata": {}, "identities": []\#(linked)}}"#
            )
            var conversations: [String] = []
            for ticket in 0..<ticketsPerUser {
                ticketID += 1
                let conversationID = Self.hex(0xc0, ticketID)
                let opened = Self.start + 60 * random.next(below: 500_001)
                let status = Self.statuses[random.next(below: Self.statuses.count)]
                tickets.append(
                    contentsOf:
                        #"{"id": \#(ticketID), "url": "https://acme.zendesk.com/api/v2/tickets/\#(ticketID).json", "via": {"channel": "native_messaging", "source": {"from": {}, "to": {}, "rel": null}}, "created_at": "\#(Self.zendeskTime(opened))", "updated_at": "\#(Self.zendeskTime(opened + 3 * 3600))", "subject": "Question \#(ticketID) about order", "description": "Conversation with \#(given)", "status": "\#(status)", "requester_id": \#(userID), "submitter_id": \#(userID), "assignee_id": 7, "brand_id": 360001, "tags": ["messaging"], "from_messaging_channel": true}"#
                        .utf8)
                tickets.append(0x0A)
                audits.append(
                    #"{"id": \#(9_000_000_000 + ticketID), "ticket_id": \#(ticketID), "created_at": "\#(Self.zendeskTime(opened))", "author_id": \#(userID), "metadata": {}, "via": {"channel": "native_messaging"}, "events": [{"id": \#(8_000_000_000 + ticketID), "type": "ChatStartedEvent", "value": {"conversation_id": "\#(conversationID)", "channel": "native_messaging", "history": []}}]}"#
                )
                conversations.append(
                    #"{"id": "\#(conversationID)", "type": "personal", "isDefault": \#(ticket == 0), "metadata": {}, "lastUpdatedAt": "\#(Self.sunshineTime(opened + 3 * 3600, 0))", "createdAt": "\#(Self.sunshineTime(opened, 0))"}"#
                )
                var messages: [String] = []
                for turn in 0..<messagesPerTicket {
                    messageID += 1
                    let fromUser = turn % 2 == 0
                    let author =
                        fromUser
                        ? #"{"type": "user", "userId": "\#(messagingID)", "displayName": "\#(given) \#(family)"}"#
                        : #"{"type": "business", "subtypes": ["agent"], "displayName": "Agent Smith"}"#
                    let text =
                        "Message \(turn) about order \(ticketID): "
                        + String(repeating: "lorem ipsum dolor sit amet ", count: 1 + random.next(below: 6))
                    messages.append(
                        #"{"id": "\#(Self.hex(0xa0, messageID))", "received": "\#(Self.sunshineTime(opened + 180 * turn, 0))", "author": \#(author), "content": {"type": "text", "text": "\#(text)"}, "source": {"type": "\#(fromUser ? "web" : "zd:agentWorkspace")"}}"#
                    )
                }
                try writer.write(
                    "messaging/conversations/\(conversationID)/messages.json",
                    #"{"messages": [\#(messages.joined(separator: ", "))], "meta": {"hasMore": false}, "links": {}}"#)
            }
            try writer.write(
                "messaging/users/\(messagingID)/conversations.json",
                #"{"conversations": [\#(conversations.joined(separator: ", "))], "meta": {"hasMore": false}, "links": {}}"#
            )
        }
        try writer.write("support/tickets.ndjson", tickets)
        try writer.write(
            "support/ticket_audits.json",
            #"{"audits": [\#(audits.joined(separator: ", "))], "meta": {"has_more": false}, "links": {}}"#)
        try writer.write(
            "support/users.json",
            #"{"users": [\#(users.joined(separator: ", "))], "identities": [\#(identities.joined(separator: ", "))], "after_cursor": null, "end_of_stream": true}"#
        )
        return (writer.bytes, writer.files)
    }

    /// A 24-digit hex id with a two-digit prefix, as Sunshine Conversations ids look.
    private static func hex(_ prefix: Int, _ number: Int) -> String {
        let digits = String(number, radix: 16)
        return String(prefix, radix: 16) + String(repeating: "0", count: 22 - digits.count) + digits
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `2026-01-05T08:00:00Z`, as Zendesk writes times.
    private static func zendeskTime(_ seconds: Int) -> String {
        Timestamp(millisecondsSinceEpoch: Int64(seconds) * 1000).formatted(offsetSeconds: 0, milliseconds: false)
    }

    /// `2026-01-05T08:00:00.000Z`, as Sunshine Conversations writes times.
    private static func sunshineTime(_ seconds: Int, _ milliseconds: Int) -> String {
        Timestamp(millisecondsSinceEpoch: Int64(seconds) * 1000 + Int64(milliseconds)).formatted(offsetSeconds: 0)
    }
}

/// A small deterministic generator (SplitMix64), so the export is the same on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// Writes the generator's files with plain `open`/`write`/`close`, creating folders as needed.
struct FileWriter {
    let root: String
    private(set) var bytes = 0
    private(set) var files = 0
    private var folders: Set<String> = []

    init(root: String) { self.root = root }

    mutating func write(_ path: String, _ text: String) throws { try write(path, Array(text.utf8)) }

    mutating func write(_ path: String, _ contents: [UInt8]) throws {
        let full = root + "/" + path
        let folder = String(full[..<full.lastIndex(of: "/")!])
        if folders.insert(folder).inserted {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: full]) }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == contents.count else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: full])
        }
        bytes += contents.count
        files += 1
    }
}
