import JSONTree

/// Turns one parsed export file into typed records, collecting every problem instead of stopping at the first.
struct ExportFileDecoder {
    let file: SourceFile
    private(set) var fragment = ExportFragment()

    init(file: SourceFile) { self.file = file }

    /// Decodes a whole document: an envelope, a bare array of records, or a bare record.
    mutating func decodeDocument(_ value: JSONValue, path: JSONPath = .root) {
        if let array = value.array {
            for (index, element) in array.enumerated() { decodeRecord(element, path: path.appending(index: index)) }
            return
        }
        guard let object = value.object else {
            fragment.errors.append(
                file.error(
                    at: value.offset,
                    .wrongType(
                        keyPath: path.description, expected: "an object or an array", found: value.kindDescription)))
            return
        }
        if ExportRecordRegistry.isEnvelope(object) {
            // A repeated list key would keep only its last list: JSON allows it, but records would vanish.
            var seen: Set<String> = []
            for member in object.members where ExportRecordRegistry.envelopeKeyNames.contains(member.key) {
                if !seen.insert(member.key).inserted {
                    fragment.errors.append(
                        file.error(at: member.keyOffset, .repeatedKey(keyPath: path.appending(member.key).description)))
                }
            }
            decodeEnvelope(RecordReader(object: object, offset: value.offset, path: path, file: file))
        } else if path.isRoot && ExportRecordRegistry.bareKind(of: object) == nil {
            // A whole file in no known shape (a README.json, a package.json, a snapshot.json) is not
            // part of the export: it is skipped with the unrecognised-file warning, not an error.
            // A record of no known shape inside a list or an NDJSON file stays an error.
            fragment.isUnrecognised = true
        } else {
            decodeRecord(value, path: path)
        }
    }

    /// Runs one decoding step, keeping its error and going on with the rest of the file.
    private mutating func attempt(_ body: (inout ExportFragment) throws -> Void) {
        do {
            try body(&fragment)
        } catch let error as LoadError {
            fragment.errors.append(error)
        } catch {
            fragment.errors.append(file.error(.unreadable(String(describing: error))))
        }
    }

    /// Reads every envelope key the registry knows, each with the kinds that carry it in this envelope.
    private mutating func decodeEnvelope(_ envelope: RecordReader) {
        for entry in ExportRecordRegistry.envelopes where envelope.has(entry.key.name) {
            let carriers = ExportRecordRegistry.carriers(of: entry, in: envelope.object)
            guard !carriers.isEmpty else { continue }
            // The kinds that carry one key in one envelope share its parent folder (a registry test checks it).
            if carriers[0].parent?.collection == .conversations, let id = Self.envelopeConversationID(envelope) {
                decodeRecords(of: entry.key, in: envelope, carriers: carriers, parentID: id)
            } else if let parent = carriers[0].parent {
                withParent(parent) { decoder, parentID in
                    decoder.decodeRecords(of: entry.key, in: envelope, carriers: carriers, parentID: parentID)
                }
            } else {
                decodeRecords(of: entry.key, in: envelope, carriers: carriers, parentID: nil)
            }
        }
    }

    /// The conversation a v1 message list names beside its messages (`{"conversation": {"_id": …},
    /// "messages": […]}`, `GET /v1.1/appusers/{id}/messages`): the messages' parent wherever the file is.
    /// Nil for any other envelope; a v2 list names its conversation only in its folder.
    static func envelopeConversationID(_ envelope: RecordReader) -> String? {
        guard envelope.has("messages"), let conversation = envelope.object["conversation"]?.object else { return nil }
        return conversation["_id"]?.string ?? conversation["id"]?.string
    }

    /// Decodes the records under one envelope key: a list, or a single record where the key's form allows it.
    private mutating func decodeRecords(
        of key: EnvelopeKey, in envelope: RecordReader, carriers: [any ExportRecordKind.Type], parentID: String?
    ) {
        var records: [RecordReader] = []
        let isSingle: Bool
        switch key.form {
        case .list: isSingle = false
        // `{"ticket_metric": [...]}` and `{"ticket_metrics": {...}}` both occur; accept either form.
        case .many: isSingle = envelope.value(key.name)?.object != nil
        case .one: isSingle = envelope.value(key.name)?.array == nil
        }
        if isSingle {
            attempt { _ in records = try envelope.object(key.name).map { [$0] } ?? [] }
        } else {
            attempt { _ in records = try envelope.objects(key.name) }
        }
        if carriers.count == 1 { carriers[0].reserve(records.count, in: &fragment) }
        for record in records { decodeListed(record, carriers: carriers, parentID: parentID) }
    }

    /// Decodes one record of an envelope's list as the kind among `carriers` that claims it.
    mutating func decodeListed(_ record: RecordReader, carriers: [any ExportRecordKind.Type], parentID: String?) {
        guard let kind = ExportRecordRegistry.kind(of: record.object, among: carriers) else {
            fragment.errors.append(file.error(at: record.offset, .unrecognizedShape(keys: record.object.keys)))
            return
        }
        attempt { fragment in try kind.decode(record, parentID: parentID, into: &fragment) }
    }

    /// Decodes a record found bare in an array or on an NDJSON line, judged by its keys.
    mutating func decodeRecord(_ value: JSONValue, path: JSONPath) {
        guard let object = value.object else {
            fragment.errors.append(
                file.error(
                    at: value.offset,
                    .wrongType(keyPath: path.description, expected: "an object", found: value.kindDescription)))
            return
        }
        if ExportRecordRegistry.isEnvelope(object) && !object.contains("id") {
            decodeDocument(value, path: path)
            return
        }
        guard let kind = ExportRecordRegistry.bareKind(of: object) else {
            fragment.errors.append(file.error(at: value.offset, .unrecognizedShape(keys: object.keys)))
            return
        }
        let record = RecordReader(object: object, offset: value.offset, path: path, file: file)
        if let parent = kind.parent {
            withParent(parent) { decoder, parentID in
                decoder.attempt { fragment in try kind.decode(record, parentID: parentID, into: &fragment) }
            }
        } else {
            attempt { fragment in try kind.decode(record, parentID: nil, into: &fragment) }
        }
    }

    /// Runs `body` with the parent id the folder gives, or records where the file belongs.
    private mutating func withParent(_ parent: ExportParent, _ body: (inout ExportFileDecoder, String) -> Void) {
        guard let id = FolderParent.id(in: file.relativePath, under: parent.collection) else {
            let location = FolderParent.expectedLocation(of: file.relativePath, under: parent.collection)
            fragment.errors.append(file.error(.missingParent(records: parent.records, expectedLocation: location)))
            return
        }
        body(&self, id)
    }
}
