/// What a message says, reduced to what an agent's transcript shows (the Sunshine Conversations API's `message`
/// schema).
public struct MessageContent: Sendable, Equatable {
    /// A button or link offered with a message.
    public struct Action: Sendable, Equatable {
        public var type: String
        public var text: String?
        /// A URL taken from input: shown as a link only for safe schemes, by the renderer.
        public var uri: String?
    }

    /// One field of a form or a form response.
    public struct Field: Sendable, Equatable {
        /// `text`, `email` or `select`.
        public var type: String
        public var name: String?
        public var label: String?
        /// The submitted value (form responses only).
        public var value: String?
    }

    /// `text`, `image`, `file`, `form`, `formResponse`, `carousel`, `list`, `location`, `template`, `html`, …
    public var type: String
    public var text: String?
    /// What only media, forms and messages with buttons carry, kept out of line: a transcript holds a million
    /// plain texts, and four more inline fields would make each of them, in the export and in the view, twice
    /// as large. Nil when all four are empty.
    private var extras: Extras?

    /// The out-of-line fields; immutable, so copies of a content share them safely.
    private final class Extras: Sendable {
        let mediaURL: String?
        let altText: String?
        let actions: [Action]
        let fields: [Field]

        init(mediaURL: String?, altText: String?, actions: [Action], fields: [Field]) {
            self.mediaURL = mediaURL
            self.altText = altText
            self.actions = actions
            self.fields = fields
        }
    }

    public var mediaURL: String? {
        get { extras?.mediaURL }
        set { setExtras(mediaURL: newValue, altText: altText, actions: actions, fields: fields) }
    }
    public var altText: String? {
        get { extras?.altText }
        set { setExtras(mediaURL: mediaURL, altText: newValue, actions: actions, fields: fields) }
    }
    public var actions: [Action] {
        get { extras?.actions ?? [] }
        set { setExtras(mediaURL: mediaURL, altText: altText, actions: newValue, fields: fields) }
    }
    public var fields: [Field] {
        get { extras?.fields ?? [] }
        set { setExtras(mediaURL: mediaURL, altText: altText, actions: actions, fields: newValue) }
    }

    private mutating func setExtras(mediaURL: String?, altText: String?, actions: [Action], fields: [Field]) {
        extras =
            mediaURL == nil && altText == nil && actions.isEmpty && fields.isEmpty
            ? nil : Extras(mediaURL: mediaURL, altText: altText, actions: actions, fields: fields)
    }

    /// Creates content.
    public init(
        type: String, text: String? = nil, mediaURL: String? = nil, altText: String? = nil, actions: [Action] = [],
        fields: [Field] = []
    ) {
        self.type = type
        self.text = text
        setExtras(mediaURL: mediaURL, altText: altText, actions: actions, fields: fields)
    }

    public static func == (lhs: MessageContent, rhs: MessageContent) -> Bool {
        lhs.type == rhs.type && lhs.text == rhs.text && lhs.mediaURL == rhs.mediaURL && lhs.altText == rhs.altText
            && lhs.actions == rhs.actions && lhs.fields == rhs.fields
    }

    /// The submitted value of the first field of a given type (`email`) or name, for provided profile data.
    public func submittedValue(type: String) -> String? {
        fields.first { $0.type == type && !($0.value ?? "").isEmpty }?.value
    }

    init(reading record: RecordReader) throws {
        type = try record.string("type") ?? "text"
        text = try record.string("text") ?? record.string("textFallback") ?? record.string("body")
        let mediaURL = try record.string("mediaUrl")
        let altText = try record.string("altText")
        let actions = try record.objects("actions").map { action in
            Action(
                type: try action.string("type") ?? "link", text: try action.string("text"),
                uri: try action.string("uri"))
        }
        let fields = try record.objects("fields").map { field in
            let fieldType = try field.string("type") ?? "text"
            // Form responses keep the value under a key named after the field type; selects under `select`.
            var value = field.text(fieldType) ?? field.text("text") ?? field.text("email")
            if value == nil, let selected = try field.objects("select").first {
                value = try selected.string("label") ?? selected.string("name")
            }
            return Field(
                type: fieldType, name: try field.string("name"), label: try field.string("label"), value: value)
        }
        setExtras(mediaURL: mediaURL, altText: altText, actions: actions, fields: fields)
    }
}
