import AgentViewCore
import Mustache

/// What a message says, for a bubble: text, form fields, media and actions, all as escaped text.
///
/// Input HTML (a `html` message body, a comment's `html_body`) is turned into text, never emitted.
/// URLs become links only for https, http and mailto, and only where the page may link out.
struct MessageContentModel {
    let entry: TranscriptEntry
    let links: PageLinks

    /// The types shown in full; others show their text with a note naming the type.
    private static let knownTypes: Set<String> = ["text", "image", "file", "form", "formResponse", "html"]

    /// `{text, textParts, media, fields, hasFields, isForm, actions, hasActions, note}`; `textParts` is the
    /// text cut into runs `{string, href}`, a URL in it a link where the page may link out.
    var value: MustacheValue {
        let content = entry.content
        let fields = content.fields.map { field -> MustacheValue in
            ["label": .string(field.label ?? field.name ?? field.type), "value": MustacheValue(field.value)]
        }
        let actions = content.actions.map { action -> MustacheValue in
            [
                "text": .string(action.text ?? action.type), "uri": MustacheValue(action.uri),
                "href": MustacheValue(href(action.uri)),
            ]
        }
        return [
            "text": MustacheValue(text),
            "textParts": .list(textParts),
            "media": media,
            "fields": .list(fields),
            "hasFields": .bool(!fields.isEmpty),
            "isForm": .bool(content.type == "form"),
            "actions": .list(actions),
            "hasActions": .bool(!actions.isEmpty),
            "note": MustacheValue(
                Self.knownTypes.contains(content.type) ? nil : "A \(content.type) message, shown as text."),
        ]
    }

    /// The text to show: plain text as written, HTML bodies reduced to text.
    private var text: String? {
        let content = entry.content
        // A form response's text is a fallback that repeats its fields, which the bubble shows.
        if content.type == "formResponse", !content.fields.isEmpty { return nil }
        if let text = content.text, !text.isEmpty {
            return content.type == "html" ? HTMLText.plainText(text) : text
        }
        return entry.htmlBody.map(HTMLText.plainText)
    }

    /// The text's runs: with external links allowed each safe URL is a link, else the text is one run.
    private var textParts: [MustacheValue] {
        guard let text else { return [] }
        let parts = links.allowsExternalLinks ? TextLinks.parts(text) : [TextLinks.Part(text: text, href: nil)]
        return parts.map { ["string": .string($0.text), "href": MustacheValue($0.href)] }
    }

    /// An image or file: its alt text and its URL as text, a link only where allowed.
    private var media: MustacheValue {
        let content = entry.content
        guard content.mediaURL != nil || content.type == "image" || content.type == "file" else { return .null }
        return [
            "kind": .string(content.type == "file" ? "File" : "Image"),
            "alt": MustacheValue(content.altText),
            "url": MustacheValue(content.mediaURL),
            "href": MustacheValue(href(content.mediaURL)),
        ]
    }

    /// A URL from input as a link target, or nil to show it as text only.
    private func href(_ uri: String?) -> String? {
        links.allowsExternalLinks ? SafeLink.href(uri) : nil
    }
}
