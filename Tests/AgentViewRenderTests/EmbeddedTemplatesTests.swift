import Foundation
import Testing

@testable import AgentViewRender

/// The templates built into the binary are `Templates/`, file for file and byte for byte.
@Suite struct EmbeddedTemplatesTests {
    /// Every non-hidden file under `Templates/`, by relative path, as raw bytes.
    private func filesOnDisk() throws -> [String: [UInt8]] {
        let root = PackagePaths.templates.standardizedFileURL
        let found = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        var files: [String: [UInt8]] = [:]
        while let file = found?.nextObject() as? URL {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = file.standardizedFileURL.pathComponents.dropFirst(root.pathComponents.count).joined(
                separator: "/")
            files[path] = [UInt8](try Data(contentsOf: file))
        }
        return files
    }

    @Test func theBuiltInCopyIsExactlyTheTemplatesFolder() throws {
        let disk = try filesOnDisk()
        let rebuild = "Sources/AgentViewRender/EmbeddedTemplates.swift is out of date: run `swift run TemplateEmbedder`"
        #expect(Set(EmbeddedTemplates.files.keys) == Set(disk.keys), "\(rebuild)")
        for (path, bytes) in disk.sorted(by: { $0.key < $1.key }) {
            #expect(EmbeddedTemplates.files[path].map { Array($0.utf8) } == bytes, "\(path) differs: \(rebuild)")
        }
        #expect(disk["style.css"] != nil && disk["layout.mustache"] != nil)
    }
}
