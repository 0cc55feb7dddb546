/// Who wrote a transcript line, as `snapshot.json` names them.
///
/// Typed so that pages look the author up instead of parsing a string; the string form
/// (`support:1`, `messaging:abc`, `agent:7`, `agent`, `bot`, `system`, `unknown`) exists only for the snapshot.
public enum MessageAuthor: Sendable, Hashable, CustomStringConvertible {
    /// An end user by key: the end user of the view that owns the author, or, when no view owns it,
    /// the key of the id the export names.
    case endUser(UserKey)
    /// An agent, by Support user id when the export names one.
    case agent(String?)
    case bot
    case system
    /// An end-user line with no author id and no requester to fall back on.
    case unknown

    public var description: String {
        switch self {
        case .endUser(let key): key.description
        case .agent(let id): id.map { "agent:\($0)" } ?? "agent"
        case .bot: "bot"
        case .system: "system"
        case .unknown: "unknown"
        }
    }
}
