import AgentViewCore

/// The bylines of a conversation's authors (`MessageModel.byline(of:author:context:)`), worked out once per
/// author: a conversation has a few authors and many messages, and each byline costs a user lookup and two
/// passes over the name.
struct BylineCache {
    /// What a byline depends on besides the page: two lines with equal keys show the same name.
    private struct Key: Equatable {
        let role: TranscriptEntry.Role
        let author: MessageAuthor
        let authorName: String?
        let authorSupportUserID: String?

        /// Texts compare byte for byte: `==` on strings holds `José` precomposed equal to `José` with a combining
        /// accent, and the second line would print the first one's bytes. (Ids in `author` are kept apart
        /// when the export is read, `IDText.distinct`.)
        static func == (left: Key, right: Key) -> Bool {
            left.role == right.role && left.author == right.author
                && sameBytes(left.authorName, right.authorName)
                && sameBytes(left.authorSupportUserID, right.authorSupportUserID)
        }

        private static func sameBytes(_ left: String?, _ right: String?) -> Bool {
            switch (left, right) {
            case (nil, nil): true
            // Compared in place: walking two strings' UTF-8 views byte by byte cost a third of a byline lookup.
            case (var left?, var right?):
                left.utf8.count == right.utf8.count
                    && left.withUTF8 { left in right.withUTF8 { left.elementsEqual($0) } }
            default: false
            }
        }
    }

    /// The most authors kept: a conversation with more works out the others' bylines on each line, so a
    /// lookup stays a scan of a few keys however many authors a conversation has.
    static let capacity = 4

    private var bylines: [(key: Key, byline: MessageModel.Byline)] = []

    /// The byline of a line by `author`, worked out on the first line of that author.
    mutating func byline(of entry: TranscriptEntry, author: MessageAuthor, context: PageContext) -> MessageModel.Byline
    {
        let key = Key(
            role: entry.role, author: author, authorName: entry.authorName,
            authorSupportUserID: entry.authorSupportUserID)
        if let known = bylines.first(where: { $0.key == key }) { return known.byline }
        let byline = MessageModel.byline(of: entry, author: author, context: context)
        if bylines.count < Self.capacity { bylines.append((key, byline)) }
        return byline
    }
}
