import Digest
import Foundation

/// What `--redact` hides, and under which key (docs/rules.md §12 "Redaction").
public struct Redaction: Sendable, Equatable {
    /// What is replaced.
    public struct Scope: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Names, emails, phone numbers and external IDs, by keyed pseudonyms.
        public static let identities = Scope(rawValue: 1)
        /// Message and comment text and ticket subjects, by their kind, length and links.
        public static let messages = Scope(rawValue: 2)
        /// Support and messaging ids (users, tickets, comments, conversations, messages, organizations,
        /// brands), by order-preserving keyed pseudonyms (``IDPseudonyms``). Only when named: "Ticket and user
        /// ids stay unless `ids` is named", so `all` leaves them.
        public static let ids = Scope(rawValue: 4)
        /// Identities and messages: everything but ids, which stay unless named.
        public static let all: Scope = [.identities, .messages]

        /// The words `--redact` takes, comma-separated (`identities,ids`), in the order help lists them.
        public static let words: [(word: String, scope: Scope)] = [
            ("identities", .identities), ("messages", .messages), ("all", .all), ("ids", .ids),
        ]

        /// The scope a comma-separated list of words names (`all,ids`), or nil when a word is unknown or
        /// the list is empty.
        public init?(list: String) {
            var scope: Scope = []
            for word in list.split(separator: ",", omittingEmptySubsequences: false) {
                let word = word.trimmingCharacters(in: .whitespaces)
                guard let named = Self.words.first(where: { $0.word == word }) else { return nil }
                scope.formUnion(named.scope)
            }
            guard !scope.isEmpty else { return nil }
            self = scope
        }

        /// `identities (…), message text and ids (…)`: what pages say was redacted.
        public var description: String {
            let parts = [
                (
                    "identities (names, emails, phone numbers, external IDs, other identity values and organization names)",
                    Scope.identities
                ),
                ("message text", .messages),
                ("ids (of users, tickets, comments, conversations, messages, organizations and brands)", .ids),
            ]
            .filter { contains($0.1) }.map(\.0)
            guard parts.count > 1 else { return parts.first ?? "" }
            return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }

    /// Where the key came from, which decides whether pseudonyms match another run's.
    public enum KeySource: String, Sendable {
        /// `--redact-key-file`: the same file gives the same pseudonyms on every run.
        case file
        /// `AGENTVIEW_REDACT_KEY`: likewise.
        case environment
        /// Neither: a random key for this run only, so pseudonyms match no other run.
        case random
    }

    public var scope: Scope
    public var keySource: KeySource
    /// The secret; never written anywhere.
    var key: [UInt8]

    /// A redaction of `scope` under `key`.
    public init(scope: Scope, key: [UInt8], keySource: KeySource) {
        self.scope = scope
        self.key = key
        self.keySource = keySource
    }

    /// The words of the scope, `all` spelt out (`identities`, `messages`, `ids`): what `snapshot.json` records
    /// and a diff compares.
    public var scopeWords: [String] {
        Scope.words.filter { $0.scope != .all && scope.contains($0.scope) }.map(\.word)
    }

    /// The sentence pages and summaries show.
    public var notice: String {
        let matching =
            keySource == .random
            ? "with a random key for this run, so they match no other run"
            : "with a key from the \(keySource == .file ? "key file" : "environment"), so runs with the same key agree"
        // What the scope leaves is said too: without `messages`, a name or an email written in a message or a
        // comment ("Conversation with Sofia Marchetti") is shown as written, whatever the identities' pseudonyms.
        let left =
            scope.contains(.messages)
            ? ""
            : " Message and comment texts are shown as written, names\(scope.contains(.ids) ? ", emails and ids" : " and emails") in them included, and so are ticket subjects, form answers and links: add messages to --redact to replace them."
        // A diagnostic's advice quotes API calls with the ids it names (`GET /api/v2/users/<id>`): pseudonyms there.
        let ids =
            scope.contains(.ids)
            ? " The ids in the API calls that diagnostics suggest are pseudonyms as well, not the real ids: run agentview where the export is, without ids in --redact, to see those."
            : ""
        return
            "Redacted: \(scope.description) are replaced by pseudonyms made \(matching). Marks, ranks, reasons and diagnostics are those of the real data.\(left)\(ids)"
    }

    /// A name for the key that does not reveal it: the first 8 bytes of an HMAC-SHA-256 under the key, in
    /// hex. `snapshot.json` records it, so that `diff` can tell two sides redacted with different keys,
    /// whose pseudonyms never match, from two sides whose users really differ.
    public var keyID: String {
        HMAC.sha256(key: key, message: Array("agentview key id".utf8)).prefix(8).hexadecimal
    }

    /// The id as redacted pages name it: its pseudonym when ids are in scope, else itself. What a user
    /// types (`--user support:123`, `--main-brand 7`) goes through this to meet the redacted records.
    public func id(_ id: String) -> String {
        scope.contains(.ids) ? IDPseudonyms(key: key).pseudonym(id) : id
    }

    public static func == (left: Redaction, right: Redaction) -> Bool {
        left.scope == right.scope && left.keySource == right.keySource && left.key == right.key
    }
}

/// Replaces what identifies a person in an export by pseudonyms, so that every surface built from it
/// (pages, report, `snapshot.json`, diff, diagnostics) carries none of it (docs/rules.md §12).
///
/// The decisions stay those of the real data because every value is replaced as the rules compare it:
/// - equal values, as a rule compares them, get one pseudonym; different ones never share one: emails
///   and external IDs ignore case; names are compared whole and folded (`DiagnosticText.folded`), so
///   names that fold alike get pseudonyms that differ only in letter case (or, past the variants their
///   letters allow, in spacing), chosen by their place among the export's spellings of that name;
/// - a name a placeholder pattern matches keeps the pattern's words (`Web User 7F3A K2QM`) and one that
///   no pattern matches gets a pseudonym no pattern matches;
/// - a look-alike name keeps the deceptive characters it held (a check mark, a bidi control, a word
///   of two scripts), which are not personal, so `lookalike-name` still fires;
/// - a messaging user's given name and surname become one pseudonym of their joined name, which is
///   what the data-mapping table compares with the Support name.
/// Ids stay unless `ids` is in scope; then every id, in every record that names it, becomes its
/// ``IDPseudonyms`` pseudonym, which keeps links (one id, one pseudonym) and order (ties broken by id).
public enum ExportRedactor {
    /// The export with its identities and/or texts replaced.
    public static func redact(_ export: Export, _ redaction: Redaction, placeholderPatterns: [String]) -> Export {
        let replacer = Replacer(
            export: export, redaction: redaction, patterns: placeholderPatterns.map(NamePattern.init))
        return replacer.redacted(export)
    }

    /// How a redacted run quotes an export-relative path when no export loaded to draw ids from (a load
    /// error): as `Replacer.path` does, ids known by their shape alone.
    static func pathRedactor(_ redaction: Redaction) -> @Sendable (String) -> String {
        let replacer = Replacer(export: Export(), redaction: redaction, patterns: [])
        return { replacer.path($0) }
    }
}

extension ExportRedactor {
    /// A path part's stem and its export-file extension (`.json`, `.ndjson`, `.jsonl`, any case), or the
    /// whole part and nothing: `ann@example.com.json` is `ann@example.com` and `.json`.
    static func splitExtension(_ part: String) -> (stem: String, suffix: String) {
        for suffix in [".json", ".ndjson", ".jsonl"] where part.lowercased().hasSuffix(suffix) {
            let stem = part.dropLast(suffix.count)
            return (String(stem), String(part.suffix(suffix.count)))
        }
        return (part, "")
    }
}

/// One redaction's tables and how each record's fields are replaced.
struct Replacer {
    let scope: Redaction.Scope
    /// The redaction's key, for the pseudonyms of path parts.
    let key: [UInt8]
    let names: [String: String]
    let emails: [String: String]
    let externalIDs: [String: String]
    let phones: [String: String]
    /// Values of identities of other types (`twitter`, `facebook`, `google`, `sdk`, `agent_forwarding`, …).
    let otherIdentities: [String: String]
    let organizationNames: [String: String]
    /// The id map, when ids are in scope.
    let ids: IDPseudonyms?
    /// Every id of the export, so that a path segment naming one (`tickets/101/comments.json`) is redacted.
    let knownIDs: Set<String>
    /// The pseudonym of each of `knownIDs`, made once on every core: an id's pseudonym takes a keyed step per
    /// byte, and a conversation's or a user's id recurs in every message (a 1,000-user export took two
    /// minutes to redact with ids, one id at a time, again and again).
    let knownPseudonyms: [String: String]

    init(export: Export, redaction: Redaction, patterns: [NamePattern]) {
        scope = redaction.scope
        key = redaction.key
        let pseudonyms = Pseudonyms(key: redaction.key)
        var collected = Collected()
        collected.collect(export)
        names = Self.nameTable(collected.names, pseudonyms, patterns)
        emails = pseudonyms.table(.email, values: collected.emails)
        externalIDs = pseudonyms.table(.externalID, values: collected.externalIDs)
        phones = pseudonyms.table(.phone, values: collected.phones)
        otherIdentities = pseudonyms.table(.identityValue, values: collected.otherIdentities)
        organizationNames = pseudonyms.table(.organization, values: collected.organizationNames)
        let ids = scope.contains(.ids) ? IDPseudonyms(key: redaction.key) : nil
        let knownIDs = ids == nil ? [] : Self.ids(of: export)
        self.ids = ids
        self.knownIDs = knownIDs
        knownPseudonyms = ids.map { ids in Self.pseudonyms(of: knownIDs, ids) } ?? [:]
    }

    /// The pseudonym of every id of `known`, in chunks on every core; each is a function of its id alone.
    private static func pseudonyms(of known: Set<String>, _ ids: IDPseudonyms) -> [String: String] {
        let all = Array(known)
        let chunkSize = 4096
        let chunks = Concurrently.map((all.count + chunkSize - 1) / chunkSize) { chunk in
            all[chunk * chunkSize..<min(all.count, (chunk + 1) * chunkSize)].map(ids.pseudonym)
        }
        var table = [String: String](minimumCapacity: all.count)
        for (chunk, pseudonyms) in chunks.enumerated() {
            for (offset, pseudonym) in pseudonyms.enumerated() { table[all[chunk * chunkSize + offset]] = pseudonym }
        }
        return table
    }

    // MARK: Values

    /// A name's pseudonym with identities in scope; otherwise the name, with ids in scope each messaging id in it
    /// by its pseudonym: Zendesk names an anonymous messaging user's Support user `Web User <messaging id>`,
    /// which would set the real id beside its pseudonym.
    func name(_ value: String?) -> String? {
        guard let value else { return nil }
        guard scope.contains(.identities) else { return ids == nil ? value : idsWithin(value, Self.hexIDRuns) }
        return names[Self.nameKey(value)] ?? "[name]"
    }

    func email(_ value: String?) -> String? {
        guard scope.contains(.identities), let value else { return value }
        return emails[value] ?? "[email]"
    }

    func externalID(_ value: String?) -> String? {
        guard scope.contains(.identities), let value else { return value }
        return externalIDs[value] ?? "[external ID]"
    }

    func phone(_ value: String?) -> String? {
        guard scope.contains(.identities), let value else { return value }
        return phones[value] ?? "[phone]"
    }

    func organizationName(_ value: String?) -> String? {
        guard scope.contains(.identities), let value else { return value }
        return organizationNames[value] ?? "[organization]"
    }

    func text(_ value: String?, as kind: String) -> String? {
        guard scope.contains(.messages), let value else { return value }
        return RedactedText.describe(value, as: kind)
    }

    /// An identity's value by its type: `email`, `phone_number`; `messaging` holds a messaging user id (an
    /// id, redacted with ids); any other type (`twitter`, `facebook`, `google`, `sdk`, …) names a person.
    func identityValue(_ value: String, type: String) -> String {
        switch type {
        case "email": email(value) ?? value
        case "phone_number", "phone": phone(value) ?? value
        case "messaging": id(value)
        default: scope.contains(.identities) ? otherIdentities[value] ?? "[identity]" : value
        }
    }

    /// An id's pseudonym when ids are in scope.
    func id(_ value: String) -> String {
        knownPseudonyms[value] ?? ids?.pseudonym(value) ?? value
    }

    func id(_ value: String?) -> String? {
        value.map(id)
    }

    /// `<ticketId>/<eventId>`: each part by itself.
    func compoundID(_ value: String) -> String {
        guard ids != nil else { return value }
        return value.split(separator: "/", omittingEmptySubsequences: false).map { id(String($0)) }.joined(
            separator: "/")
    }

    /// An export-relative path as redacted output quotes it (docs/rules.md §12 rule 17), part by part, each
    /// file's extension kept:
    /// - with ids in scope, a folder or file stem that is an id (one the export holds, or any number or
    ///   24-digit hexadecimal id, such as the folder of a ticket the export lacks) becomes its pseudonym;
    /// - with identities in scope, any other name but the words of the export layout (`zendesk`, `tickets`,
    ///   `comments`, …) becomes `file-` and eight hexadecimal digits of an HMAC under the key: a file may
    ///   be named after a person (`by-email/ann@example.com.json`, `ticket-5012-ann-lee.json`).
    func path(_ value: String) -> String {
        guard ids != nil || scope.contains(.identities) else { return value }
        return value.split(separator: "/", omittingEmptySubsequences: false).map { part in
            let (stem, suffix) = ExportRedactor.splitExtension(String(part))
            if ids != nil, knownIDs.contains(stem) || Self.looksLikeID(stem) { return id(stem) + suffix }
            guard !stem.isEmpty, !Self.layoutWords.contains(stem.lowercased()) else { return stem + suffix }
            if scope.contains(.identities), !(ids == nil && Self.looksLikeID(stem)) {
                return "file-"
                    + HMAC.sha256(key: key, message: Array("agentview path".utf8) + [0] + Array(stem.utf8))
                    .prefix(4).hexadecimal + suffix
            }
            return (ids == nil ? stem : idsWithin(stem, Self.idRuns)) + suffix
        }.joined(separator: "/")
    }

    /// A name with each id inside it that `runs` finds by its pseudonym (`ticket-5012` → `ticket-<pseudonym>`).
    private func idsWithin(_ name: String, _ runs: NSRegularExpression) -> String {
        var result = ""
        var last = name.startIndex
        for match in runs.matches(in: name, range: NSRange(name.startIndex..., in: name)) {
            guard let range = Range(match.range, in: name) else { continue }
            result += name[last..<range.lowerBound] + id(String(name[range]))
            last = range.upperBound
        }
        return result + name[last...]
    }

    /// A run of 24 hexadecimal digits, or of digits: the ids `idsWithin` replaces, compiled once.
    // A constant pattern: it compiles, or every test of path redaction fails.
    private static let idRuns = try! NSRegularExpression(
        pattern: "(?<![0-9A-Fa-f])[0-9A-Fa-f]{24}(?![0-9A-Fa-f])|[0-9]+")

    /// A run of 24 hexadecimal digits between other characters: a messaging id, the only kind a person's name
    /// is taken to hold (digits in a name are more often a house number than a Support id).
    // A constant pattern: it compiles, or every test of redacted names fails.
    private static let hexIDRuns = try! NSRegularExpression(pattern: "(?<![0-9A-Fa-f])[0-9A-Fa-f]{24}(?![0-9A-Fa-f])")

    /// The names an export's layout uses (README, "The export folder"; the API's record names): they name
    /// no one, and a path keeps them so that its diagnostic still says where the file is.
    static let layoutWords: Set<String> = [
        "zendesk", "sunshine", "sunco", "support", "messaging", "export", "exports", "users", "user",
        "identities", "organizations", "organization", "tickets", "ticket", "ticket_metrics", "metrics",
        "comments", "audits", "ticket_audits", "ticket_events", "conversation_log", "conversations", "messages",
        "participants", "clients", "app", "apps", "webhooks", "events", "tickets-account-export",
    ]

    /// Whether a path part has the shape of a Support id (digits) or a Sunshine Conversations id (24
    /// hexadecimal digits).
    static func looksLikeID(_ stem: String) -> Bool {
        !stem.isEmpty
            && (stem.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                || (stem.utf8.count == 24 && stem.allSatisfy(\.isHexDigit)))
    }

    /// Every id the export's records hold.
    static func ids(of export: Export) -> Set<String> {
        var ids: Set<String> = []
        for user in export.supportUsers {
            ids.insert(user.id)
            ids.formUnion(user.identities.map(\.id))
        }
        ids.formUnion(export.organizations.map(\.id))
        ids.formUnion(export.tickets.map(\.id))
        ids.formUnion(export.comments.map(\.id))
        ids.formUnion(export.messagingUsers.map(\.id))
        ids.formUnion(export.conversations.map(\.id))
        ids.formUnion(export.messages.map(\.id))
        ids.formUnion(export.conversationLogEvents.map(\.id))
        ids.formUnion(export.ticketConversations.map(\.conversationID))
        ids.formUnion(export.apps.map(\.id))
        ids.formUnion(export.shardSummary?.idsNamedInPaths ?? [])
        ids.remove("")
        return ids
    }

    // MARK: Records

    func redacted(_ export: Export) -> Export {
        // Arrays keep their order: the loader sorted them by id, and pseudonyms keep the order of ids.
        var export = export
        export.supportUsers = export.supportUsers.map(supportUser)
        export.unattachedIdentities = export.unattachedIdentities.map(identity)
        rewriteEach(&export.organizations) { organization in
            organization.id = id(organization.id)
            organization.name = organizationName(organization.name)
        }
        rewriteEach(&export.tickets) { ticket in
            ticket.id = id(ticket.id)
            ticket.requesterID = id(ticket.requesterID)
            ticket.assigneeID = id(ticket.assigneeID)
            ticket.brandID = id(ticket.brandID)
            ticket.subject = text(ticket.subject, as: "subject")
            ticket.description = text(ticket.description, as: "description")
        }
        rewriteEach(&export.metrics) { metric in
            metric.id = id(metric.id)
            metric.ticketID = id(metric.ticketID)
        }
        rewriteEach(&export.comments) { comment in
            comment.id = id(comment.id)
            comment.ticketID = id(comment.ticketID)
            comment.authorID = id(comment.authorID)
            comment.body = text(comment.body, as: "comment")
            comment.htmlBody = text(comment.htmlBody, as: "comment")
        }
        rewriteEach(&export.conversationLogEvents) { event in
            event.id = id(event.id)
            event.ticketID = id(event.ticketID)
            event.messagingMessageID = id(event.messagingMessageID)
            event.authorMessagingUserID = id(event.authorMessagingUserID)
            event.authorSupportUserID = id(event.authorSupportUserID)
            event.authorDisplayName = name(event.authorDisplayName)
            event.content = content(event.content)
        }
        rewriteEach(&export.ticketConversations) { link in
            link.ticketID = id(link.ticketID)
            link.conversationID = id(link.conversationID)
        }
        export.messagingUsers = export.messagingUsers.map(messagingUser)
        export.conversations = export.conversations.map(conversation)
        rewriteEach(&export.participants) { participant in
            participant.conversationID = id(participant.conversationID)
            participant.userID = id(participant.userID)
        }
        // With texts in scope, each message's text is read to describe it: file by file, since in time order
        // nearly every message would read its file again.
        export.messages =
            scope.contains(.messages)
            ? MessageText.mapInFileOrder(export.messages, message) : export.messages.map(message)
        rewriteEach(&export.webhookEvents) { event in
            event.id = id(event.id)
            event.payload = payload(event.payload)
        }
        rewriteEach(&export.apps) { app in
            app.id = id(app.id)
        }
        rewriteEach(&export.duplicates) { duplicate in
            // Records keyed by two ids write them `<ticketId>/<id>`; any other id is one id, slashes and all.
            let compound = ["conversation-log event", "ticket conversation"].contains(duplicate.kind)
            duplicate.id = compound ? compoundID(duplicate.id) : id(duplicate.id)
            duplicate.keptPath = path(duplicate.keptPath)
            duplicate.droppedPath = path(duplicate.droppedPath)
        }
        rewriteEach(&export.skippedFiles) { file in
            file.path = path(file.path)
        }
        return export
    }

    func supportUser(_ user: SupportUser) -> SupportUser {
        var user = user
        user.id = id(user.id)
        user.organizationID = id(user.organizationID)
        user.organizationName = organizationName(user.organizationName)
        user.name = name(user.name)
        user.email = email(user.email)
        user.externalID = externalID(user.externalID)
        user.phone = phone(user.phone)
        user.identities = user.identities.map(identity)
        return user
    }

    func identity(_ identity: SupportIdentity) -> SupportIdentity {
        var identity = identity
        identity.id = id(identity.id)
        identity.userID = id(identity.userID)
        identity.value = identityValue(identity.value, type: identity.type)
        return identity
    }

    func conversation(_ conversation: Conversation) -> Conversation {
        var conversation = conversation
        conversation.id = id(conversation.id)
        conversation.userID = id(conversation.userID)
        return conversation
    }

    func messagingUser(_ user: MessagingUser) -> MessagingUser {
        var user = user
        user.id = id(user.id)
        user.zendeskID = id(user.zendeskID)
        if scope.contains(.identities), user.profileName != nil {
            user.givenName = name(user.profileName)
            user.surname = nil
        } else if ids != nil {
            // The profile's parts, as `name` treats a whole name: a messaging id in them by its pseudonym.
            user.givenName = user.givenName.map { idsWithin($0, Self.hexIDRuns) }
            user.surname = user.surname.map { idsWithin($0, Self.hexIDRuns) }
        }
        user.profileEmail = email(user.profileEmail)
        user.externalID = externalID(user.externalID)
        rewriteEach(&user.identities) { identity in
            identity.value = identityValue(identity.value, type: identity.type)
        }
        return user
    }

    func message(_ message: Message) -> Message {
        var message = message
        message.id = id(message.id)
        message.conversationID = id(message.conversationID)
        message.authorUserID = id(message.authorUserID)
        message.authorDisplayName = name(message.authorDisplayName)
        message.content = content(message.content)
        return message
    }

    func content(_ content: MessageContent) -> MessageContent {
        var content = content
        // Only when texts are redacted: read and set back, a text left in its file would be held in memory.
        if scope.contains(.messages) { content.text = text(content.text, as: "message") }
        content.altText = text(content.altText, as: "image description")
        content.mediaURL = text(content.mediaURL, as: "link")
        rewriteEach(&content.actions) { action in
            action.text = text(action.text, as: "button")
            action.uri = text(action.uri, as: "link")
        }
        // A form's answers are what the user provided: names and emails are identities, compared with
        // the profile's (shared-device, unverified-profile), so they take the same pseudonyms. Any other
        // answer is form text, unless it has an email's or a phone number's shape: a form asking for a
        // "Teléfono" or a "Correo" holds an identity whatever its label says, and is replaced with identities.
        rewriteEach(&content.fields) { field in
            switch ProvidedIdentity.kind(of: field) {
            case .email: field.value = email(field.value)
            case .name: field.value = name(field.value)
            case .other:
                if scope.contains(.identities), let value = field.value,
                    let placeholder = ProvidedIdentity.mayAskForName(field)
                        ? "[name]" : IdentityShape(value)?.placeholder
                {
                    field.value = placeholder
                } else {
                    field.value = text(field.value, as: "answer")
                }
            }
        }
        return content
    }

    func payload(_ payload: WebhookEvent.Payload) -> WebhookEvent.Payload {
        switch payload {
        case .message(let message, let author):
            .message(self.message(message), author: author.map(messagingUser))
        case .conversationCreate(let conversation, let user):
            .conversationCreate(self.conversation(conversation), user: user.map(messagingUser))
        case .userUpdate(let user, let reason):
            .userUpdate(messagingUser(user), reason: reason)
        case .userMerge(let surviving, let discarded, let survivingConversation, let discardedConversation, let reason):
            .userMerge(
                surviving: messagingUser(surviving), discarded: messagingUser(discarded),
                survivingConversationID: id(survivingConversation), discardedConversationID: id(discardedConversation),
                reason: reason)
        case .clientAdd(let userID, let clientType, let reason):
            .clientAdd(userID: id(userID), clientType: clientType, reason: reason)
        case .other:
            payload
        }
    }

    // MARK: Names

    /// How a name is keyed: without surrounding whitespace, which no rule counts.
    static func nameKey(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A pseudonym per name, distinct for distinct names and equal when folded for names that fold alike.
    static func nameTable(_ values: Set<String>, _ pseudonyms: Pseudonyms, _ patterns: [NamePattern]) -> [String:
        String]
    {
        var variants: [String: [String]] = [:]
        for value in values { variants[DiagnosticText.folded(value), default: []].append(value) }
        let base = pseudonyms.table(.name, values: variants.keys)
        var table: [String: String] = [:]
        for (folded, names) in variants {
            let spellings = names.sorted()
            let shown = spellings.indices.map { Self.caseVariant(base[folded]!, $0) }
            // A name no pattern matches gets a pseudonym no pattern matches (`User 7F3A K2QM` may match `User *`):
            // the first word that keeps every variant of the group clear, chosen once so that they fold alike.
            let word =
                Self.firstWords.first { word in
                    shown.allSatisfy { variant in
                        !patterns.contains { $0.matches(word + variant.dropFirst("User".count)) }
                    }
                } ?? "User"
            for (index, name) in spellings.enumerated() {
                let text =
                    patterns.first { $0.matches(name) }.map {
                        $0.text.replacingOccurrences(of: "*", with: shown[index].dropFirst("User ".count))
                    } ?? word + shown[index].dropFirst("User".count)
                table[name] = text + Self.deceptiveTail(of: name)
            }
        }
        return table
    }

    /// The words a name's pseudonym may start with, in order of preference, for names no placeholder pattern
    /// matches: the first that no pattern makes a placeholder of.
    static let firstWords = ["User", "Person", "Member", "Customer", "Contact"]

    /// Variant `index` of a name's pseudonym (`User 7F3A K2QM`), for names that fold alike (case, spacing) but
    /// differ: its letters after `User ` turned to lower case by the bits of `index`, and past the variants
    /// those letters allow, spaces added after the first space. Distinct for distinct indexes, and folding
    /// alike. `User ` stays, since placeholder patterns replace it and its lower-case letters cannot vary.
    static func caseVariant(_ pseudonym: String, _ index: Int) -> String {
        let prefix = "User "
        guard index > 0, pseudonym.hasPrefix(prefix) else { return pseudonym }
        let suffix = pseudonym.dropFirst(prefix.count)
        let letters = min(16, suffix.filter { $0.isLetter && $0.isUppercase }.count)
        let caseBits = index & ((1 << letters) - 1)
        var bit = 0
        var varied = String(
            suffix.map { character in
                guard character.isLetter, character.isUppercase, bit < letters else { return character }
                defer { bit += 1 }
                return caseBits >> bit & 1 == 1 ? Character(character.lowercased()) : character
            })
        let spaces = index >> letters
        if spaces > 0 {
            let at = varied.firstIndex(of: " ") ?? varied.endIndex
            varied.insert(contentsOf: String(repeating: " ", count: spaces), at: at)
        }
        return prefix + varied
    }

    /// The deceptive characters a name held (check-mark look-alikes, bidi controls, and a word of two
    /// scripts), kept so that `lookalike-name` judges the pseudonym as it judged the name.
    static func deceptiveTail(of name: String) -> String {
        let kept = name.unicodeScalars.filter(LookalikeText.isDeceptive)
        var tail = String(String.UnicodeScalarView(kept))
        let mixed = LookalikeText.findings(in: name).contains { $0.hasPrefix("letters of two scripts") }
        if mixed { tail += " L\u{0430}tin" }
        return tail.isEmpty ? "" : " " + tail
    }
}

/// Every value of each kind the export holds, as the tables key them.
private struct Collected {
    var names: Set<String> = []
    var emails: Set<String> = []
    var externalIDs: Set<String> = []
    var phones: Set<String> = []
    var otherIdentities: Set<String> = []
    var organizationNames: Set<String> = []

    mutating func collect(_ export: Export) {
        // Every organization's, members or not, so a name's pseudonym does not depend on who belongs to it.
        for organization in export.organizations { add(organization.name, to: &organizationNames) }
        for user in export.supportUsers {
            addName(user.name)
            add(user.email, to: &emails)
            add(user.externalID, to: &externalIDs)
            add(user.phone, to: &phones)
            for identity in user.identities { addIdentity(identity) }
        }
        for identity in export.unattachedIdentities { addIdentity(identity) }
        for event in export.conversationLogEvents {
            addName(event.authorDisplayName)
            addFields(event.content)
        }
        for user in export.messagingUsers { addMessagingUser(user) }
        for message in export.messages { addMessage(message) }
        // A shard's load keeps only its messages: the names and emails of the others come from its summary,
        // so every shard gives a value the pseudonym a whole render gives it.
        if let summary = export.shardSummary {
            for name in summary.names { addName(name) }
            emails.formUnion(summary.emails)
        }
        for event in export.webhookEvents {
            switch event.payload {
            case .message(let message, let author):
                addMessage(message)
                if let author { addMessagingUser(author) }
            case .conversationCreate(_, let user?), .userUpdate(let user, _):
                addMessagingUser(user)
            case .userMerge(let surviving, let discarded, _, _, _):
                addMessagingUser(surviving)
                addMessagingUser(discarded)
            case .conversationCreate, .clientAdd, .other:
                break
            }
        }
    }

    private mutating func addName(_ value: String?) {
        if let value { names.insert(Replacer.nameKey(value)) }
    }

    private func add(_ value: String?, to set: inout Set<String>) {
        if let value { set.insert(value) }
    }

    private mutating func addIdentity(_ identity: SupportIdentity) {
        switch identity.type {
        case "email": add(identity.value, to: &emails)
        case "phone_number", "phone": add(identity.value, to: &phones)
        case "messaging": break
        default: add(identity.value, to: &otherIdentities)
        }
    }

    private mutating func addMessagingUser(_ user: MessagingUser) {
        addName(user.profileName)
        add(user.profileEmail, to: &emails)
        add(user.externalID, to: &externalIDs)
        for identity in user.identities {
            switch identity.type {
            case "email": add(identity.value, to: &emails)
            case "phone", "phone_number": add(identity.value, to: &phones)
            case "messaging": break
            default: add(identity.value, to: &otherIdentities)
            }
        }
    }

    private mutating func addMessage(_ message: Message) {
        let values = message.redactableValues
        for name in values.names { addName(name) }
        emails.formUnion(values.emails)
    }

    private mutating func addFields(_ content: MessageContent) {
        for field in content.fields {
            switch ProvidedIdentity.kind(of: field) {
            case .email: add(field.value, to: &emails)
            case .name: addName(field.value)
            case .other: break
            }
        }
    }
}

extension Message {
    /// The names and emails of a message that redaction gives pseudonyms: its author's display name and
    /// the names and emails its form fields provide.
    var redactableValues: (names: [String], emails: [String]) {
        var names = authorDisplayName.map { [$0] } ?? []
        var emails: [String] = []
        for field in content.fields {
            guard let value = field.value else { continue }
            switch ProvidedIdentity.kind(of: field) {
            case .email: emails.append(value)
            case .name: names.append(value)
            case .other: break
            }
        }
        return (names, emails)
    }
}

/// The shape of an identity in a free answer, which no label announced: replaced by a placeholder rather
/// than a pseudonym, since no rule compares such answers and a placeholder needs no table that every shard
/// of an export would have to agree on.
enum IdentityShape: Equatable {
    case email
    case phone

    /// The shape of `value`, or nil when it has neither:
    /// - an email anywhere in it (`Lena <lena@example.net>`, `write to lena@example.net`): a local part, `@`,
    ///   and a domain with a dot; the whole answer is replaced, since what surrounds an email is often a name;
    /// - a phone number as the whole answer: seven digits or more with only `+ - ( ) . /` and spaces of any
    ///   kind between them, an extension after (`ext. 12`, `x12`) allowed, and no ISO date.
    init?(_ value: String) {
        if value.range(of: #"[^\s<>@()\[\],;:"']+@[^\s<>@()\[\],;:"']+\.[A-Za-z]{2,}"#, options: .regularExpression)
            != nil
        {
            self = .email
            return
        }
        var number = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let extensionStart = number.range(
            of: #"\s*(ext\.?|extension|x)\s*[0-9]{1,6}$"#, options: [.regularExpression, .caseInsensitive])
        {
            number.removeSubrange(extensionStart)
        }
        let digits = number.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        let allowed = Set("0123456789+-()./".unicodeScalars)
        // An ISO date (`2026-03-04`) has a phone number's characters but names no one.
        let isDate = number.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil
        if digits >= 7, !isDate,
            number.unicodeScalars.allSatisfy({ allowed.contains($0) || $0.properties.isWhitespace })
        {
            self = .phone
            return
        }
        return nil
    }

    var placeholder: String {
        switch self {
        case .email: "[email]"
        case .phone: "[phone]"
        }
    }
}

/// Changes every element of `items` in place, in the order they stand.
private func rewriteEach<Element>(_ items: inout [Element], _ change: (inout Element) -> Void) {
    for index in items.indices { change(&items[index]) }
}
