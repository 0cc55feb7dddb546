import Digest
import Dispatch
import Foundation

extension ExportLoader {
    /// Loads what shard `shard` of an export needs (docs/rules.md §11 rule 10): every light record (users,
    /// identities, tickets, metrics, conversation logs, messaging users, conversations, participants,
    /// clients, apps, webhooks) and only the messages and comments `ShardPlan` keeps for it.
    ///
    /// Every file is read, and decoded in full unless it is a messages file this shard may only scan
    /// (`mayScan`): every file is decoded in full by some shard of the set. Files are read in three
    /// rounds: files outside `tickets/<id>/` and `conversations/<id>/` first, then those of `tickets/<id>/`,
    /// then those of `conversations/<id>/`, where messages live. After each round the plan is made again
    /// from the light records read so far, and the next round drops, as each file is decoded, the heavy
    /// records the plan leaves out. A dropped record leaves a trace (its id's hash, conversation, author,
    /// ticket); when the plan made from the whole export needs one after all, its file is read again.
    public func load(
        directory: String, shard: Shard, settings: Settings, progress: (@Sendable (Progress) -> Void)? = nil
    ) throws(LoadFailure) -> Export {
        FreedMemory.mapLargeBlocks()
        let found = try ExportFileFinder.files(in: directory)
        let texts = ExportTexts()
        var loading = ShardLoading(
            paths: found.files, skipped: found.skipped.map(\.path), shard: shard, settings: settings)
        // Only counted for progress: the loader keeps the fragments itself.
        let counter = ReadCounter(totalFiles: found.files.count)
        try loading.load { index in
            let source = Self.readSource(found.files[index], root: directory, texts: texts)
            let bytes = try? source.get().bytes.count
            let read = counter.add(bytes: bytes ?? 0)
            if let progress, bytes != nil { progress(read) }
            return source
        }
        let unrecognised = loading.fragments.nonEmpty.filter { $0.fragment.isUnrecognised }.map {
            SkippedFile(path: found.files[$0.index], reason: .unrecognised)
        }
        try Self.checkSomethingRecognised(unrecognised.count, of: found.files.count, in: directory)
        // Consumed, not copied: a copy left here shared every file's lists, so assembling copied the list of
        // fragments (15 MB at 10,000 users) and freed no list as it took its records.
        var export = (consume loading).assemble()
        export.texts = texts
        // As in a whole load: the emptied per-file record lists, given back before the view is built on top.
        FreedMemory.release()
        export.skippedFiles = (found.skipped + unrecognised).sorted { $0.path < $1.path }
        return export
    }

    /// Loads what shard `shard` needs of in-memory files (relative path → bytes), for tests and the benchmark.
    public func load(
        files: [(path: String, bytes: [UInt8])], shard: Shard, settings: Settings, displayRoot: String = "export"
    ) throws(LoadFailure) -> Export {
        let sorted = files.sorted { $0.path < $1.path }
        var loading = ShardLoading(paths: sorted.map(\.path), skipped: [], shard: shard, settings: settings)
        try loading.load { index in
            .success(
                SourceFile(
                    displayPath: displayRoot + "/" + sorted[index].path, relativePath: sorted[index].path,
                    bytes: sorted[index].bytes))
        }
        return (consume loading).assemble()
    }
}

/// One shard's load in progress: the files' fragments, each with the trace of the heavy records it dropped.
struct ShardLoading {
    let paths: [String]
    let shard: Shard
    let settings: Settings
    private(set) var fragments: HeldFragments
    private var traces: [HeavyTrace?]
    /// Each file's `ContentHash`, for the export digest: 0 for a file that could not be read.
    private var contentHashes: [UInt64]
    private var plan: ShardPlan?
    private var filesReadAgain = 0
    /// The plan made from the light export last assembled, before authors and duplicates were added, with
    /// the number of records that export was assembled from. The export itself is let go once planned.
    private var lightPlan: (key: Int, plan: ShardPlan)?
    /// Every name a file path is made of, without its extension: the ids that redacted paths may name. Nil
    /// without `--redact`, where nothing of the dropped records feeds pseudonyms.
    private let pathParts: Set<String>?

    init(paths: [String], skipped: [String], shard: Shard, settings: Settings) {
        self.paths = paths
        self.shard = shard
        self.settings = settings
        fragments = HeldFragments(count: paths.count)
        traces = Array(repeating: nil, count: paths.count)
        contentHashes = Array(repeating: 0, count: paths.count)
        guard settings.redaction != nil else {
            pathParts = nil
            return
        }
        var parts: Set<String> = []
        for path in paths + skipped {
            // Each part as redaction reads it (`ExportRedactor.splitExtension`), so the two name the same ids.
            for part in path.split(separator: "/") { parts.insert(ExportRedactor.splitExtension(String(part)).stem) }
        }
        pathParts = parts
    }

    /// The round a file is read in: 0 for most, 1 under `tickets/<id>/`, 2 under `conversations/<id>/`.
    static func round(of path: String) -> Int {
        if FolderParent.id(in: path, under: .conversations) != nil { return 2 }
        if FolderParent.id(in: path, under: .tickets) != nil { return 1 }
        return 0
    }

    /// Reads every file (`read` reads the file at an index, from any thread), keeping what the plan keeps,
    /// then reads again the files whose dropped records the final plan needs, until none is left.
    mutating func load(_ read: @escaping @Sendable (Int) -> FileSource) throws(LoadFailure) {
        let rounds = paths.indices.map { Self.round(of: paths[$0]) }
        for round in 0...2 {
            let indices = paths.indices.filter { rounds[$0] == round }
            guard !indices.isEmpty else { continue }
            let lightBefore = lightRecordCount
            decode(indices, read)
            if plan == nil || lightRecordCount != lightBefore { plan = makePlan(duplicates: []) }
            // Files read before there was a plan keep everything until now.
            for index in indices where traces[index] == nil {
                traces[index] = fragments.update(index) { HeavyTrace.filter(&$0, with: plan!, pathParts: pathParts) }
            }
        }
        let errors = fragments.nonEmpty.flatMap(\.fragment.errors)
        guard errors.isEmpty else { throw LoadFailure(errors: errors) }
        let duplicates = Self.duplicates(traces.compactMap { $0 })
        while true {
            let plan = makePlan(duplicates: duplicates)
            self.plan = plan
            let again = paths.indices.filter { traces[$0]?.needsAgain(plan) == true }
            guard !again.isEmpty else { break }
            filesReadAgain += again.count
            decode(again, read)
        }
        // A file only scanned so far was decoded in full just now, and may hold a problem of its own.
        let late = fragments.nonEmpty.flatMap(\.fragment.errors)
        guard late.isEmpty else { throw LoadFailure(errors: late) }
        lightPlan = nil
    }

    /// Decodes files in parallel and drops what the current plan leaves out, if there is one yet. A file
    /// this shard may scan (`mayScan`) whose messages the plan all drops is only scanned.
    private mutating func decode(_ indices: [Int], _ read: @escaping @Sendable (Int) -> FileSource) {
        let results = TracedSlots(count: indices.count)
        let plan = plan
        let pathParts = pathParts
        let scannable = indices.map { mayScan(paths[$0]) }
        DispatchQueue.concurrentPerform(iterations: indices.count) { slot in
            let file: SourceFile
            switch read(indices[slot]) {
            case .success(let source): file = source
            case .failure(let unreadable):
                var fragment = unreadable.fragment
                results.store(
                    fragment, plan.map { HeavyTrace.filter(&fragment, with: $0, pathParts: pathParts) }, 0, at: slot)
                return
            }
            let contentHash = ContentHash.of(file.bytes)
            if let plan, scannable[slot],
                let conversation = FolderParent.id(in: file.relativePath, under: .conversations),
                let entries = MessageFileScan.entries(in: file.bytes),
                let trace = HeavyTrace.dropping(entries, conversation: conversation, plan: plan, pathParts: pathParts)
            {
                results.store(ExportFragment(), trace, contentHash, at: slot)
                return
            }
            var fragment = ExportLoader.decode(file)
            let trace = plan.map { HeavyTrace.filter(&fragment, with: $0, pathParts: pathParts) }
            results.store(fragment, trace, contentHash, at: slot)
        }
        for (slot, index) in indices.enumerated() {
            (fragments[index], traces[index], contentHashes[index]) = results.take(slot)
        }
    }

    /// Whether this shard may only scan a file of messages it drops: not under `--redact` (the trace then
    /// needs the names and emails of the messages), and not the files whose path hashes to this shard
    /// (`file:<relative path>`), which it decodes in full so that every file of the export is decoded in
    /// full by at least one shard of the set.
    func mayScan(_ path: String) -> Bool {
        guard settings.redaction == nil, Self.round(of: path) == 2, path.lowercased().hasSuffix(".json") else {
            return false
        }
        return !shard.owns(Self.validationKey(of: path))
    }

    /// The ownership key of the shard that decodes a file in full even when it keeps none of its records.
    static func validationKey(of path: String) -> String { "file:" + path }

    /// How many light records the fragments hold: a new plan is needed when it grows.
    private var lightRecordCount: Int { fragments.nonEmpty.reduce(0) { $0 + $1.fragment.lightRecordCount } }

    /// The plan from the light records of the fragments read so far, with the messages a log event or a
    /// webhook names (kept by every shard), the end-user authors seen in each conversation, and `duplicates`.
    private mutating func makePlan(duplicates: Set<UInt64>) -> ShardPlan {
        var wanted: Set<UInt64> = []
        let nonEmpty = fragments.nonEmpty
        for (_, fragment) in nonEmpty {
            for event in fragment.logEvents {
                if let id = event.messagingMessageID { wanted.insert(ShardPlan.hash(messageID: id)) }
            }
            for event in fragment.webhookEvents {
                if case .message(let message, _) = event.payload {
                    wanted.insert(ShardPlan.hash(messageID: message.id))
                }
            }
        }
        // Copies share the records' storage: assembling them moves nothing out of `fragments`. Only the
        // fragments holding light records are assembled: most files of a shard are messages it dropped,
        // and assembling walks every fragment once per kind of record.
        var light: [ExportFragment] = []
        var lightPaths: [String] = []
        for (index, fragment) in nonEmpty {
            var copy = fragment
            copy.comments = []
            copy.messages = fragment.messages.filter { wanted.contains(ShardPlan.hash(messageID: $0.id)) }
            guard copy.holdsRecords else { continue }
            light.append(copy)
            lightPaths.append(paths[index])
        }
        // The light export changes only when light records or named messages were read since it was
        // assembled: the final plan, made after the messages' round, usually adds to the first one's. Then
        // neither the light export (a second copy of every light record) nor the users' linking are made
        // again where a shard's memory peaks.
        let key = light.reduce(0) { $0 + $1.lightRecordCount + $1.messages.count }
        if lightPlan?.key != key {
            lightPlan = nil
            let export = ExportAssembler.assemble(light, paths: lightPaths)
            lightPlan = (key, ShardPlan(light: export, settings: settings, shard: shard))
        }
        var authors: Set<ConversationAuthor> = []
        for trace in traces { if let trace { authors.formUnion(trace.authors) } }
        return lightPlan!.plan.adding(authorsByConversation: authors, duplicateHashes: duplicates)
    }

    /// The hashes that occur more than once among every file's messages and comments.
    private static func duplicates(_ traces: [HeavyTrace]) -> Set<UInt64> {
        var all = traces.flatMap(\.idHashes)
        all.sort()
        var repeated: Set<UInt64> = []
        for index in all.indices.dropFirst() where all[index] == all[index - 1] { repeated.insert(all[index]) }
        return repeated
    }

    /// The export of what was kept, with the summary of what was not.
    consuming func assemble() -> Export {
        var summary = droppedSummary()
        summary.keptHeavyRecords = fragments.nonEmpty.reduce(0) {
            $0 + $1.fragment.messages.count + $1.fragment.comments.count
        }
        summary.filesReadAgain = filesReadAgain
        // Done with: freed before the records are assembled, where a shard's memory peaks (a hash or two per
        // message of the export, about 27 MB at 10,000 users), and given back: the traces' small lists sit in
        // the arenas of the threads that decoded the files, which assembling on this thread would not reuse.
        traces = []
        FreedMemory.release()
        // Moved out, so that assembling frees each file's lists as it takes their records.
        var held: [ExportFragment] = []
        var heldPaths: [String] = []
        for (index, fragment) in fragments.takeAll() where fragment.holdsRecords {
            held.append(fragment)
            heldPaths.append(paths[index])
        }
        var export = ExportAssembler.assemble(held, paths: heldPaths)
        export.shardSummary = summary
        return export
    }
}

extension ShardLoading {
    /// What the records this shard dropped were, and the digest of the export: every file's path and
    /// `ContentHash`, then every message and comment id's hash, sorted.
    fileprivate func droppedSummary() -> ShardLoadSummary {
        var summary = ShardLoadSummary()
        var digest = SHA256()
        var hashes: [UInt64] = []
        hashes.reserveCapacity(traces.reduce(0) { $0 + ($1?.idHashes.count ?? 0) })
        for (index, trace) in traces.enumerated() {
            digest.update(paths[index].utf8)
            digest.update([0])
            withUnsafeBytes(of: contentHashes[index].littleEndian) { digest.update($0) }
            guard let trace else { continue }
            hashes += trace.idHashes
            summary.heavyRecords += trace.idHashes.count
            summary.names.formUnion(trace.names)
            summary.emails.formUnion(trace.emails)
            summary.idsNamedInPaths.formUnion(trace.idsNamedInPaths)
        }
        hashes.sort()
        // Fed 64 KB at a time, not as an array per hash (a shard holds a hash per message of the export), nor
        // as one array of all their bytes (8 MB at 10,000 users, held while the records were assembled).
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 16)
        for hash in hashes {
            withUnsafeBytes(of: hash.littleEndian) { chunk.append(contentsOf: $0) }
            if chunk.count == 1 << 16 {
                digest.update(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        digest.update(chunk)
        summary.digest = digest.finalize().hexadecimal
        return summary
    }
}

/// What a file's heavy records were, for the records the plan dropped: enough to tell, once the whole
/// export is read, whether one was needed after all (then the file is read again).
///
/// A trace is kept for every file until the load ends, so it is small: arrays rather than sets (a file
/// of messages names one conversation and an author or two), the ids by their 64-bit hashes.
struct HeavyTrace: Sendable {
    /// The hash of every message and comment id of the file, kept or dropped.
    var idHashes: [UInt64] = []
    /// Every end-user author of a message of the file, with the message's conversation, once each.
    var authors: [ConversationAuthor] = []
    /// The hashes of the records dropped, unless every record of the file was (`dropsEvery`): then they are
    /// `idHashes`, not kept twice (8 MB and a list per file at 10,000 users).
    var droppedHashes: [UInt64] = []
    /// Whether every record of the file was dropped, so that `idHashes` are the dropped hashes.
    var dropsEvery = false
    var droppedConversations: [String] = []
    var droppedAuthors: [String] = []
    var droppedTickets: [String] = []
    /// What redaction collects from the dropped messages, and the dropped ids a path names.
    var names: [String] = []
    var emails: [String] = []
    var idsNamedInPaths: [String] = []

    /// Drops from a fragment the messages and comments `plan` leaves out, and says what they were (what
    /// redaction needs of them only when `pathParts` is given).
    static func filter(_ fragment: inout ExportFragment, with plan: ShardPlan, pathParts: Set<String>?) -> HeavyTrace {
        var trace = HeavyTrace()
        guard !fragment.messages.isEmpty || !fragment.comments.isEmpty else { return trace }
        trace.idHashes.reserveCapacity(fragment.messages.count + fragment.comments.count)
        var decisions = ShardPlan.FileDecisions(plan)
        fragment.messages.removeAll { message in
            let kept = trace.note(
                messageID: message.id, conversation: message.conversationID,
                endUserAuthor: message.isFromEndUser ? message.authorUserID : nil, decisions: &decisions,
                pathParts: pathParts)
            guard !kept else { return false }
            guard pathParts != nil else { return true }
            let values = message.redactableValues
            for name in values.names { Self.add(name, to: &trace.names) }
            for email in values.emails { Self.add(email, to: &trace.emails) }
            return true
        }
        fragment.comments.removeAll { comment in
            let hash = ShardPlan.hash(commentID: comment.id)
            trace.idHashes.append(hash)
            guard !decisions.keeps(comment, hash: hash) else { return false }
            trace.droppedHashes.append(hash)
            Self.add(comment.ticketID, to: &trace.droppedTickets)
            if pathParts?.contains(comment.id) == true { trace.idsNamedInPaths.append(comment.id) }
            return true
        }
        // A file's lists are reserved to its record count: ten thousand dropped files would hold 18 MB of
        // empty room at 1,000 users.
        if fragment.messages.isEmpty { fragment.messages = [] }
        if fragment.comments.isEmpty { fragment.comments = [] }
        trace.shareDroppedHashes()
        return trace
    }

    /// The trace of a file whose messages a `MessageFileScan` read, when `plan` keeps none of them; nil
    /// when it keeps one (then the file is decoded in full).
    static func dropping(
        _ entries: [MessageFileScan.Entry], conversation: String, plan: ShardPlan, pathParts: Set<String>?
    ) -> HeavyTrace? {
        var trace = HeavyTrace()
        trace.idHashes.reserveCapacity(entries.count)
        var decisions = ShardPlan.FileDecisions(plan)
        for entry in entries {
            let kept = trace.note(
                messageID: entry.id, conversation: conversation, endUserAuthor: entry.endUserAuthor,
                decisions: &decisions, pathParts: pathParts)
            if kept { return nil }
        }
        trace.shareDroppedHashes()
        return trace
    }

    /// Lets the dropped hashes be the ids' hashes when every record was dropped.
    private mutating func shareDroppedHashes() {
        guard droppedHashes.count == idHashes.count else { return }
        droppedHashes = []
        dropsEvery = true
    }

    /// Notes one message of the file, and what it was if the plan drops it; says whether the plan keeps it.
    private mutating func note(
        messageID: String, conversation: String, endUserAuthor: String?, decisions: inout ShardPlan.FileDecisions,
        pathParts: Set<String>?
    ) -> Bool {
        let hash = ShardPlan.hash(messageID: messageID)
        idHashes.append(hash)
        if let endUserAuthor {
            Self.add(ConversationAuthor(conversation: conversation, author: endUserAuthor), to: &authors)
        }
        guard !decisions.keepsMessage(conversation: conversation, endUserAuthor: endUserAuthor, hash: hash) else {
            return true
        }
        droppedHashes.append(hash)
        Self.add(conversation, to: &droppedConversations)
        if let endUserAuthor { Self.add(endUserAuthor, to: &droppedAuthors) }
        if pathParts?.contains(messageID) == true { idsNamedInPaths.append(messageID) }
        return false
    }

    /// Adds a value to a short list once: a file's messages name one conversation and an author or two.
    private static func add<Value: Equatable>(_ value: Value, to list: inout [Value]) {
        if !list.contains(value) { list.append(value) }
    }

    /// Whether `plan` needs a record this file dropped.
    func needsAgain(_ plan: ShardPlan) -> Bool {
        droppedConversations.contains(where: plan.keepsConversation)
            || droppedAuthors.contains(where: plan.keepsAuthor)
            || droppedTickets.contains(where: plan.keepsTicket)
            || (dropsEvery ? idHashes : droppedHashes).contains(where: plan.keepsByID)
    }
}

/// A file's bytes, or the fragment that says why it could not be read.
typealias FileSource = Result<SourceFile, ExportLoader.UnreadableFile>

/// Fragments and traces written from concurrent workers; each slot is written once, then taken once. Only
/// the fragments that hold something take room: most files of a round are dropped whole.
private final class TracedSlots: @unchecked Sendable {
    private var fragments: HeldFragments
    private var traces: [HeavyTrace?]
    private var contentHashes: [UInt64]
    private let lock = NSLock()

    init(count: Int) {
        fragments = HeldFragments(count: count)
        traces = Array(repeating: nil, count: count)
        contentHashes = Array(repeating: 0, count: count)
    }

    func store(_ fragment: ExportFragment, _ trace: HeavyTrace?, _ contentHash: UInt64, at index: Int) {
        lock.withLock { (fragments[index], traces[index], contentHashes[index]) = (fragment, trace, contentHash) }
    }

    func take(_ index: Int) -> (ExportFragment, HeavyTrace?, UInt64) {
        lock.withLock {
            defer { (fragments[index], traces[index]) = (ExportFragment(), nil) }
            return (fragments[index], traces[index], contentHashes[index])
        }
    }
}
