/// A key path into a JSON document, printed dotted with indices in brackets: `users[2].external_id`.
///
/// A record's reader makes one for every element of a list and every nested object it reads (`author`,
/// `content`, `source`), and the path is printed only in an error. So up to two components appended last are
/// held inline, beside the components before them, which are shared, and an index appended to an inline key
/// joins it: reading `messages[3].author.displayName` allocates nothing. An index folded into the shared
/// components at once, as it did before, cost two allocations for every element of every list.
struct JSONPath: Sendable, CustomStringConvertible {
    private enum Component: Sendable {
        case key(String)
        case index(Int)
        /// A key followed by an index, `messages[3]`: an element of the list under the key.
        case element(String, Int)
    }

    /// Every component but the inline ones, shared between the paths made from this one.
    private var shared: [Component] = []
    private var inline: (Component?, Component?) = (nil, nil)

    /// The document's root.
    static let root = JSONPath()

    /// Whether this is the document's root.
    var isRoot: Bool { shared.isEmpty && inline.0 == nil }

    /// This path followed by an object key.
    func appending(_ key: String) -> JSONPath { appending(.key(key)) }

    /// This path followed by an array index.
    func appending(index: Int) -> JSONPath {
        var copy = self
        switch inline {
        case (.key(let key)?, nil): copy.inline.0 = .element(key, index)
        case (let first?, .key(let key)?): copy.inline = (first, .element(key, index))
        default: return appending(.index(index))
        }
        return copy
    }

    private func appending(_ component: Component) -> JSONPath {
        var copy = self
        switch inline {
        case (nil, _): copy.inline = (component, nil)
        case (let first?, nil): copy.inline = (first, component)
        case (let first?, let second?):
            copy.shared.reserveCapacity(shared.count + 3)
            copy.shared.append(first)
            copy.shared.append(second)
            copy.shared.append(component)
            copy.inline = (nil, nil)
        }
        return copy
    }

    var description: String {
        var text = ""
        for component in shared + [inline.0, inline.1].compactMap({ $0 }) {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            case .element(let key, let index): text += (text.isEmpty ? key : "." + key) + "[\(index)]"
            }
        }
        return text.isEmpty ? "(root)" : text
    }
}
