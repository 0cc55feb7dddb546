/// One JSON value together with the byte offset where it starts in the document it was read from.
///
/// The offset lets a consumer report a wrong type as `file:line:column` long after parsing (see
/// ``TextPosition``). Equality compares offsets too, so two equal documents read from different
/// places are different values; compare ``JSONWriter/serialize(_:)`` output to ignore positions.
public struct JSONValue: Sendable, Equatable {
    /// The JSON type of a value together with its content.
    public enum Kind: Sendable, Equatable {
        /// The literal `null`.
        case null
        /// The literal `true` or `false`.
        case bool(Bool)
        /// A number, kept as the literal exactly as written (`"85"`, `"-1.21e3"`), so that large
        /// IDs and decimals never pass through a lossy `Double`.
        case number(String)
        /// A string with its escapes decoded.
        case string(String)
        /// An array with its elements in source order.
        case array([JSONValue])
        /// An object with its members in source order, duplicates kept.
        case object(JSONObject)
    }

    /// What the value is.
    public var kind: Kind
    /// The byte offset of the value's first byte in the source buffer (`"`, `[`, `{`, `-`, a digit or a letter).
    public var offset: Int

    /// Creates a value; `offset` defaults to 0 for values built in code rather than read.
    public init(_ kind: Kind, offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }
}
