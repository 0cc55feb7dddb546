import Digest
import Foundation
import Mustache

/// The templates and stylesheet pages are rendered with: a copy of `Templates/`.
///
/// Every `*.mustache` file is a template named by its path without the extension
/// (`partials/essentials-card`); `style.css` is the stylesheet of every page. The binary
/// carries `Templates/` itself (``builtIn()``); `--templates DIR` reads an edited copy instead.
public struct TemplateSet: Sendable {
    /// The parsed templates.
    let library: MustacheLibrary
    /// The CSS of every page: the site's `assets/agentview.css`, and the `<style>` block of a one-user
    /// report or a diff page. Only ever this file, never input data.
    let stylesheet: String
    /// Where the templates came from, for error messages; nil for the built-in copy.
    let folder: String?
    /// A digest of every file of the set, so that shards rendered with other templates are told apart.
    public let fingerprint: String

    /// The name of the stylesheet file in a template folder.
    static let stylesheetFile = "style.css"

    /// The templates built into the binary (`Templates/` when it was built).
    public static func builtIn() throws(TemplateError) -> TemplateSet {
        try TemplateSet(files: EmbeddedTemplates.files, folder: nil)
    }

    /// Reads a folder laid out like `Templates/`, such as a user's edited copy.
    public init(folder: URL) throws(TemplateError) {
        let (files, errors) = Self.read(folder: folder)
        guard errors.isEmpty else { throw TemplateError(folder: folder.path, errors: errors) }
        try self.init(files: files, folder: folder.path)
    }

    /// Parses template files given as relative path → contents.
    init(files: [String: String], folder: String?) throws(TemplateError) {
        var sources: [String: String] = [:]
        for (path, contents) in files where path.hasSuffix(".mustache") {
            sources[String(path.dropLast(".mustache".count))] = contents
        }
        guard let stylesheet = files[Self.stylesheetFile] else {
            let path = (folder ?? "Templates") + "/" + Self.stylesheetFile
            throw TemplateError(
                folder: folder,
                errors: [MustacheError(template: "", line: 0, column: 0, reason: .unreadable(path: path))])
        }
        do {
            // Pages drop the indentation that keeps templates readable: 7% of a ticket page's bytes.
            library = try MustacheLibrary(templates: sources, keepIndentation: false)
        } catch {
            throw TemplateError(folder: folder, errors: error.errors)
        }
        self.stylesheet = stylesheet
        self.folder = folder
        var digest = SHA256()
        for path in files.keys.sorted() {
            digest.update(path.utf8)
            digest.update([0])
            digest.update(files[path]!.utf8)
            digest.update([0])
        }
        fingerprint = digest.finalize().hexadecimal
    }

    /// Renders a template in strict mode: a name no value defines is an error, never empty text.
    func render(_ name: String, _ context: MustacheValue) throws(TemplateError) -> String {
        do {
            return try library.render(name, context, strict: true)
        } catch {
            throw TemplateError(folder: folder, errors: [error])
        }
    }

    /// Renders a template in strict mode into a caller's buffer, replacing what it held.
    func render(_ name: String, _ context: MustacheValue, into buffer: inout [UInt8]) throws(TemplateError) {
        do {
            try library.render(name, context, into: &buffer, strict: true)
        } catch {
            throw TemplateError(folder: folder, errors: [error])
        }
    }

    /// The non-hidden files under a folder as relative path → UTF-8 text, and the ones that cannot be read.
    private static func read(folder: URL) -> (files: [String: String], errors: [MustacheError]) {
        let root = folder.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            return ([:], [MustacheError(template: "", line: 0, column: 0, reason: .unreadable(path: folder.path))])
        }
        var files: [String: String] = [:]
        var errors: [MustacheError] = []
        let found = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let file = found?.nextObject() as? URL {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = file.standardizedFileURL.pathComponents.dropFirst(root.pathComponents.count).joined(
                separator: "/")
            if let data = FileManager.default.contents(atPath: file.path),
                let text = String(data: data, encoding: .utf8)
            {
                files[path] = text
            } else {
                errors.append(MustacheError(template: "", line: 0, column: 0, reason: .unreadable(path: file.path)))
            }
        }
        return (files, errors)
    }
}
