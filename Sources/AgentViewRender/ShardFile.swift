import AgentViewCore
import JSONTree

/// `shard.json`: what one shard of `render --shard k/n` hands to `agentview merge` (docs/rules.md §11
/// rule 10): which shard of which export and settings it is, the rows of the list pages and the
/// `snapshot.json` entries of what it owns, each list in view order, and the pages it wrote.
///
/// The merge puts the lists of all shards back in view order, renders the list pages with the code a plain
/// render uses, and copies each snapshot entry as the shard wrote it (with the code a plain render writes
/// `snapshot.json` with), so the merged folder is byte for byte a plain render's.
public struct ShardFile: Sendable {
    /// The file's name in a shard folder.
    public static let name = "shard.json"
    /// How many levels deeper a snapshot entry is laid out in the file than in `snapshot.json`: it is the
    /// `snapshot` member of a list element here, the list element itself there. The entries are held by
    /// their place in the file, not read into trees: read whole, the four shards of a 10,000-user export
    /// took 713 MB to merge, more than rendering it.
    public static let snapshotEntryDepth = 1
    /// The schema tag at the top of every shard file.
    public static let schema = "agentview.shard/1"

    public var shard: Shard
    /// The agentview version that rendered the shard: only the same version merges it.
    public var version: String
    /// `AgentView.exportFingerprint`: the same in every shard of one export.
    public var exportFingerprint: String
    /// A digest of everything that changes the bytes of the site (settings, templates, generation time,
    /// rows per page, redaction key, version): the same in every shard rendered alike.
    public var settingsFingerprint: String
    /// How the list pages are rendered: the merge renders them as the shards would have.
    public var page: PageSettings
    /// The members of `snapshot.json` before its lists (`Snapshot.head(of:)`).
    public var snapshotHead: [(String, JSONValue)]
    /// What the list pages say of the view; its counts are this shard's part of the totals.
    public var summary: SiteLists.Summary
    /// The shard's users: their rows and where their snapshot entries are in the file, in view order.
    public var users: [(row: UserRow, snapshot: Range<Int>)]
    /// The shard's tickets whose requester is not in the export, in ticket order.
    public var orphanTickets: [TicketRow]
    /// The shard's tickets: their ids and where their snapshot entries are in the file, in view order.
    public var tickets: [(id: String, snapshot: Range<Int>)]
    /// The shard's diagnostics: their rows and where their snapshot entries are in the file, in view order.
    public var diagnostics: [(row: DiagnosticRow, snapshot: Range<Int>)]
    /// The pages the shard wrote, relative to its folder, in site order.
    public var pages: [String]

    /// What a renderer needs besides its templates: the time zone, the generation time, the rows per list
    /// page, and a digest of the templates, which the merge checks against its own.
    public struct PageSettings: Sendable, Equatable {
        public var templates: String
        public var timeZone: String
        public var generatedAt: Timestamp?
        public var rowsPerPage: Int

        /// A renderer of the pages these settings describe, with `templates`; nil when the templates are
        /// not those the shard was rendered with or the time zone is unknown.
        public func renderer(templates set: TemplateSet) -> PageRenderer? {
            guard set.fingerprint == templates,
                var renderer = PageRenderer(templates: set, timeZone: timeZone, generatedAt: generatedAt)
            else { return nil }
            renderer.rowsPerPage = rowsPerPage
            return renderer
        }
    }

    /// The pages of the view's site that shard `shard` writes, every part of a long page included.
    public static func pages(of view: AgentView, shard: Shard, renderer: PageRenderer) -> [SitePage] {
        renderer.pages(of: view).filter { owns($0, of: view, shard: shard) }
    }

    /// Whether a page of the view's site belongs to this shard.
    public static func owns(_ page: SitePage, of view: AgentView, shard: Shard) -> Bool {
        switch page.content {
        case .stylesheet, .index, .diagnostics: false
        case .user(let position, _): shard.owns(view.shardKey(of: view.users[position].key))
        case .ticket(let position, _, _): shard.owns(view.shardKey(ofTicket: view.tickets[position]))
        }
    }

    // MARK: Writing

    /// Writes the shard file of the part of `view` that `shard` owns, rendered by `renderer`: JSON, one list
    /// entry per line, handed to `flush` in chunks of about `chunkSize` bytes. Each entry is made as it is
    /// written (`JSONStreamWriter`): built whole, the entries and the file's bytes were over half of a
    /// 10,000-user shard's memory. `pages` are the shard's (`pages(of:shard:renderer:)`), which it writes
    /// and the file lists.
    public static func write(
        view: AgentView, shard: Shard, renderer: PageRenderer, pages: [SitePage], settingsFingerprint: String,
        chunkSize: Int = 1 << 20, to flush: ([UInt8]) throws -> Void
    ) rethrows {
        typealias J = ShardJSON
        let ownUsers = view.users.filter { shard.owns(view.shardKey(of: $0.key)) }
        let ownTickets = view.tickets.filter { shard.owns(view.shardKey(ofTicket: $0)) }
        let summary = SiteLists.summary(
            of: view, counts: ViewCounts(users: ownUsers, tickets: ownTickets, diagnostics: []))
        var writer = JSONStreamWriter(chunkSize: chunkSize)
        writer.member("schema", J.string(Self.schema))
        writer.member("shard", J.int(shard.index))
        writer.member("shards", J.int(shard.count))
        writer.member("agentview", J.string(ToolVersion.current))
        writer.member("export", J.string(view.exportFingerprint))
        writer.member("settings", J.string(settingsFingerprint))
        writer.member(
            "page",
            J.object([
                ("templates", J.string(renderer.templates.fingerprint)),
                ("timeZone", J.string(renderer.time.identifier)),
                ("generatedAt", J.string(renderer.generatedAt.map { String($0.millisecondsSinceEpoch) })),
                ("rowsPerPage", J.int(renderer.rowsPerPage)),
            ]))
        writer.member("snapshotHead", J.object(Snapshot.head(of: view)))
        writer.member("summary", json(summary))
        // Snapshot entries are written straight into the file (`Snapshot.write(_:to:)`), not built as trees.
        try writer.list("users", ownUsers, flush: flush) { user, sink in
            sink.object { sink in
                sink.key("row")
                sink.value(json(UserRow(user: user, in: view)))
                sink.key("snapshot")
                Snapshot.write(user, to: &sink)
            }
        }
        try writer.list(
            "orphanTickets", ownTickets.lazy.filter { SiteLists.isOrphan($0, in: view) }.map { json(TicketRow($0)) },
            flush: flush)
        try writer.list("tickets", ownTickets, flush: flush) { ticket, sink in
            sink.object { sink in
                sink.member("id", ticket.ticket.id)
                sink.key("snapshot")
                Snapshot.write(ticket, to: &sink)
            }
        }
        try writer.list(
            "diagnostics", view.diagnostics.lazy.filter { shard.owns(view.shardKey(of: $0)) }, flush: flush
        ) { diagnostic, sink in
            sink.object { sink in
                sink.key("row")
                sink.value(json(DiagnosticRow(diagnostic: diagnostic, in: view)))
                sink.key("snapshot")
                Snapshot.write(diagnostic, to: &sink)
            }
        }
        // Every part of a long page too (`users/<key>.page-2.html`): merge brings in only the pages listed here.
        try writer.list("pages", pages.lazy.map { J.string($0.path) }, flush: flush)
        try writer.finish(flush: flush)
    }

    private static func json(_ summary: SiteLists.Summary) -> JSONValue {
        typealias J = ShardJSON
        let counts = summary.counts
        return J.object([
            ("messagingMode", J.string(summary.messagingMode)), ("capApplies", J.bool(summary.capApplies)),
            ("cap", J.int(summary.cap)), ("redactionNotice", J.string(summary.redactionNotice)),
            (
                "counts",
                J.array(
                    [
                        counts.supportUsers, counts.messagingUsers, counts.authenticatedByJWT,
                        counts.authenticatedByHelpCenter, counts.authenticatedMethodUnknown, counts.notAuthenticated,
                        counts.hiddenMessagingUsers, counts.activeTickets, counts.markedTickets,
                    ].map(J.int))
            ),
        ])
    }

    private static func json(_ row: UserRow) -> JSONValue {
        typealias J = ShardJSON
        return J.object([
            ("key", J.string(row.key.description)), ("displayName", J.string(row.displayName)),
            ("checkMark", J.bool(row.checkMark)), ("authentication", J.string(row.authentication)),
            ("authenticationClass", J.string(row.authenticationClass)), ("email", J.string(row.email)),
            ("activeTickets", J.int(row.activeTickets)), ("markedTickets", J.int(row.markedTickets)),
            ("diagnostics", J.int(row.diagnostics)), ("overCap", J.bool(row.overCap)),
            ("staffRole", J.string(row.staffRole)), ("section", J.int(row.section)),
        ])
    }

    private static func json(_ row: TicketRow) -> JSONValue {
        typealias J = ShardJSON
        return J.object([
            ("id", J.string(row.id)), ("subject", J.string(row.subject)), ("requesterId", J.string(row.requesterID)),
        ])
    }

    private static func json(_ row: DiagnosticRow) -> JSONValue {
        typealias J = ShardJSON
        let diagnostic = row.diagnostic
        let subject: JSONValue
        switch diagnostic.subject {
        case .user(let key): subject = J.object([("user", J.string(key.description))])
        case .ticket(let id): subject = J.object([("ticket", J.string(id))])
        case .record(let kind, let id): subject = J.object([("record", J.string(kind)), ("id", J.string(id))])
        }
        let target: JSONValue
        switch row.target {
        case .user(let key)?: target = J.object([("user", J.string(key.description))])
        case .ticket(let id)?: target = J.object([("ticket", J.string(id))])
        case nil: target = J.string(nil)
        }
        return J.object([
            ("code", J.string(diagnostic.code)), ("severity", J.string(diagnostic.severity.rawValue)),
            ("subject", subject), ("message", J.string(diagnostic.message)), ("advice", J.string(diagnostic.advice)),
            ("label", J.string(row.label)), ("target", target),
        ])
    }

    // MARK: Reading

    /// Why a shard file cannot be read, worded to follow `<path>: `.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a shard file's bytes. The snapshot entries are stepped over, checked as JSON, and kept as
    /// ranges of `bytes` (`users`, `tickets`, `diagnostics`); the rest is read into values.
    public init(json bytes: [UInt8]) throws(Problem) {
        let parts = JSONCursor.read(bytes) { cursor in Self.read(&cursor) }
        guard let root = parts.root.object, root["schema"]?.string == Self.schema else {
            // The reader stops at the first thing it did not expect, without saying where; the whole
            // document is parsed only then, to word what is wrong as before.
            let parsed: JSONValue
            do throws(JSONSyntaxError) {
                parsed = try JSONReader.parse(bytes)
            } catch {
                throw Problem(description: "not valid JSON: \(error.description)")
            }
            guard let root = parsed.object else { throw Problem(description: "not a JSON object") }
            guard root["schema"]?.string == Self.schema else {
                throw Problem(description: "not a shard file of this version (schema '\(Self.schema)' expected)")
            }
            let name = parts.missing?.name ?? "shard"
            throw Problem(description: "'\(name)' is missing or of the wrong type")
        }
        let reader = ShardJSON.Reader()
        do throws(ShardJSON.Missing) {
            guard let shard = Shard(index: try reader.int(root, "shard"), count: try reader.int(root, "shards")) else {
                throw ShardJSON.Missing(name: "shard")
            }
            self.shard = shard
            version = try reader.string(root, "agentview")
            exportFingerprint = try reader.string(root, "export")
            settingsFingerprint = try reader.string(root, "settings")
            let page = try reader.object(root, "page")
            let generatedAt = try reader.optionalString(page, "generatedAt").map { text throws(ShardJSON.Missing) in
                guard let milliseconds = Int64(text) else { throw ShardJSON.Missing(name: "generatedAt") }
                return Timestamp(millisecondsSinceEpoch: milliseconds)
            }
            self.page = PageSettings(
                templates: try reader.string(page, "templates"), timeZone: try reader.string(page, "timeZone"),
                generatedAt: generatedAt, rowsPerPage: max(1, try reader.int(page, "rowsPerPage")))
            snapshotHead = try reader.object(root, "snapshotHead").members.map { ($0.key, $0.value) }
            summary = try Self.summary(reader.object(root, "summary"), reader)
            guard let users = parts.users else { throw ShardJSON.Missing(name: "users") }
            guard let tickets = parts.tickets else { throw ShardJSON.Missing(name: "tickets") }
            guard let diagnostics = parts.diagnostics else { throw ShardJSON.Missing(name: "diagnostics") }
            self.users = users
            self.tickets = tickets
            self.diagnostics = diagnostics
            orphanTickets = try reader.array(root, "orphanTickets").map { value throws(ShardJSON.Missing) in
                let row = try reader.object(value)
                return TicketRow(
                    id: try reader.string(row, "id"), subject: try reader.optionalString(row, "subject"),
                    requesterID: try reader.optionalString(row, "requesterId"))
            }
            pages = try reader.array(root, "pages").map { value throws(ShardJSON.Missing) in
                guard let page = value.string else { throw ShardJSON.Missing(name: "pages") }
                return page
            }
        } catch {
            throw Problem(description: "'\(error.name)' is missing or of the wrong type")
        }
    }

    /// A shard file as the cursor reads it: the three lists of entries, and every other member as a value.
    private struct Parts {
        /// The other members, as an object; null when the document was not read to its end.
        var root = JSONValue(.null)
        var users: [(row: UserRow, snapshot: Range<Int>)]?
        var tickets: [(id: String, snapshot: Range<Int>)]?
        var diagnostics: [(row: DiagnosticRow, snapshot: Range<Int>)]?
        /// The first member found missing or of the wrong type in an entry, if any.
        var missing: ShardJSON.Missing?
    }

    /// Reads the document at the cursor: its root stays null where the JSON is not valid or not shaped as a
    /// shard file, with what was missing when that is known.
    private static func read(_ cursor: inout JSONCursor) -> Parts {
        var parts = Parts()
        var members: [JSONObject.Member] = []
        let reader = ShardJSON.Reader()
        guard cursor.open(UInt8(ascii: "{")) else { return parts }
        let whole = cursor.members { cursor, key in
            switch key {
            case "users":
                parts.users = entries(&cursor, name: "users", missing: &parts.missing) {
                    entry, snapshot throws(ShardJSON.Missing) in
                    (try userRow(reader.object(entry, "row"), reader), snapshot)
                }
                return parts.users != nil
            case "tickets":
                parts.tickets = entries(&cursor, name: "tickets", missing: &parts.missing) {
                    entry, snapshot throws(ShardJSON.Missing) in
                    (try reader.string(entry, "id"), snapshot)
                }
                return parts.tickets != nil
            case "diagnostics":
                parts.diagnostics = entries(&cursor, name: "diagnostics", missing: &parts.missing) {
                    entry, snapshot throws(ShardJSON.Missing) in
                    (try diagnosticRow(reader.object(entry, "row"), reader), snapshot)
                }
                return parts.diagnostics != nil
            default:
                guard let value = cursor.value() else { return false }
                members.append(JSONObject.Member(key: key.text, value: value))
                return true
            }
        }
        if whole && cursor.isAtEnd() { parts.root = JSONValue(.object(JSONObject(members))) }
        return parts
    }

    /// Reads a list of entries, each an object with a `snapshot` member that is only stepped over; `entry`
    /// makes one from the other members and the snapshot's range. Nil, with `missing` set when the JSON is
    /// valid so far, where an entry is not as expected.
    private static func entries<Entry>(
        _ cursor: inout JSONCursor, name: String, missing: inout ShardJSON.Missing?,
        _ entry: (JSONObject, Range<Int>) throws(ShardJSON.Missing) -> Entry
    ) -> [Entry]? {
        guard cursor.peek() == UInt8(ascii: "[") else {
            missing = ShardJSON.Missing(name: name)
            return nil
        }
        guard cursor.open(UInt8(ascii: "[")) else { return nil }
        var list: [Entry] = []
        let whole = cursor.elements { cursor in
            guard cursor.peek() == UInt8(ascii: "{") else {
                missing = ShardJSON.Missing(name: "entry")
                return false
            }
            guard cursor.open(UInt8(ascii: "{")) else { return false }
            var members: [JSONObject.Member] = []
            var snapshot: Range<Int>?
            let read = cursor.members { cursor, key in
                switch key {
                case "snapshot":
                    snapshot = cursor.skipValue()
                    return snapshot != nil
                default:
                    guard let value = cursor.value() else { return false }
                    members.append(JSONObject.Member(key: key.text, value: value))
                    return true
                }
            }
            guard read else { return false }
            do throws(ShardJSON.Missing) {
                guard let snapshot else { throw ShardJSON.Missing(name: "snapshot") }
                list.append(try entry(JSONObject(members), snapshot))
            } catch {
                missing = error
                return false
            }
            return true
        }
        return whole ? list : nil
    }

    private static func summary(_ object: JSONObject, _ reader: ShardJSON.Reader) throws(ShardJSON.Missing)
        -> SiteLists.Summary
    {
        let numbers = try reader.array(object, "counts").map { value throws(ShardJSON.Missing) in
            guard let number = value.int64 else { throw ShardJSON.Missing(name: "counts") }
            return Int(number)
        }
        guard numbers.count == 9 else { throw ShardJSON.Missing(name: "counts") }
        var counts = ViewCounts()
        (
            counts.supportUsers, counts.messagingUsers, counts.authenticatedByJWT, counts.authenticatedByHelpCenter,
            counts.authenticatedMethodUnknown, counts.notAuthenticated, counts.hiddenMessagingUsers,
            counts.activeTickets, counts.markedTickets
        ) = (
            numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6], numbers[7], numbers[8]
        )
        return SiteLists.Summary(
            counts: counts, messagingMode: try reader.string(object, "messagingMode"),
            capApplies: try reader.bool(object, "capApplies"), cap: try reader.int(object, "cap"),
            redactionNotice: try reader.optionalString(object, "redactionNotice"))
    }

    private static func userRow(_ row: JSONObject, _ reader: ShardJSON.Reader) throws(ShardJSON.Missing) -> UserRow {
        guard let key = UserKey(try reader.string(row, "key")) else { throw ShardJSON.Missing(name: "key") }
        let section = try reader.int(row, "section")
        guard IndexPlan.sections.indices.contains(section) else { throw ShardJSON.Missing(name: "section") }
        return UserRow(
            key: key, displayName: try reader.string(row, "displayName"), checkMark: try reader.bool(row, "checkMark"),
            authentication: try reader.string(row, "authentication"),
            authenticationClass: try reader.string(row, "authenticationClass"),
            email: try reader.optionalString(row, "email"), activeTickets: try reader.int(row, "activeTickets"),
            markedTickets: try reader.int(row, "markedTickets"), diagnostics: try reader.int(row, "diagnostics"),
            overCap: try reader.bool(row, "overCap"), staffRole: try reader.optionalString(row, "staffRole"),
            section: section)
    }

    private static func diagnosticRow(_ row: JSONObject, _ reader: ShardJSON.Reader) throws(ShardJSON.Missing)
        -> DiagnosticRow
    {
        guard let severity = Diagnostic.Severity(rawValue: try reader.string(row, "severity")) else {
            throw ShardJSON.Missing(name: "severity")
        }
        let subjectObject = try reader.object(row, "subject")
        let subject: DiagnosticSubject
        if let key = subjectObject["user"]?.string {
            guard let userKey = UserKey(key) else { throw ShardJSON.Missing(name: "subject") }
            subject = .user(userKey)
        } else if let id = subjectObject["ticket"]?.string {
            subject = .ticket(id)
        } else {
            subject = .record(
                kind: try reader.string(subjectObject, "record"), id: try reader.string(subjectObject, "id"))
        }
        let target: AgentView.PageSubject?
        if let object = row["target"]?.object {
            if let key = object["user"]?.string {
                guard let userKey = UserKey(key) else { throw ShardJSON.Missing(name: "target") }
                target = .user(userKey)
            } else {
                target = .ticket(try reader.string(object, "ticket"))
            }
        } else {
            target = nil
        }
        return DiagnosticRow(
            diagnostic: Diagnostic(
                code: try reader.string(row, "code"), severity: severity, subject: subject,
                message: try reader.string(row, "message"), advice: try reader.string(row, "advice")),
            label: try reader.string(row, "label"), target: target)
    }
}

/// Building and reading the shard file's JSON.
enum ShardJSON {
    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
    }

    static func string(_ value: String?) -> JSONValue { value.map { JSONValue(.string($0)) } ?? JSONValue(.null) }

    static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }

    static func int(_ value: Int) -> JSONValue { JSONValue(.number(String(value))) }

    static func array(_ values: [JSONValue]) -> JSONValue { JSONValue(.array(values)) }

    /// A member missing or of the wrong type, by name.
    struct Missing: Error {
        var name: String
    }

    /// Typed member access that names what is missing.
    struct Reader {
        func value(_ object: JSONObject, _ key: String) throws(Missing) -> JSONValue {
            guard let value = object[key] else { throw Missing(name: key) }
            return value
        }

        func object(_ value: JSONValue) throws(Missing) -> JSONObject {
            guard let object = value.object else { throw Missing(name: "entry") }
            return object
        }

        func object(_ object: JSONObject, _ key: String) throws(Missing) -> JSONObject {
            guard let value = object[key]?.object else { throw Missing(name: key) }
            return value
        }

        func array(_ object: JSONObject, _ key: String) throws(Missing) -> [JSONValue] {
            guard let value = object[key]?.array else { throw Missing(name: key) }
            return value
        }

        func string(_ object: JSONObject, _ key: String) throws(Missing) -> String {
            guard let value = object[key]?.string else { throw Missing(name: key) }
            return value
        }

        func optionalString(_ object: JSONObject, _ key: String) throws(Missing) -> String? {
            guard let value = object[key] else { throw Missing(name: key) }
            if value.isNull { return nil }
            guard let text = value.string else { throw Missing(name: key) }
            return text
        }

        func int(_ object: JSONObject, _ key: String) throws(Missing) -> Int {
            guard let value = object[key]?.int64 else { throw Missing(name: key) }
            return Int(value)
        }

        func bool(_ object: JSONObject, _ key: String) throws(Missing) -> Bool {
            guard let value = object[key]?.bool else { throw Missing(name: key) }
            return value
        }
    }
}
