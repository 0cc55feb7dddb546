import JSONTree

/// Every record kind the loader reads, listed once (docs/rules.md §10 rule 1). `ExportFileDecoder` asks this
/// registry which kinds an envelope's keys carry and which kind a bare record is.
enum ExportRecordRegistry {
    /// Every kind, once, Zendesk Support first. The order is the order an envelope's keys are read in, and
    /// the priority among bare kinds: a bare record two kinds recognise is read as the earlier one. The
    /// kinds' tests are written so that this never happens with a real record (a test checks every
    /// fixture); the order only settles a record built to match two. Tickets come first because the
    /// account export's NDJSON, the largest bare input, is all tickets: each line is recognised at the
    /// first test.
    static let kinds: [any ExportRecordKind.Type] = [
        Ticket.self, TicketMetric.self, SupportIdentity.self, Organization.self, SupportUser.self, TicketAudit.self,
        TicketEvent.self,
        TicketComment.self, ConversationLogEvent.self, WebhookEvent.self, Message.self, MessagingUser.self,
        Conversation.self, MessagingClient.self, Participant.self, MessagingApp.self,
    ]

    /// An envelope key and the kinds that declare it, in registry order.
    struct Envelope {
        let key: EnvelopeKey
        let kinds: [any ExportRecordKind.Type]
    }

    /// Every envelope key, in the order of the first kind declaring it.
    static let envelopes: [Envelope] = {
        var envelopes: [Envelope] = []
        for kind in kinds {
            for key in kind.envelopeKeys {
                if let index = envelopes.firstIndex(where: { $0.key.name == key.name }) {
                    envelopes[index] = Envelope(key: envelopes[index].key, kinds: envelopes[index].kinds + [kind])
                } else {
                    envelopes.append(Envelope(key: key, kinds: [kind]))
                }
            }
        }
        return envelopes
    }()

    /// The keys that make a top-level object an envelope rather than a bare record.
    static let envelopeKeyNames: Set<String> = Set(envelopes.map(\.key.name))

    /// The kinds that can be recognised bare, in priority order.
    static let bareKinds: [any ExportRecordKind.Type] = kinds.filter { $0.readsBareRecords }

    /// Whether a top-level object holds any envelope key.
    static func isEnvelope(_ object: JSONObject) -> Bool {
        object.members.contains { envelopeKeyNames.contains($0.key) }
    }

    /// The kind of a bare record (an array element or an NDJSON line), or nil when no kind recognises it.
    static func bareKind(of record: JSONObject) -> (any ExportRecordKind.Type)? {
        for kind in bareKinds where kind.recognises(record) { return kind }
        return nil
    }

    /// The kinds an envelope's key carries in this envelope (`events` are a webhook delivery's or a
    /// conversation log's, never both).
    static func carriers(of envelope: Envelope, in object: JSONObject) -> [any ExportRecordKind.Type] {
        if envelope.kinds.count == 1 { return envelope.kinds[0].carries(object) ? envelope.kinds : [] }
        return envelope.kinds.filter { $0.carries(object) }
    }

    /// The kind of one record under a key the carriers share, or nil when none claims it. A key only one
    /// kind carries is that kind's, whatever the record holds (decoding reports what is wrong with it).
    static func kind(of record: JSONObject, among carriers: [any ExportRecordKind.Type])
        -> (any ExportRecordKind.Type)?
    {
        if carriers.count == 1 { return carriers[0] }
        for kind in carriers where kind.claimsEnveloped(record) { return kind }
        return nil
    }

    /// The known shapes, for the error about a record of none of them.
    static let knownShapesSummary: String = {
        var parts: [String] = []
        for source in ExportSource.allCases {
            var shapes: [String] = []
            for kind in kinds where kind.source == source {
                let keys = kind.envelopeKeys.map { key in "'\(key.name)'" }.joined(separator: "/")
                shapes.append("\(keys) (\(kind.kindName))")
            }
            parts.append(source.rawValue + " " + shapes.joined(separator: ", "))
        }
        let bare = bareKinds.map { kind in kind.kindName }.joined(separator: ", ")
        return parts.joined(separator: "; ") + "; bare arrays and NDJSON of \(bare) records"
    }()
}
