import JSONTree

/// A large file of record lists in an envelope (`{"audits": [...], "next_page": null}`), decoded one record at a
/// time: each record's tree is built, decoded and freed before the next is read, where the whole file's tree
/// stood before (a 32 MB list of ticket audits made about 200 MB, which a shard of a 10,000-user export never
/// gave back). The records and problems are those `ExportFileDecoder` makes of the whole tree: the same
/// decoding of each record, at the same offsets and key paths, in the same order.
///
/// It reads one shape only: a top-level object whose record keys (`ExportRecordRegistry.envelopeKeyNames`) are
/// all `streamedKeys`, each holding an array of objects, its other members anything (`users` and `identities`
/// side by side, with paging keys). For any other file, and for anything the tree decoder reports about the
/// file as a whole (wrong syntax, a repeated record key, a list element that is no object, a file outside its
/// parent folder), it gives nil and the file is decoded in full, which reports it. A problem with one record
/// is the record's own, reported by both alike.
enum EnvelopeListDecoder {
    /// Files smaller than this are parsed whole: their trees are small, and the tree decoder sizes each list
    /// for its records where this one grows it.
    static let minimumBytes = 1 << 20

    /// The record keys whose records decode the same whatever else the envelope holds: no kind carrying one of
    /// them asks the envelope whether it carries it (`ExportRecordKind.carries(_:)`), as the `events` of a
    /// webhook delivery and of a conversation log do. A test checks every kind of each key.
    static let streamedKeys: Set<String> = [
        "tickets", "audits", "ticket_metrics", "ticket_events", "comments", "users", "identities", "organizations",
        "messages", "conversations", "participants", "clients",
    ]

    /// The records and problems of a file in the one shape the decoder reads; nil for any other file.
    static func fragment(of file: SourceFile) -> ExportFragment? {
        // Each list's records and problems, by the list's place among the registry's keys: the tree decoder
        // reads an envelope's lists in that order, whatever order the file has them in.
        var lists: [(place: Int, fragment: ExportFragment)] = []
        let ok = JSONCursor.read(file.bytes) { cursor in
            guard cursor.open(JSONByte.openBrace) else { return false }
            let ok = cursor.members { cursor, key in
                let name = key.text
                guard let place = ExportRecordRegistry.envelopes.firstIndex(where: { $0.key.name == name }) else {
                    return cursor.value() != nil
                }
                // A repeated list key is the tree decoder's error to report.
                guard streamedKeys.contains(name), !lists.contains(where: { $0.place == place }) else { return false }
                var decoder = ExportFileDecoder(file: file)
                guard decodeList(&cursor, ExportRecordRegistry.envelopes[place], into: &decoder) else { return false }
                lists.append((place, decoder.fragment))
                return true
            }
            // Without a record key the object is no envelope: the tree decoder reads it as a bare record.
            return ok && !lists.isEmpty && cursor.isAtEnd()
        }
        guard ok else { return nil }
        lists.sort { $0.place < $1.place }
        return ExportFragment.joined(lists.map(\.fragment))
    }

    /// Decodes the array under `key`, record by record, as the carriers of that key.
    private static func decodeList(
        _ cursor: inout JSONCursor, _ envelope: ExportRecordRegistry.Envelope, into decoder: inout ExportFileDecoder
    ) -> Bool {
        let carriers = envelope.kinds
        var parentID: String?
        if let parent = carriers[0].parent {
            // A file outside its parent's folder is one error for the whole file: the tree decoder's.
            guard let id = FolderParent.id(in: decoder.file.relativePath, under: parent.collection) else {
                return false
            }
            parentID = id
        }
        // A single record where the key's form allows one (`{"ticket": {...}}`), or null, is small.
        guard cursor.open(JSONByte.openBracket) else { return false }
        let listPath = JSONPath.root.appending(envelope.key.name)
        var index = 0
        return cursor.elements { cursor in
            guard let value = cursor.value(), let object = value.object else { return false }
            let record = RecordReader(
                object: object, offset: value.offset, path: listPath.appending(index: index), file: decoder.file)
            decoder.decodeListed(record, carriers: carriers, parentID: parentID)
            index += 1
            return true
        }
    }
}

extension ExportFragment {
    /// The records and problems of `parts`, one after another, each list sized for its records: a list grown by
    /// appending holds up to twice its records, and a fragment holds them until the export is assembled.
    static func joined(_ parts: [ExportFragment]) -> ExportFragment {
        func join<Element>(_ list: KeyPath<ExportFragment, [Element]>) -> [Element] {
            var joined: [Element] = []
            joined.reserveCapacity(parts.reduce(0) { count, part in count + part[keyPath: list].count })
            for part in parts { joined += part[keyPath: list] }
            return joined
        }
        var fragment = ExportFragment()
        fragment.supportUsers = join(\.supportUsers)
        fragment.identities = join(\.identities)
        fragment.organizations = join(\.organizations)
        fragment.tickets = join(\.tickets)
        fragment.metrics = join(\.metrics)
        fragment.comments = join(\.comments)
        fragment.logEvents = join(\.logEvents)
        fragment.ticketConversations = join(\.ticketConversations)
        fragment.messagingUsers = join(\.messagingUsers)
        fragment.conversations = join(\.conversations)
        fragment.participants = join(\.participants)
        fragment.clients = join(\.clients)
        fragment.messages = join(\.messages)
        fragment.webhookEvents = join(\.webhookEvents)
        fragment.apps = join(\.apps)
        fragment.errors = join(\.errors)
        return fragment
    }
}
