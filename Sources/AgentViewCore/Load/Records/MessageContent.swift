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
    public var mediaURL: String?
    public var altText: String?
    public var actions: [Action] = []
    public var fields: [Field] = []

    /// Creates content.
    public init(
        type: String, text: String? = nil, mediaURL: String? = nil, altText: String? = nil, actions: [Action] = [],
        fields: [Field] = []
    ) {
        self.type = type
        self.text = text
        self.mediaURL = mediaURL
        self.altText = altText
        self.actions = actions
        self.fields = fields
    }

    /// The submitted value of the first field of a given type (`email`) or name, for provided profile data.
    public func submittedValue(type: String) -> String? {
        fields.first { $0.type == type && !($0.value ?? "").isEmpty }?.value
    }

    init(reading record: RecordReader) throws {
        type = try record.string("type") ?? "text"
        text = try record.string("text") ?? record.string("textFallback") ?? record.string("body")
        mediaURL = try record.string("mediaUrl")
        altText = try record.string("altText")
        actions = try record.objects("actions").map { action in
            Action(
                type: try action.string("type") ?? "link", text: try action.string("text"),
                uri: try action.string("uri"))
        }
        fields = try record.objects("fields").map { field in
            let fieldType = try field.string("type") ?? "text"
            // Form responses keep the value under a key named after the field type; selects under `select`.
            var value = field.text(fieldType) ?? field.text("text") ?? field.text("email")
            if value == nil, let selected = try field.objects("select").first {
                value = try selected.string("label") ?? selected.string("name")
            }
            return Field(
                type: fieldType, name: try field.string("name"), label: try field.string("label"), value: value)
        }
    }
}
