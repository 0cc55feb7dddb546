/// A key path into a JSON document, printed dotted with indices in brackets: `users[2].external_id`.
struct JSONPath: Sendable, CustomStringConvertible {
    private enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    private var components: [Component] = []

    /// The document's root.
    static let root = JSONPath()

    /// Whether this is the document's root.
    var isRoot: Bool { components.isEmpty }

    /// This path followed by an object key.
    func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    /// This path followed by an array index.
    func appending(index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(root)" : text
    }
}
