import JSONTree

/// One entry of a snapshot's `settings`, kept as compact JSON text so that settings added later compare too.
public struct SnapshotSetting: Sendable, Equatable {
    /// The key as written: `activeTicketCap`, `messaging`, …
    public var name: String
    /// The value as one line of JSON: `100`, `"single"`, `["Web User *", "Visitor *"]`.
    public var value: String

    /// Creates a setting.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// The settings of a snapshot's `settings` object, in the order written.
    ///
    /// The redaction key's id is left out of `redaction`: `SnapshotDocument.redactionKeyID` holds it, and a
    /// diff names a change of key in words of its own rather than as two ids.
    static func all(in settings: SnapshotReader) -> [SnapshotSetting] {
        settings.object.keys.map { name in
            var value = settings.object[name]!
            if name == "redaction", var redaction = value.object {
                redaction.members.removeAll { $0.key == "keyId" }
                value = JSONValue(.object(redaction), offset: value.offset)
            }
            return SnapshotSetting(name: name, value: compact(value))
        }
    }

    /// One line of JSON; ``JSONWriter`` indents, which a one-line change would not survive.
    static func compact(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let literal): literal
        case .string(let text): quoted(text)
        case .array(let elements): "[" + elements.map(compact).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.keys.map { "\(quoted($0)): \(compact(object[$0]!))" }.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": result += "\\\(scalar)"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
