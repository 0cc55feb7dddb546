/// Where a JSON value is written event by event: a container opened, a key, a scalar, the container closed.
///
/// A document written once against this protocol can come out as a tree (`JSONTreeSink`, for a caller that
/// reads it back) or straight as bytes (`JSONByteSink`, laid out as `JSONWriter` lays out that tree), so the
/// two never disagree. Callers keep the events well formed: a key before each member's value, every
/// container closed, one value at the top.
public protocol JSONSink {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The key of the next member of the innermost object.
    mutating func key(_ key: String)
    mutating func string(_ text: String)
    mutating func bool(_ flag: Bool)
    /// A number literal, written unchecked as `JSONValue.Kind.number` is: it must be a valid JSON number.
    mutating func number(_ literal: String)
    mutating func null()
}

extension JSONSink {
    /// An object whose members `body` writes.
    @inline(__always)
    public mutating func object(_ body: (inout Self) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// An array whose elements `body` writes.
    @inline(__always)
    public mutating func array(_ body: (inout Self) -> Void) {
        beginArray()
        body(&self)
        endArray()
    }

    /// A member holding a string, or `null` when `text` is nil.
    @inline(__always)
    public mutating func member(_ key: String, _ text: String?) {
        self.key(key)
        if let text { string(text) } else { null() }
    }

    /// A member holding a boolean.
    @inline(__always)
    public mutating func member(_ key: String, _ flag: Bool) {
        self.key(key)
        bool(flag)
    }

    /// A member holding an integer, or `null` when `number` is nil.
    @inline(__always)
    public mutating func member(_ key: String, _ number: Int?) {
        self.key(key)
        if let number { self.number(String(number)) } else { null() }
    }

    /// A member holding an array of strings.
    @inline(__always)
    public mutating func member(_ key: String, strings: some Sequence<String>) {
        self.key(key)
        array { sink in for text in strings { sink.string(text) } }
    }

    /// A member holding an object whose members `body` writes.
    @inline(__always)
    public mutating func member(_ key: String, object body: (inout Self) -> Void) {
        self.key(key)
        object(body)
    }

    /// A member holding an array whose elements `body` writes.
    @inline(__always)
    public mutating func member(_ key: String, array body: (inout Self) -> Void) {
        self.key(key)
        array(body)
    }

    /// A value given as a tree, written event by event.
    public mutating func value(_ value: JSONValue) {
        switch value.kind {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let literal): number(literal)
        case .string(let text): string(text)
        case .array(let elements):
            array { sink in for element in elements { sink.value(element) } }
        case .object(let object):
            self.object { sink in
                for member in object.members {
                    sink.key(member.key)
                    sink.value(member.value)
                }
            }
        }
    }
}

/// Builds the tree of the events it is given.
public struct JSONTreeSink: JSONSink {
    /// A container still open, with what it holds so far. Changed in place through `open`'s subscript: popped
    /// off the stack to append and pushed back, its list was copied on every value, quadratic in its length.
    private struct Open {
        var isObject: Bool
        var members: [JSONObject.Member] = []
        var elements: [JSONValue] = []
        /// The key of the object's member whose value comes next.
        var key: String?
    }

    private var open: [Open] = []
    private var finished: JSONValue?

    public init() {}

    /// The value written; nil until one value is complete.
    public var value: JSONValue? { finished }

    public mutating func beginObject() { open.append(Open(isObject: true)) }

    public mutating func endObject() {
        let closed = open.removeLast()
        precondition(closed.isObject, "no object is open")
        add(JSONValue(.object(JSONObject(closed.members))))
    }

    public mutating func beginArray() { open.append(Open(isObject: false)) }

    public mutating func endArray() {
        let closed = open.removeLast()
        precondition(!closed.isObject, "no array is open")
        add(JSONValue(.array(closed.elements)))
    }

    public mutating func key(_ key: String) {
        precondition(open.last?.isObject == true, "a key outside an object")
        open[open.count - 1].key = key
    }

    public mutating func string(_ text: String) { add(JSONValue(.string(text))) }
    public mutating func bool(_ flag: Bool) { add(JSONValue(.bool(flag))) }
    public mutating func number(_ literal: String) { add(JSONValue(.number(literal))) }
    public mutating func null() { add(JSONValue(.null)) }

    /// Puts a finished value in the innermost open container, or makes it the result.
    private mutating func add(_ value: JSONValue) {
        guard !open.isEmpty else {
            finished = value
            return
        }
        let innermost = open.count - 1
        if open[innermost].isObject {
            guard let key = open[innermost].key else { preconditionFailure("a member's value without its key") }
            open[innermost].members.append(JSONObject.Member(key: key, value: value))
            open[innermost].key = nil
        } else {
            open[innermost].elements.append(value)
        }
    }
}
