/// Parent ids given by the folder that holds a file (docs/rules.md §10).
///
/// Lists whose records do not carry their parent's id take it from the folder:
/// `…/conversations/<conversationId>/messages.json`, `…/users/<userId>/conversations.json`,
/// `…/tickets/<ticketId>/comments.json` (or `conversation_log.json`).
enum FolderParent {
    /// The folder names that hold per-parent lists.
    enum Collection: String {
        case tickets, users, conversations
    }

    /// The id named by the folder `<collection>/<id>/` directly above the file, if any.
    static func id(in relativePath: String, under collection: Collection) -> String? {
        var path = relativePath
        let asciiID = path.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? Optional(Self.id(inASCII: bytes, under: collection)) : nil
        }
        if let asciiID { return asciiID }
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard components.count >= 3, components[components.count - 3] == Substring(collection.rawValue) else {
            return nil
        }
        let id = String(components[components.count - 2])
        if collection == .tickets {
            return id.allSatisfy(\.isASCII) && id.allSatisfy(\.isNumber) && !id.isEmpty ? id : nil
        }
        return id.isEmpty ? nil : IDText.distinct(id)
    }

    /// The id of ``id(in:under:)`` in a path of ASCII bytes, read from its end.
    ///
    /// In ASCII every character is one byte, "\r\n" aside, and no character but "/" itself holds a "/": the
    /// components between the bytes "/" are those the split by characters gives, without its grapheme breaking,
    /// which cost 20,000 instructions a path, once for each file and once for each ticket audit.
    private static func id(inASCII path: UnsafeBufferPointer<UInt8>, under collection: Collection) -> String? {
        let slash = UInt8(ascii: "/")
        // The last three components that are not empty: the file, the id, then the collection.
        var idRange = 0..<0
        var index = path.count
        for component in 0..<3 {
            while index > 0 && path[index - 1] == slash { index -= 1 }
            guard index > 0 else { return nil }
            let end = index
            while index > 0 && path[index - 1] != slash { index -= 1 }
            if component == 1 { idRange = index..<end }
        }
        guard path[index...].prefix(while: { $0 != slash }).elementsEqual(collection.rawValue.utf8) else { return nil }
        let id = UnsafeBufferPointer(rebasing: path[idRange])
        if collection == .tickets {
            guard id.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return String(decoding: id, as: UTF8.self)
        }
        return IDText.distinct(String(decoding: id, as: UTF8.self))
    }

    /// Where the file should be, for the error message: `tickets/<ticketId>/comments.json`.
    static func expectedLocation(of relativePath: String, under collection: Collection) -> String {
        let fileName = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let placeholder: String
        switch collection {
        case .tickets: placeholder = "<ticketId>"
        case .users: placeholder = "<userId>"
        case .conversations: placeholder = "<conversationId>"
        }
        return "\(collection.rawValue)/\(placeholder)/\(fileName)"
    }
}
