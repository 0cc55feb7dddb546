/// The named values of a map: a handful of keys, looked up by name only.
///
/// A page model builds thousands of small maps per page and reads each key once or twice, so they are
/// kept as a list of pairs, not a hashed dictionary: building one is a couple of appends, with no
/// hashing, and a lookup compares lengths first. A key given twice keeps its last value, as in a
/// dictionary literal; two maps are equal when they map the same keys to the same values.
public struct MustacheMap: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The pairs in the order given: one array, so that a literal's own array is kept as it is and
    /// building a map allocates once.
    private var pairs: [(String, MustacheValue)]

    /// Creates a map from pairs; a key given twice keeps its last value.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        pairs = elements
    }

    /// Creates a map from pairs in any order; a key given twice keeps its last value.
    public init(pairs: [(String, MustacheValue)]) {
        self.pairs = pairs
    }

    /// Creates a map from a dictionary.
    public init(_ dictionary: [String: MustacheValue]) {
        pairs = dictionary.map { ($0.key, $0.value) }
    }

    /// The value of `key`, or nil when the map does not define it; setting adds or replaces it.
    public subscript(key: String) -> MustacheValue? {
        get { position(of: key).map { pairs[$0].1 } }
        set {
            if let index = position(of: key) {
                if let newValue {
                    pairs[index].1 = newValue
                } else {
                    pairs.remove(at: index)
                }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    /// Where the last pair for `key` is.
    private func position(of key: String) -> Int? {
        let length = key.utf8.count
        // Read in place: rendering looks up every tag's name here, and a bounds check per pair adds up.
        return pairs.withUnsafeBufferPointer { pairs in
            var index = pairs.count - 1
            while index >= 0 {
                if pairs[index].0.utf8.count == length && pairs[index].0 == key { return index }
                index -= 1
            }
            return nil
        }
    }

    /// Whether the map defines no key.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The map as a dictionary, the last value of a repeated key winning.
    public var dictionary: [String: MustacheValue] {
        Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    public static func == (left: MustacheMap, right: MustacheMap) -> Bool {
        left.dictionary == right.dictionary
    }
}
