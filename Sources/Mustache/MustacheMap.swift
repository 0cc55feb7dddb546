/// The named values of a map: a handful of keys, looked up by name only.
///
/// A page model builds thousands of small maps per page and reads each key once or twice, so they are
/// kept as a list of pairs, not a hashed dictionary: building one is a couple of appends, with no
/// hashing, and a lookup compares lengths first. A key given twice keeps its last value, as in a
/// dictionary literal; two maps are equal when they map the same keys to the same values.
public struct MustacheMap: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var keys: [String]
    private var values: [MustacheValue]

    /// Creates a map from pairs; a key given twice keeps its last value.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        keys = elements.map(\.0)
        values = elements.map(\.1)
    }

    /// Creates a map from pairs in any order; a key given twice keeps its last value.
    public init(pairs: [(String, MustacheValue)]) {
        keys = pairs.map(\.0)
        values = pairs.map(\.1)
    }

    /// Creates a map from a dictionary.
    public init(_ dictionary: [String: MustacheValue]) {
        keys = Array(dictionary.keys)
        values = keys.map { dictionary[$0]! }
    }

    /// The value of `key`, or nil when the map does not define it; setting adds or replaces it.
    public subscript(key: String) -> MustacheValue? {
        get { position(of: key).map { values[$0] } }
        set {
            if let index = position(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Where the last pair for `key` is.
    private func position(of key: String) -> Int? {
        let length = key.utf8.count
        var index = keys.count - 1
        while index >= 0 {
            if keys[index].utf8.count == length && keys[index] == key { return index }
            index -= 1
        }
        return nil
    }

    /// Whether the map defines no key.
    public var isEmpty: Bool { keys.isEmpty }

    /// The map as a dictionary, the last value of a repeated key winning.
    public var dictionary: [String: MustacheValue] {
        Dictionary(zip(keys, values), uniquingKeysWith: { _, last in last })
    }

    public static func == (left: MustacheMap, right: MustacheMap) -> Bool {
        left.dictionary == right.dictionary
    }
}
