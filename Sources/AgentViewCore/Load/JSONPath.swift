/// A key path into a JSON document, printed dotted with indices in brackets: `users[2].external_id`.
///
/// A record's reader makes one for every nested object it reads (`author`, `content`, `source`), and the
/// path is printed only in an error. So up to two keys appended last are held inline, beside the components
/// before them, which are shared: reading `messages[3].author.user` allocates only for `messages[3]`. An
/// index, which starts the path of one element of a list, is stored with the shared components at once.
struct JSONPath: Sendable, CustomStringConvertible {
    private enum Component: Sendable {
        case key(String)
        case index(Int)
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
    func appending(index: Int) -> JSONPath { appending(.index(index)) }

    private func appending(_ component: Component) -> JSONPath {
        var copy = self
        switch (inline, component) {
        case ((nil, _), .key): copy.inline = (component, nil)
        case ((let first?, nil), .key): copy.inline = (first, component)
        default:
            copy.shared.append(contentsOf: [inline.0, inline.1, component].compactMap { $0 })
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
            }
        }
        return text.isEmpty ? "(root)" : text
    }
}
