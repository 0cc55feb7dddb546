import JSONTree

/// A Sunshine Conversations message, from the REST list, a webhook, or a v1 export.
public struct Message: Sendable, Equatable {
    /// The message id. One of 24 lowercase hexadecimal digits, the form Sunshine Conversations gives every id, is
    /// held as its 12 bytes (`MessageID`); any other id, out of line. A million ids held as strings took 64 MB
    /// of heap at 10,000 users, 24 bytes each in a 64-byte allocation, from loading to the last page.
    public var id: String {
        get { packedID.text }
        set { setID(newValue) }
    }
    /// The id, without making its text.
    var packedID: MessageID {
        idIsHex ? .digits(high: idHigh, low: idLow) : .text(uncommon?.id ?? "")
    }

    /// Whether the id sorts before `other`'s, as `id < other.id` does (`MessageID.sorts(before:)`). Sorting a
    /// million messages by time falls back to their ids on every tie.
    func idSorts(before other: Message) -> Bool {
        packedID.sorts(before: other.packedID)
    }

    /// A hash of the id, equal for equal ids (`MessageID.stableHash`).
    var idHash: UInt64 { packedID.stableHash }
    public var conversationID: String
    public var received: Timestamp
    /// `agent`, `bot`, `AI` or `activity` (business authors).
    public var authorSubtypes: [String]
    /// The messaging user id (end-user messages only); may name a user discarded by a merge.
    public var authorUserID: String?
    public var authorDisplayName: String?
    public var content: MessageContent
    /// `author.user.authenticated`, present only in `conversation:message` webhooks (docs/rules.md §5 rule 1).
    public var authorAuthenticatedAtSend: Bool?
    /// `authorType` and `sourceType` as one byte each when they hold a common value (`authorTypeText(_:)`,
    /// `sourceTypeText(_:)`): a million messages held them as two 16-byte strings each.
    private var authorTypeCode: UInt8 = 0
    private var sourceTypeCode: UInt8 = 0
    /// Whether the id is held in `idLow` and `idHigh` (`MessageID`), the bits of its last 8 digits and first 16.
    /// The small fields come first and the 8-byte ones last, as Swift lays fields out in the order declared: the
    /// other way, padding made a message 128 bytes, not 120.
    private var idIsHex = false
    private var idLow: UInt32 = 0
    /// What no common code holds, kept out of line: the uncommon author and source types, the activity type
    /// only system messages carry, and an id that is not hexadecimal. Nil when there is none of them.
    private var uncommon: Uncommon?
    private var idHigh: UInt64 = 0

    /// The out-of-line texts; immutable, so copies of a message share them safely.
    private final class Uncommon: Sendable {
        let authorType: String?
        let sourceType: String?
        let activityType: String?
        let id: String?

        init(authorType: String?, sourceType: String?, activityType: String?, id: String?) {
            self.authorType = authorType
            self.sourceType = sourceType
            self.activityType = activityType
            self.id = id
        }
    }

    /// The code of a text that `uncommon` holds; 0 is no text.
    private static let uncommonCode = UInt8.max

    /// `user` for end users, `business` for agents, bots and the system.
    public var authorType: String {
        get { Self.authorTypeText(authorTypeCode) ?? uncommon?.authorType ?? "" }
        set { setTexts(authorType: newValue, sourceType: sourceType, activityType: activityType) }
    }
    /// The channel, e.g. `web`, `whatsapp`, `zd:agentWorkspace`, `zd:answerBot`.
    public var sourceType: String? {
        get { Self.sourceTypeText(sourceTypeCode) ?? uncommon?.sourceType }
        set { setTexts(authorType: authorType, sourceType: newValue, activityType: activityType) }
    }
    /// A system activity such as `ticket:closed`, when the message is one.
    public var activityType: String? {
        get { uncommon?.activityType }
        set { setTexts(authorType: authorType, sourceType: sourceType, activityType: newValue) }
    }

    private mutating func setTexts(authorType: String, sourceType: String?, activityType: String?) {
        authorTypeCode = Self.authorTypeCode(authorType)
        sourceTypeCode = sourceType.map(Self.sourceTypeCode) ?? 0
        setUncommon(
            authorType: authorTypeCode == Self.uncommonCode ? authorType : nil,
            sourceType: sourceTypeCode == Self.uncommonCode ? sourceType : nil, activityType: activityType,
            id: uncommon?.id)
    }

    private mutating func setID(_ id: String) {
        var text: String?
        switch MessageID(id) {
        case .digits(let high, let low): (idHigh, idLow, idIsHex) = (high, low, true)
        case .text(let id): (idHigh, idLow, idIsHex, text) = (0, 0, false, id)
        }
        setUncommon(
            authorType: uncommon?.authorType, sourceType: uncommon?.sourceType, activityType: uncommon?.activityType,
            id: text)
    }

    /// Holds the out-of-line texts, or nothing when there are none.
    private mutating func setUncommon(authorType: String?, sourceType: String?, activityType: String?, id: String?) {
        uncommon =
            authorType == nil && sourceType == nil && activityType == nil && id == nil
            ? nil : Uncommon(authorType: authorType, sourceType: sourceType, activityType: activityType, id: id)
    }

    // The codes are matched by `switch`, not looked up in a static list: the view reads these fields millions of
    // times, and each read of a static list retained and released it (a second of building at 10,000 users).

    private static func authorTypeCode(_ text: String) -> UInt8 {
        switch text {
        case "user": 1
        case "business": 2
        default: uncommonCode
        }
    }

    private static func authorTypeText(_ code: UInt8) -> String? {
        switch code {
        case 1: "user"
        case 2: "business"
        default: nil
        }
    }

    private static func sourceTypeCode(_ text: String) -> UInt8 {
        switch text {
        case "web": 1
        case "zd:agentWorkspace": 2
        case "zd:answerBot": 3
        case "api:conversations": 4
        case "ios": 5
        case "android": 6
        case "whatsapp": 7
        case "messenger": 8
        default: uncommonCode
        }
    }

    private static func sourceTypeText(_ code: UInt8) -> String? {
        switch code {
        case 1: "web"
        case 2: "zd:agentWorkspace"
        case 3: "zd:answerBot"
        case 4: "api:conversations"
        case 5: "ios"
        case 6: "android"
        case 7: "whatsapp"
        case 8: "messenger"
        default: nil
        }
    }

    public static func == (lhs: Message, rhs: Message) -> Bool {
        lhs.packedID == rhs.packedID && lhs.conversationID == rhs.conversationID && lhs.received == rhs.received
            && lhs.authorType == rhs.authorType && lhs.authorSubtypes == rhs.authorSubtypes
            && lhs.authorUserID == rhs.authorUserID && lhs.authorDisplayName == rhs.authorDisplayName
            && lhs.content == rhs.content && lhs.sourceType == rhs.sourceType
            && lhs.authorAuthenticatedAtSend == rhs.authorAuthenticatedAtSend && lhs.activityType == rhs.activityType
    }

    /// Creates a message.
    public init(
        id: String, conversationID: String, received: Timestamp, authorType: String, authorUserID: String? = nil,
        content: MessageContent = MessageContent(type: "text"), authorSubtypes: [String] = [],
        authorAuthenticatedAtSend: Bool? = nil
    ) {
        self.conversationID = conversationID
        self.received = received
        self.authorSubtypes = authorSubtypes
        self.authorUserID = authorUserID
        self.content = content
        self.authorAuthenticatedAtSend = authorAuthenticatedAtSend
        setTexts(authorType: authorType, sourceType: nil, activityType: nil)
        setID(id)
    }

    /// `["agent"]`, held once: half of a transcript's messages carry it, and each list read is an allocation.
    private static let agentSubtypes = ["agent"]

    /// The one shared `["agent"]` for a list equal to it, else the list.
    private static func shared(_ subtypes: [String]) -> [String] {
        subtypes.count == 1 && subtypes[0] == "agent" ? agentSubtypes : subtypes
    }

    /// Whether an end user wrote it (not an agent, bot, or system activity).
    public var isFromEndUser: Bool { authorType == "user" }

    /// Reads a v2 message (REST or webhook); v1 messages (`_id`, `role`, float `received`) too.
    init(reading record: RecordReader, conversationID: String) throws {
        // `id` first: a v2 message holds it, usually as its first key, where `_id` is looked for through every key.
        if !record.has("id") && record.has("_id") {
            let id = try record.requiredMessagingID("_id")
            guard let received = try record.date("received") else { throw record.missing("received") }
            let role = try record.string("role") ?? "appUser"
            self.init(
                id: id, conversationID: conversationID, received: received,
                authorType: role == "appUser" ? "user" : "business",
                authorSubtypes: role == "appMaker" ? Self.agentSubtypes : [],
                authorUserID: role == "appUser" ? try record.string("authorId") : nil,
                authorDisplayName: try record.string("name"), authorAuthenticatedAtSend: nil,
                content: try MessageContent(reading: record), sourceType: try record.object("source")?.string("type"),
                activityType: nil)
            return
        }
        // Read in this order, so that a message with several faults reports the same one first.
        let id = try record.requiredMessagingID("id")
        guard let received = try record.date("received") else { throw record.missing("received") }
        let author = try record.object("author")
        let authorType = try author?.string("type")
        let authorSubtypes = try author?.strings("subtypes")
        let authorUserID = try author?.string("userId")
        let authorDisplayName = try author?.string("displayName")
        let authorAuthenticatedAtSend = try author?.object("user")?.lenientBool("authenticated")
        let content = try record.object("content").map { content in try MessageContent(reading: content) }
        self.init(
            id: id, conversationID: conversationID, received: received, authorType: authorType,
            authorSubtypes: authorSubtypes, authorUserID: authorUserID, authorDisplayName: authorDisplayName,
            authorAuthenticatedAtSend: authorAuthenticatedAtSend, content: content,
            sourceType: try record.object("source")?.string("type"),
            activityType: try record.object("activity")?.string("type"))
    }

    /// A message from its fields as the v2 API names them (absent ones nil), with the defaults a missing author
    /// type (`business`) and content (text) take: the tree decoder (v1 and v2) and `MessageFileDecoder` both
    /// make messages here, so that the two cannot drift apart.
    init(
        id: String, conversationID: String, received: Timestamp, authorType: String?, authorSubtypes: [String]?,
        authorUserID: String?, authorDisplayName: String?, authorAuthenticatedAtSend: Bool?, content: MessageContent?,
        sourceType: String?, activityType: String?
    ) {
        self.conversationID = conversationID
        self.received = received
        self.authorSubtypes = Self.shared(authorSubtypes ?? [])
        self.authorUserID = authorUserID
        self.authorDisplayName = authorDisplayName
        self.authorAuthenticatedAtSend = authorAuthenticatedAtSend
        self.content = content ?? MessageContent(type: "text")
        setTexts(authorType: authorType ?? "business", sourceType: sourceType, activityType: activityType)
        setID(id)
    }
}

extension Message: ExportRecordKind, DeduplicatedRecord {
    static let kindName = "message"
    static let duplicateKind = kindName
    static let source = ExportSource.sunshine
    static let envelopeKeys: [EnvelopeKey] = [.list("messages")]
    static let parent: ExportParent? = ExportParent(collection: .conversations, records: "messages")
    static let readsBareRecords = true

    /// A bare message has a `received` time and an `author` (v2) or a `role` (v1).
    static func recognises(_ record: JSONObject) -> Bool {
        record.contains("received") && (record.contains("author") || record.contains("role"))
    }

    static func decode(_ record: RecordReader, parentID: String?, into fragment: inout ExportFragment) throws {
        fragment.messages.append(try Message(reading: record, conversationID: parentID ?? ""))
    }

    /// A conversation's messages file is its largest list: a million messages for 10,000 users.
    static func reserve(_ count: Int, in fragment: inout ExportFragment) {
        fragment.messages.reserveCapacity(fragment.messages.count + count)
    }

    var deduplicationID: String { id }
}

extension [Message] {
    /// The position of the first message with each of `ids` that the list holds.
    ///
    /// Only conversation-log events name messages by id, so only the ids they name are indexed: an export
    /// without conversation logs needs no table of a million message ids.
    func firstPositions(of ids: Set<String>) -> [String: Int] {
        var positions: [String: Int] = [:]
        guard !ids.isEmpty else { return positions }
        // By index: a loop over the messages themselves copies each one, retaining every string it holds.
        for index in indices where ids.contains(self[index].id) && positions[self[index].id] == nil {
            positions[self[index].id] = index
        }
        return positions
    }
}
