import Foundation

/// Finds the export files under a folder, recursively, in a stable order.
enum ExportFileFinder {
    /// File extensions that hold export data, compared case-insensitively.
    static let extensions: Set<String> = ["json", "ndjson", "jsonl"]

    /// Relative paths (with `/`) of every export file, sorted; hidden files and folders are skipped.
    static func files(in directory: String) throws(LoadFailure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw LoadFailure(errors: [LoadError(path: directory, reason: .unreadable("no such folder"))])
        }
        guard isDirectory.boolValue else {
            throw LoadFailure(errors: [LoadError(path: directory, reason: .unreadable("not a folder"))])
        }
        var found: [String] = []
        var pending = [""]
        // A breadth-first walk with our own stack: symlinked folders are not followed, so no cycle is possible.
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? directory : directory + "/" + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: absolute)
            } catch {
                throw LoadFailure(errors: [LoadError(path: absolute, reason: .unreadable("the folder cannot be listed"))])
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + child)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    pending.append(child)
                } else if type == .typeRegular || type == .typeSymbolicLink,
                    let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased())
                {
                    found.append(child)
                }
            }
        }
        guard !found.isEmpty else {
            throw LoadFailure(errors: [LoadError(path: directory, reason: .noExportFiles)])
        }
        return found.sorted()
    }
}
