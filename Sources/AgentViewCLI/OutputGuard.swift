import Foundation

/// Refuses to replace a folder that does not look like AgentView's own output.
///
/// Output is swapped in whole, so `--out .` or `--out ~/Documents` by mistake would remove everything
/// there; a folder is replaced only when it is missing, empty, or holds one of our marker files.
enum OutputGuard {
    /// Why a folder is not replaced.
    struct Refusal: Error, CustomStringConvertible {
        let path: String
        let markers: [String]
        var description: String {
            "refusing to replace '\(path)': it is not empty and holds none of \(markers.map { "'\($0)'" }.joined(separator: ", ")), so it does not look like AgentView output"
        }
    }

    /// Throws unless `path` is missing, an empty folder, or a folder holding one of `markers`.
    static func check(_ path: String, markers: [String]) throws {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: path), !names.isEmpty else { return }
        if names.contains(where: markers.contains) { return }
        throw Refusal(path: path, markers: markers)
    }
}
