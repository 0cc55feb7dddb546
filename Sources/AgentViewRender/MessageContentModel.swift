import AgentViewCore
import Mustache

/// What a message says, for a bubble: text, form fields, media and actions, all as escaped text.
///
/// Input HTML (a `html` message body, a comment's `html_body`) is turned into text, never emitted.
/// URLs become links only for https, http and mailto, and only where the page may link out.
///
/// A bubble shows at most `PagePart.messageContentBudget` characters of what the message holds, spent in the
/// order the bubble shows it (text, media, fields, actions, each field or action costing `itemCost` more for its
/// markup), and says how much more the export holds: so a part of a ticket page stays bounded whatever one
/// message weighs (docs/rules.md §11).
struct MessageContentModel {
    /// What the message holds, and a comment's HTML body: the only parts of its line the content shows, kept
    /// instead of the whole entry, whose every text a bubble would otherwise retain and release again.
    let content: MessageContent
    let htmlBody: String?
    let links: PageLinks

    /// The content of a transcript line, on a page with `links`.
    init(entry: TranscriptEntry, links: PageLinks) {
        content = entry.content
        htmlBody = entry.htmlBody
        self.links = links
    }

    /// Whether a message of this type shows in full; others show their text with a note naming the type.
    private static func isKnown(_ type: String) -> Bool {
        // A switch, not a set: nearly every message is `text`, which one comparison finds without hashing.
        switch type {
        case "text", "image", "file", "form", "formResponse", "html": true
        default: false
        }
    }

    /// What one field or action costs of the budget besides its text, so that a message of a million empty
    /// fields shows a bounded number of them.
    static let itemCost = 50

    /// `{text, textParts, media, fields, hasFields, isForm, actions, hasActions, note, cut}`; `textParts` is the
    /// text cut into runs `{string, href}`, a URL in it a link where the page may link out; `cut` says what the
    /// budget left out.
    var value: MustacheValue {
        var budget = ContentBudget(left: PagePart.messageContentBudget)
        let text = self.text.map { budget.take($0) }
        let media = self.media(&budget)
        var fields: [MustacheValue] = []
        for field in content.fields {
            let label = field.label ?? field.name ?? field.type
            guard budget.startItem(cost: Self.itemCost, [label, field.value ?? ""]) else { continue }
            fields.append([
                "label": .string(budget.take(label)), "value": MustacheValue(field.value.map { budget.take($0) }),
            ])
        }
        var actions: [MustacheValue] = []
        for action in content.actions {
            let label = action.text ?? action.type
            guard budget.startItem(cost: Self.itemCost, [label, action.uri ?? ""]) else { continue }
            let uri = action.uri.map { budget.take($0) }
            actions.append([
                "text": .string(budget.take(label)), "uri": MustacheValue(uri),
                // The link goes to the whole URI; only its text is cut.
                "href": MustacheValue(uri == action.uri ? href(action.uri) : nil),
            ])
        }
        return [
            "text": MustacheValue(text),
            "textParts": .list(textParts(text)),
            "media": media,
            "fields": .list(fields),
            "hasFields": .bool(!fields.isEmpty),
            "isForm": .bool(content.type == "form"),
            "actions": .list(actions),
            "hasActions": .bool(!actions.isEmpty),
            "note": MustacheValue(
                Self.isKnown(content.type)
                    ? nil : "A \(LookalikeText.cut(content.type)) message, shown as text."),
            "cut": MustacheValue(budget.summary),
        ]
    }

    /// The text to show: plain text as written, HTML bodies reduced to text.
    private var text: String? {
        // A form response's text is a fallback that repeats its fields, which the bubble shows.
        if content.type == "formResponse", !content.fields.isEmpty { return nil }
        if let text = content.text, !text.isEmpty {
            return content.type == "html" ? HTMLText.plainText(text) : text
        }
        return htmlBody.map(HTMLText.plainText)
    }

    /// The text's runs: with external links allowed each safe URL is a link, else the text is one run.
    private func textParts(_ text: String?) -> [MustacheValue] {
        guard let text else { return [] }
        let run = { (text: String, href: String?) -> MustacheValue in
            ["string": .string(text), "href": MustacheValue(href)]
        }
        return links.allowsExternalLinks ? TextLinks.parts(text, as: run) : [run(text, nil)]
    }

    /// An image or file: its alt text and its URL as text, a link only where allowed.
    private func media(_ budget: inout ContentBudget) -> MustacheValue {
        guard content.mediaURL != nil || content.type == "image" || content.type == "file" else { return .null }
        let url = content.mediaURL.map { budget.take($0) }
        return [
            "kind": .string(content.type == "file" ? "File" : "Image"),
            "alt": MustacheValue(content.altText.map { budget.take($0) }),
            "url": MustacheValue(url),
            "href": MustacheValue(url == content.mediaURL ? href(content.mediaURL) : nil),
        ]
    }

    /// A URL from input as a link target, or nil to show it as text only.
    private func href(_ uri: String?) -> String? {
        links.allowsExternalLinks ? SafeLink.href(uri) : nil
    }
}

/// What is left of a bubble's characters (`PagePart.messageContentBudget`), and what it left out.
struct ContentBudget {
    /// Unicode scalars still to show.
    var left: Int
    /// Bytes of the message not shown.
    private(set) var cutBytes = 0
    /// Fields and actions not shown at all.
    private(set) var cutItems = 0

    /// `value`, or its first `left` scalars and "…" when longer; costs O(`left`) however long `value` is.
    mutating func take(_ value: String) -> String {
        // Most values fit: one of no more bytes than scalars left surely does, and its scalars are its bytes
        // that start one, counted in a pass over the bytes instead of a walk scalar by scalar.
        let utf8 = value.utf8
        if utf8.count <= left {
            left -=
                utf8.withContiguousStorageIfAvailable(Self.scalarCount)
                ?? Array(utf8).withUnsafeBufferPointer(Self.scalarCount)
            return value
        }
        let scalars = value.unicodeScalars
        var end = scalars.startIndex
        var count = 0
        while count < left, end != scalars.endIndex {
            scalars.formIndex(after: &end)
            count += 1
        }
        left -= count
        guard end != scalars.endIndex else { return value }
        let head = String(scalars[..<end])
        cutBytes += value.utf8.count - head.utf8.count
        return head + "…"
    }

    /// How many Unicode scalars valid UTF-8 bytes hold: the bytes that do not continue a scalar.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Eight bytes at a time, since every bubble's text is counted: a byte continues a scalar when its top
        // bits are 10, so its bit 7 is set where its bit 6, shifted up by one, is not. Bit 7 of one byte shifts
        // into bit 0 of the next, which the mask leaves out, so the byte order of the word does not matter.
        let raw = UnsafeRawBufferPointer(bytes)
        var continuing = 0
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // Most words are ASCII, which continues nothing: the bit count is only taken when a byte is not.
            if word & 0x8080_8080_8080_8080 != 0 {
                continuing += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            }
            offset += 8
        }
        for byte in raw[offset...] where byte & 0b1100_0000 == 0b1000_0000 { continuing += 1 }
        return raw.count - continuing
    }

    /// Whether a field or action still shows: it costs `cost`; when nothing is left it is counted as cut,
    /// with its texts' bytes.
    mutating func startItem(cost: Int, _ texts: [String]) -> Bool {
        guard left > 0 else {
            cutItems += 1
            cutBytes += texts.reduce(0) { $0 + $1.utf8.count }
            return false
        }
        left = max(0, left - cost)
        return true
    }

    /// What the bubble says it left out; nil when it shows everything.
    var summary: String? {
        guard cutBytes > 0 || cutItems > 0 else { return nil }
        let items = cutItems == 0 ? "" : cutItems == 1 ? " (1 field or action)" : " (\(cutItems) fields or actions)"
        return "Cut: \(cutBytes) more bytes\(items) in the export than a page shows."
    }
}
