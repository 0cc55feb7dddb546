/// Why a byte buffer is not one strict RFC 8259 JSON document, and where.
///
/// Turn ``offset`` into a line and column with ``TextPosition/init(offset:in:)`` only when
/// reporting, so that parsing never pays for line counting.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The byte offset of the offending byte in the whole buffer, or the buffer's (or NDJSON line's) end.
    public var offset: Int
    /// What is wrong.
    public var reason: Reason

    /// Creates an error at `offset`.
    public init(offset: Int, reason: Reason) {
        self.offset = offset
        self.reason = reason
    }

    /// The reason's text: lowercase, no final period, user input in single quotes.
    public var description: String {
        reason.description
    }
}
