extension ExportAssembler {
    /// The messages of the per-file lists that no later copy replaces, in list order, and the webhooks' copies.
    static func keptMessages(
        _ lists: consuming [[Message]], leaving replaced: ReplacedMessages, webhookEvents: [WebhookEvent]
    ) -> [Message] {
        var lists = lists
        var messages: [Message] = []
        messages.reserveCapacity(replaced.keptCount)
        // Positions count the messages of every list before, so that of a list's first message is its start.
        var position = 0
        drain(&lists) { (_: Int, message: consuming Message) in
            if !replaced.isReplaced(position) { messages.append(consume message) }
            position += 1
        }
        // A webhook copy of a listed message brings the at-send-time flag the REST list lacks (§5 rule 1). An
        // export without message webhooks needs no index of a million message ids.
        if webhookEvents.contains(where: { event in if case .message = event.payload { true } else { false } }) {
            var indexByID = Dictionary(
                messages.indices.map { (messages[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            for event in webhookEvents {
                guard case .message(let message, _) = event.payload else { continue }
                if let index = indexByID[message.id] {
                    if messages[index].authorAuthenticatedAtSend == nil {
                        messages[index].authorAuthenticatedAtSend = message.authorAuthenticatedAtSend
                    }
                } else {
                    indexByID[message.id] = messages.count
                    messages.append(message)
                }
            }
        }
        return messages
    }

    /// Sorts messages by time, then id (ids are unique here, so the order is total).
    ///
    /// Their positions are sorted as (time, id bits, position) keys side by side, each half on its own core:
    /// comparing times inside 150-byte messages, or through an array of positions, touched a cache line per
    /// comparison. Equal times are common (a minute's messages across every conversation), so a key holds the
    /// bits of an id Sunshine Conversations made (`MessageID.digits`), which sort as their texts do; only an id
    /// in another form sends a tie back to the messages. Reading every tied id there took a million messages
    /// at 10,000 users 51 times the time of 100,000, against 10 for the rest of the load. Then each message
    /// moves once, into its place.
    static func sortByTime(_ messages: inout [Message]) {
        messages.rearrange(by: timeOrder(of: messages))
    }

    private static func timeOrder(of messages: [Message]) -> [Int] {
        let keys = messages.indices.map { index in TimedPosition(messages[index], at: index) }
        return Concurrently.sorted(
            keys,
            by: { left, right in
                if left.received != right.received { return left.received < right.received }
                if left.idIsDigits && right.idIsDigits {
                    return MessageID.digits(
                        high: left.idHigh, low: left.idLow, sortBefore: right.idHigh, right.idLow)
                }
                return messages[left.index].idSorts(before: messages[right.index])
            }, \.index)
    }
}

/// Which messages of the per-file lists a later copy of the same id replaces: `ExportAssembler.deduplicate`'s rule
/// (the last copy in path order, then file order, is kept), found without a table of every id, which took most
/// of a second of one core for a million messages.
///
/// Each message's id is hashed (FNV-1a) on both cores, and the hash's top half is packed with the message's
/// position into one sortable number; the numbers are sorted on both cores, and only the ids whose hashes meet
/// are compared as text (a hundred or so pairs of different ids among a million), sorted so that a run of
/// colliding hashes costs its length times its logarithm, never its square. A position counts the messages of
/// every list before it.
struct ReplacedMessages: Sendable {
    /// The position of each list's first message, then the number of messages.
    private var starts: [Int] = []
    private var replaced: [Bool]

    /// How many messages no later copy replaces.
    private(set) var keptCount: Int

    /// Finds the replaced copies of `lists` (one per path of `paths`) and records each replacement in
    /// `duplicates`, in the order the replacing copies come.
    init(_ lists: [[Message]], _ paths: [String], into duplicates: inout [DuplicateRecord]) {
        starts.reserveCapacity(lists.count + 1)
        var total = 0
        for list in lists {
            starts.append(total)
            total += list.count
        }
        starts.append(total)
        precondition(total <= UInt32.max, "a message position fits in 32 bits")
        replaced = [Bool](repeating: false, count: total)
        keptCount = total

        let starts = starts
        let middle = lists.count / 2
        let parts = Concurrently.map(2) { part in
            Self.hashedPositions(lists, starts: starts, range: part == 0 ? 0..<middle : middle..<lists.count)
        }
        let hashed = Concurrently.sorted(parts[0] + parts[1], by: <) { $0 }
        var replacements: [(position: Int, record: DuplicateRecord)] = []
        var start = 0
        while start < hashed.count {
            var end = start + 1
            while end < hashed.count && hashed[end] >> 32 == hashed[start] >> 32 { end += 1 }
            defer { start = end }
            guard end - start > 1 else { continue }
            // The copies of one id side by side, in the order they come.
            let copies = hashed[start..<end].map { key in
                let position = Int(key & 0xffff_ffff)
                return (id: id(at: position, in: lists), position: position)
            }.sorted { ($0.id, $0.position) < ($1.id, $1.position) }
            for (earlier, later) in zip(copies, copies.dropFirst()) where earlier.id == later.id {
                replaced[earlier.position] = true
                keptCount -= 1
                let record = DuplicateRecord(
                    kind: Message.duplicateKind, id: later.id, keptPath: paths[list(at: later.position)],
                    droppedPath: paths[list(at: earlier.position)])
                replacements.append((later.position, record))
            }
        }
        replacements.sort { $0.position < $1.position }
        duplicates += replacements.map(\.record)
    }

    /// The top half of each message's id hash above its position, for the lists of `range`.
    private static func hashedPositions(_ lists: [[Message]], starts: [Int], range: Range<Int>) -> [UInt64] {
        var hashed: [UInt64] = []
        hashed.reserveCapacity(starts[range.upperBound] - starts[range.lowerBound])
        for listIndex in range {
            lists[listIndex].withUnsafeBufferPointer { messages in
                for offset in messages.indices {
                    let hash = messages[offset].idHash & 0xffff_ffff_0000_0000
                    hashed.append(hash | UInt64(starts[listIndex] + offset))
                }
            }
        }
        return hashed
    }

    /// Whether a later copy replaces the message at `position`.
    func isReplaced(_ position: Int) -> Bool { replaced[position] }

    /// The list holding a position: the last one starting at or before it (an empty list starts where the next
    /// one does).
    private func list(at position: Int) -> Int {
        var (low, high) = (0, starts.count - 2)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func id(at position: Int, in lists: [[Message]]) -> String {
        let listIndex = list(at: position)
        return lists[listIndex][position - starts[listIndex]].id
    }
}

/// A message's time and the bits of its id beside its position, for sorting positions without reading the
/// messages: 24 bytes.
private struct TimedPosition: Sendable {
    var received: Timestamp
    /// The id's bits when it is of 24 lowercase hexadecimal digits (`MessageID.digits`), else 0.
    var idHigh: UInt64
    var idLow: UInt32
    /// The position, below the top bit, which says whether the id is held as digits.
    private var positionAndForm: UInt32

    init(_ message: Message, at position: Int) {
        precondition(position < 1 << 31, "a message position fits in 31 bits")
        received = message.received
        if case .digits(let high, let low) = message.packedID {
            (idHigh, idLow, positionAndForm) = (high, low, UInt32(position) | 1 << 31)
        } else {
            (idHigh, idLow, positionAndForm) = (0, 0, UInt32(position))
        }
    }

    var index: Int { Int(positionAndForm & ~(1 << 31)) }
    var idIsDigits: Bool { positionAndForm & 1 << 31 != 0 }
}
