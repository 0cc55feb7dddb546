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
