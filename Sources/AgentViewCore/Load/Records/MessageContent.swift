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
    public var type: String {
        get { Self.typeText(typeCode) ?? extras?.uncommonType ?? "" }
        set {
            typeCode = Self.typeCode(newValue)
            setExtras(mediaURL: mediaURL, altText: altText, actions: actions, fields: fields, type: newValue)
        }
    }
    /// The text; read from the export file again when it was left there (`MessageText`).
    public var text: String? {
        get { storedText.text }
        set { storedText = MessageText(newValue) }
    }
    private(set) var storedText: MessageText
    /// `type` as one byte when it holds a common value (`typeText(_:)`), else `uncommonCode` with the text in
    /// `extras`: a 16-byte string in each of a million messages made room for a text's place in its file.
    /// Declared after the text, so that it takes the text's spare byte.
    private var typeCode: UInt8
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
        /// The type, when no common code holds it.
        let uncommonType: String?

        init(mediaURL: String?, altText: String?, actions: [Action], fields: [Field], uncommonType: String?) {
            self.mediaURL = mediaURL
            self.altText = altText
            self.actions = actions
            self.fields = fields
            self.uncommonType = uncommonType
        }
    }

    /// The code of a type that `extras` holds.
    private static let uncommonCode = UInt8.max

    // Matched by `switch`, as `Message`'s codes are: a static list read per message retained and released it.

    private static func typeCode(_ text: String) -> UInt8 {
        switch text {
        case "text": 0
        case "image": 1
        case "file": 2
        case "form": 3
        case "formResponse": 4
        case "html": 5
        case "carousel": 6
        case "list": 7
        case "location": 8
        case "template": 9
        default: uncommonCode
        }
    }

    private static func typeText(_ code: UInt8) -> String? {
        switch code {
        case 0: "text"
        case 1: "image"
        case 2: "file"
        case 3: "form"
        case 4: "formResponse"
        case 5: "html"
        case 6: "carousel"
        case 7: "list"
        case 8: "location"
        case 9: "template"
        default: nil
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

    /// Sets the out-of-line fields; `type` is kept there only when no code holds it.
    private mutating func setExtras(
        mediaURL: String?, altText: String?, actions: [Action], fields: [Field], type: String? = nil
    ) {
        let uncommonType = typeCode == Self.uncommonCode ? type ?? extras?.uncommonType : nil
        extras =
            mediaURL == nil && altText == nil && actions.isEmpty && fields.isEmpty && uncommonType == nil
            ? nil
            : Extras(
                mediaURL: mediaURL, altText: altText, actions: actions, fields: fields, uncommonType: uncommonType)
    }

    /// Creates content.
    public init(
        type: String, text: String? = nil, mediaURL: String? = nil, altText: String? = nil, actions: [Action] = [],
        fields: [Field] = []
    ) {
        self.init(
            type: type, storedText: MessageText(text), mediaURL: mediaURL, altText: altText, actions: actions,
            fields: fields)
    }

    /// Creates content whose text may be left in its file.
    init(
        type: String, storedText: MessageText, mediaURL: String?, altText: String?, actions: [Action] = [],
        fields: [Field] = []
    ) {
        typeCode = Self.typeCode(type)
        self.storedText = storedText
        setExtras(mediaURL: mediaURL, altText: altText, actions: actions, fields: fields, type: type)
    }

    /// Whether the text is left in its export file, to be read when a page shows it.
    var isTextInFile: Bool {
        if case .inFile = storedText { true } else { false }
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
        let type = try record.string("type") ?? "text"
        let text = try record.string("text") ?? record.string("textFallback") ?? record.string("body")
        let mediaURL = try record.string("mediaUrl")
        let altText = try record.string("altText")
        let actions = try record.objects("actions").map { action in
            // The conversation log writes an action as one member named after its type, holding the rest:
            // `{"reply": {"text": "Talk to a human", "payload": …}}`; Sunshine Conversations as `type` beside them.
            if try action.string("type") == nil, action.object.members.count == 1,
                let member = action.object.members.first, let inner = try action.object(member.key)
            {
                return Action(type: member.key, text: try inner.string("text"), uri: try inner.string("uri"))
            }
            return Action(
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
        self.init(
            type: type, storedText: MessageText(text), mediaURL: mediaURL, altText: altText, actions: actions,
            fields: fields)
    }
}
