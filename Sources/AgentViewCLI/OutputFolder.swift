import Foundation

/// Writes a rendered folder atomically: into a temporary folder beside the target, then swapped in.
///
/// When anything fails, the previous output stays untouched and the temporary folder is removed, so a
/// reader never sees half-written output.
struct OutputFolder {
    /// The folder to replace.
    let path: String

    /// Writes `files` (relative path → contents) as the new content of the folder.
    func replace(with files: [(path: String, contents: String)]) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).agentview-new-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).agentview-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                let destination = staging.appendingPathComponent(file.path)
                // File names come from SafeFileName, but check once more that nothing escapes the folder.
                guard destination.standardizedFileURL.path.hasPrefix(staging.standardizedFileURL.path + "/") else {
                    throw CocoaError(.fileWriteInvalidFileName)
                }
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: destination)
            }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
                try? manager.removeItem(at: retired)
                try manager.moveItem(at: target, to: retired)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: retired, to: target)
                    throw error
                }
                try? manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}
