/// How a user page with many tickets or a ticket page with many messages is split into parts of bounded
/// size (docs/rules.md §11 rule 7): the first part keeps the page's own path, so every link to the page still
/// works, and part `n` (from 1) of `tickets/5001.html` is `tickets/5001.page-2.html`.
///
/// A page's stem comes from `SafeFileName` and never holds a `.`, so a part's name can meet neither another
/// page's first part nor a part of another page.
public enum PagePart {
    /// The most messages one part of a ticket page shows. A message shows at most
    /// `messageContentBudget` characters of content, so a part stays under about 1 MB whatever the export.
    public static let messagesPerPart = 50

    /// The most rows one part of a user page's tickets table shows; subjects are cut like names.
    public static let ticketsPerPart = 250

    /// The most items a list of a user or ticket page shows besides its paged table and transcript
    /// (identities, linked messaging users, merged-away ids of one linked user, diagnostics); past it the
    /// page says how many more there are and where they all are.
    public static let listLimit = 100

    /// The most characters of a message's content (text, field labels and values, actions, media) a page
    /// shows; past it the message says how much more the export holds.
    public static let messageContentBudget = 2_000

    /// How many parts `rows` rows take at `perPart` a part: at least one.
    public static func count(_ rows: Int, perPart: Int) -> Int { max(1, (rows + perPart - 1) / perPart) }

    /// The path of part `part` (from 0) of the page at `first`, which ends in `.html`.
    public static func path(_ first: String, part: Int) -> String {
        guard part > 0 else { return first }
        return String(first.dropLast(".html".count)) + ".page-\(part + 1).html"
    }

    /// The part (from 0) showing the message at `position` of its ticket's transcript.
    public static func part(ofMessage position: Int) -> Int { position / messagesPerPart }
}

extension TicketView {
    /// The anchors of a transcript's messages, in order: `messageAnchor(for:)` for the first message with a
    /// given anchor, then `.2`, `.3`, … for the next ones (a hostile export repeating a message id, or two
    /// ids whose cleaned names meet), so that every anchor of a ticket's pages is unique and a link can open
    /// each occurrence. A `.` never appears in `messageAnchor(for:)`, so a suffixed anchor cannot
    /// be another message's: `-2` could, since `abc-2` is a message id of its own.
    public static func messageAnchors(_ ids: some Collection<String>) -> [String] {
        let repeats = repeatedAnchors(ids)
        return ids.enumerated().map { position, id in messageAnchor(for: id, occurrence: repeats[position] ?? 1) }
    }

    /// The positions of a transcript whose anchor an earlier message already has, with their occurrence (2,
    /// 3, …): what `messageAnchors` suffixes. Almost always empty, so a renderer can work it out once for a
    /// ticket of many parts and keep it while it writes them.
    public static func repeatedAnchors(_ ids: some Sequence<String>) -> [Int: Int] {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(ids.underestimatedCount)
        var repeats: [Int: Int] = [:]
        for (position, id) in ids.enumerated() {
            // Two anchors are equal when their stems are: counting stems saves building each anchor twice.
            let stem = SafeFileName.stem(for: id)
            let count = seen[stem, default: 0] + 1
            seen[stem] = count
            if count > 1 { repeats[position] = count }
        }
        return repeats
    }

    /// The anchor of the `occurrence`-th message (from 1) of a transcript with the anchor of `id`.
    public static func messageAnchor(for id: String, occurrence: Int) -> String {
        occurrence == 1 ? messageAnchor(for: id) : messageAnchor(for: id) + ".\(occurrence)"
    }

    /// The link to each message on the pages of a ticket whose first page is `page` and whose transcript is
    /// `ids`, in order: the part holding it and its own anchor (a repeated id's later occurrences have theirs).
    ///
    /// Parts are cut by position in the transcript, `PagePart.messagesPerPart` at a time, and `snapshot.json`
    /// lists each ticket's messages in that same order, so the links follow from the snapshot alone: the
    /// snapshot needs no field per message for them, and its shape stays as §11 rule 2 gives it.
    public static func messageLinks(ids: some Collection<String>, page: String) -> [String] {
        messageAnchors(ids).enumerated().map { position, anchor in
            PagePart.path(page, part: PagePart.part(ofMessage: position)) + "#" + anchor
        }
    }
}
