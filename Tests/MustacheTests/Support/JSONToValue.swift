import Foundation
import Mustache

/// Converts what `JSONSerialization` returns into a ``MustacheValue`` (test-only code).
enum JSONToValue {
    /// Converts a parsed JSON value; numbers keep the text they were written as.
    ///
    /// Foundation gives booleans as `NSNumber`s too; their Objective-C type `c` tells them
    /// apart from the number 1 or 0.
    static func convert(_ json: Any) -> MustacheValue {
        switch json {
        case let text as String:
            return .string(text)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" {
                return .bool(number.boolValue)
            }
            return .number(number.stringValue)
        case let list as [Any]:
            return .list(list.map(convert))
        case let map as [String: Any]:
            return .map(MustacheMap(map.mapValues(convert)))
        default:
            return .null
        }
    }
}
