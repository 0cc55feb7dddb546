import Foundation

/// Relative links between two folders, so a published diff links into the NEW pages wherever both live.
enum RelativePath {
    /// The path from `folder` to `target`, ending in `/`: `../Output/` from `Diff` to `Output`.
    static func from(folder: String, to target: String) -> String {
        let from = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let parts = ups + to[common...]
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }
}
