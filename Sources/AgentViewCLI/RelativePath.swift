import Foundation

/// Relative links between two folders, so a published diff links into the NEW pages wherever both live.
enum RelativePath {
    /// The link from pages in `folder` to the folder `target`, ending in `/`: `../Output/` from `Diff` to
    /// `Output`.
    ///
    /// Worked out between the folders as the browser will find them: links in the paths are resolved (a
    /// `--out` under a linked folder, or under `/tmp` where it links elsewhere, would else point past the
    /// target), except `folder` itself, since a link there is replaced by the folder written (`OutputFolder`).
    /// Each name is percent-encoded, so a folder named `n#1?x` or `javascript:x` stays a path, not a fragment,
    /// a query or a scheme.
    static func from(folder: String, to target: String) -> String {
        let written = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = CanonicalPath.resolve(written.deletingLastPathComponent().path)
        let from = components(parent) + (written.path == "/" ? [] : [written.lastPathComponent])
        let to = components(CanonicalPath.resolve(target))
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let parts = ups + to[common...].map(encoded)
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }

    /// The characters a path segment keeps as they are: ASCII letters and digits and `-._~`. Everything
    /// else, `:` and `%` included, is percent-encoded as UTF-8.
    private static let kept = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encoded(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: kept) ?? segment
    }
}
