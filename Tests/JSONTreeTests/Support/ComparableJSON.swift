import Foundation
import JSONTree

/// A JSON tree reduced to what two parsers must agree on, built from a ``JSONValue`` or from
/// what `JSONSerialization` returns.
///
/// Strings and keys are compared as UTF-8 bytes, not as `String`, whose `==` treats canonically
/// equivalent text (`é` and `e` + U+0301) as equal. Numbers are compared as the nearest `Double`,
/// or as "not a finite double" when a side cannot give one. An object keeps one value per key,
/// the last one written: `JSONSerialization` keeps the last of duplicate keys, and so does
/// ``JSONObject``'s subscript, although the ``JSONObject`` itself keeps every member.
indirect enum ComparableJSON: Equatable, CustomStringConvertible {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number as the nearest `Double`, or nil when it is not a finite one.
    case number(Double?)
    /// A string's UTF-8 bytes.
    case string([UInt8])
    /// An array's elements in order.
    case array([ComparableJSON])
    /// An object's members, by key bytes, the last of duplicate keys winning.
    case object([[UInt8]: ComparableJSON])

    /// The tree of a value `JSONReader` read.
    init(_ value: JSONValue) {
        switch value.kind {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number: self = .number(value.double)
        case .string(let text): self = .string(Array(text.utf8))
        case .array(let elements): self = .array(elements.map(ComparableJSON.init))
        case .object(let object):
            var members: [[UInt8]: ComparableJSON] = [:]
            for member in object.members {
                members[Array(member.key.utf8)] = ComparableJSON(member.value)
            }
            self = .object(members)
        }
    }

    /// The tree of what `JSONSerialization.jsonObject(with:options:)` returned, or nil for a type it should not give.
    init?(foundation value: Any) {
        switch value {
        case is NSNull:
            self = .null
        case let text as String:
            self = .string(Array(text.utf8))
        case let number as NSNumber:
            // On Linux `true` and `false` come back as NSNumber too; only booleans have the `char` type.
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue.isFinite ? number.doubleValue : nil)
            }
        case let elements as [Any]:
            var converted: [ComparableJSON] = []
            for element in elements {
                guard let element = ComparableJSON(foundation: element) else { return nil }
                converted.append(element)
            }
            self = .array(converted)
        case let object as [String: Any]:
            var members: [[UInt8]: ComparableJSON] = [:]
            for (key, member) in object {
                guard let member = ComparableJSON(foundation: member) else { return nil }
                members[Array(key.utf8)] = member
            }
            self = .object(members)
        default:
            return nil
        }
    }

    /// A compact JSON-like rendering, with strings shown as Swift would print them.
    var description: String {
        switch self {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): number.map { "\($0)" } ?? "<not a finite double>"
        case .string(let bytes): String(reflecting: String(decoding: bytes, as: UTF8.self))
        case .array(let elements): "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            "{"
                + members.map { (String(reflecting: String(decoding: $0.key, as: UTF8.self)), $0.value.description) }
                .sorted { $0.0 < $1.0 }.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        }
    }
}
