import Foundation

/// Everything under a folder as relative path → what it is, read without following symbolic links,
/// so a test can say that a folder is byte for byte what it was.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    /// `file:<contents>`, `folder` or `link:<destination>` by relative path.
    var entries: [String: String]

    /// Reads `folder`; a missing folder is empty.
    init(_ folder: URL) {
        entries = [:]
        let manager = FileManager.default
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder.path : folder.path + "/" + relative
            for name in (try? manager.contentsOfDirectory(atPath: absolute)) ?? [] {
                let child = relative.isEmpty ? name : relative + "/" + name
                let path = folder.path + "/" + child
                switch (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType {
                case .typeDirectory?:
                    entries[child] = "folder"
                    pending.append(child)
                case .typeSymbolicLink?:
                    entries[child] = "link:" + ((try? manager.destinationOfSymbolicLink(atPath: path)) ?? "?")
                default:
                    let data = manager.contents(atPath: path) ?? Data()
                    entries[child] = "file:" + (String(data: data, encoding: .utf8) ?? "\(data.count) bytes")
                }
            }
        }
    }

    /// The relative paths, sorted.
    var paths: [String] { entries.keys.sorted() }

    var description: String { paths.map { "\($0) \(entries[$0]!)" }.joined(separator: "\n") }
}

/// A scratch folder for one test, removed when the test's closure returns.
func withScratchFolder<Result>(_ prefix: String, _ body: (URL) throws -> Result) throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// Writes text files (relative path → contents) under `folder`, creating folders as needed.
func writeFiles(_ files: [String: String], under folder: URL) throws {
    for (path, contents) in files {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }
}
