import Foundation

extension MustacheLibrary {
    /// Loads every `*.mustache` file under a folder, recursively, reporting every problem at once.
    ///
    /// A template's name is its path relative to the folder without the extension, with `/`
    /// between folders: `Templates/partials/check-mark.mustache` is `partials/check-mark`.
    public init(folder: URL) throws(MustacheLoadError) {
        let root = folder.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw MustacheLoadError(errors: [
                MustacheError(template: "", line: 0, column: 0, reason: .unreadable(path: root.path))
            ])
        }
        var sources: [String: String] = [:]
        var errors: [MustacheError] = []
        for file in Self.templateFiles(under: root) {
            let parts = file.standardizedFileURL.deletingPathExtension().pathComponents
            let name = parts.dropFirst(root.pathComponents.count).joined(separator: "/")
            if let source = try? String(contentsOf: file, encoding: .utf8) {
                sources[name] = source
            } else {
                errors.append(MustacheError(template: name, line: 0, column: 0, reason: .unreadable(path: file.path)))
            }
        }
        let parsed = Self.parse(sources)
        errors += parsed.errors
        guard errors.isEmpty else { throw MustacheLoadError(errors: errors) }
        self.init(parsed: parsed.templates)
    }

    /// The `.mustache` files under a folder and its subfolders, sorted by path.
    private static func templateFiles(under root: URL) -> [URL] {
        let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [URL] = []
        while let file = found?.nextObject() as? URL {
            let isFile = (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile == true, file.pathExtension == "mustache" {
                files.append(file)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
