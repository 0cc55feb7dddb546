/// Where one line of a ticket's transcript is kept, so that the view references messages instead of copying them.
///
/// A transcript built from messaging messages (by far the most lines of a large export) shares the export's
/// array of messages, sorted by time: the view holds a reference and a position, and the entry is made when a
/// page reads it. Lines from a conversation log or from comments are entries of their ticket's own list.
/// Either way a line costs a reference and a position in the view, where a copied entry weighed over 160
/// bytes (a million of them for 10,000 users).
struct TranscriptLine: Sendable {
    /// The export's messages, shared.
    final class Messages: Sendable {
        let messages: [Message]
        init(_ messages: [Message]) { self.messages = messages }
    }

    /// Entries made for one ticket's transcript.
    final class Entries: Sendable {
        let entries: [TranscriptEntry]
        init(_ entries: [TranscriptEntry]) { self.entries = entries }
    }

    private enum Store: Sendable {
        case messages(Messages)
        case entries(Entries)
    }

    private let store: Store
    private let position: Int

    /// The message at `position` in `messages`.
    init(_ messages: Messages, _ position: Int) {
        // Checked once here: the fields are read through an unchecked buffer pointer.
        precondition(messages.messages.indices.contains(position), "a line of a message the list lacks")
        store = .messages(messages)
        self.position = position
    }

    /// The entry at `position` in `entries`.
    init(_ entries: Entries, _ position: Int) {
        store = .entries(entries)
        self.position = position
    }

    // The shared messages are read in place: `list.messages[position]` copied the whole message, a retain and a
    // release of every string it holds, for each field read (a third of the retains of rendering pages).

    /// The line's id (`TranscriptEntry.id`), read without making the entry: anchors, snapshots and rules
    /// need only the id of each of a million lines.
    var id: String {
        switch store {
        case .messages(let list): list.messages.withUnsafeBufferPointer { $0[position].id }
        case .entries(let list): list.entries[position].id
        }
    }

    /// `id` as a `MessageID`: without making the text of a message's id.
    var packedID: MessageID {
        switch store {
        case .messages(let list): list.messages.withUnsafeBufferPointer { $0[position].packedID }
        case .entries(let list): MessageID(list.entries[position].id)
        }
    }

    /// The author's messaging user id as written (`TranscriptEntry.authorMessagingUserID`), read without
    /// making the entry.
    var authorMessagingUserID: String? {
        switch store {
        case .messages(let list): list.messages.withUnsafeBufferPointer { $0[position].authorUserID }
        case .entries(let list): list.entries[position].authorMessagingUserID
        }
    }

    /// Who wrote the line (`TranscriptEntry.role`), told without making the entry.
    var role: TranscriptEntry.Role {
        switch store {
        case .messages(let list): list.messages.withUnsafeBufferPointer { TranscriptBuilder.role(of: $0[position]) }
        case .entries(let list): list.entries[position].role
        }
    }

    /// The line as the transcript shows it.
    var entry: TranscriptEntry {
        switch store {
        case .messages(let list): list.messages.withUnsafeBufferPointer { TranscriptBuilder.entry(from: $0[position]) }
        case .entries(let list): list.entries[position]
        }
    }
}
