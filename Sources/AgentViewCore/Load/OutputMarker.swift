import Foundation

/// The file AgentView writes first into every folder it writes (`.agentview-output`): it says which command
/// wrote the folder, so that a later run replaces only AgentView's folders and never reads one as an export
/// (docs/rules.md §10 rule 11, §12 rule 1).
public enum OutputMarker {
    /// The marker's file name.
    public static let name = ".agentview-output"

    /// How the kind of a shard's folder begins (`shard 2/4`), which `render --shard` writes and others read.
    public static let shardKindPrefix = "shard "

    /// Whether `folder` holds the marker as a regular file (a link or a folder of that name is no marker).
    public static func isPresent(in folder: String) -> Bool {
        var status = stat()
        return lstat(folder + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// What wrote `folder`, as its marker names it in brackets (`site`, `diff`, `shard 2/4`); nil when the
    /// marker is missing or names nothing.
    public static func kind(in folder: String) -> String? {
        guard isPresent(in: folder), let handle = FileHandle(forReadingAtPath: folder + "/" + name) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 512)) ?? Data(), as: UTF8.self)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        return String(head[head.index(after: open)..<close])
    }
}
