import Foundation

/// `Tests/Fixtures/hostile-export`: an export whose every rendered field carries attack text.
///
/// Most payloads are one string tagged with the field's number (`alert(22)` for a ticket subject):
/// `<script>alert(n)</script>"><img src=x onerror=alert(n)>'</title><!--{{mustache}}` and a
/// right-to-left override, so a test can tell both that the field reached a page and that it reached
/// it as text. The folder's README lists which number is which field.
enum HostileExport {
    /// The fixture folder (outside every test target, so SwiftPM does not ask to bundle it).
    static let folder = PackagePaths.root.appendingPathComponent("Tests/Fixtures/hostile-export")

    /// A file whose name is itself an attack, added in memory (no such name belongs in a checkout): a
    /// stale copy of user 1002, so `duplicate-record` quotes the name on the diagnostics page.
    static let hostileFileName = (
        path: #"zendesk/"><img src=x onerror=alert(65)>.json"#,
        contents: #"{"users": [{"id": 1002, "name": "Web User stale copy", "role": "end-user"}]}"#
    )

    /// Tags of fields that reach at least one page as text.
    static let renderedTags =
        [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 27, 28, 29, 30, 31, 33]
        + [34, 35, 36, 37, 38, 39, 40, 41, 42, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 55, 57, 58, 59, 61, 62, 63, 65]
        + [66, 67, 68, 69, 70, 71, 72]
    /// Tags that must reach no page: script content inside input HTML, and stale copies that lost to a
    /// later file.
    static let absentTags = [12, 26, 54, 56, 60]

    /// Every file of the fixture as export-relative path → bytes, plus the hostile file name.
    static func files() throws -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = [(hostileFileName.path, Array(hostileFileName.contents.utf8))]
        let root = folder.standardizedFileURL
        let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = found?.nextObject() as? URL {
            let path = url.standardizedFileURL.pathComponents.dropFirst(root.pathComponents.count).joined(
                separator: "/")
            guard path.hasSuffix(".json") || path.hasSuffix(".ndjson") else { continue }
            files.append((path, [UInt8](try Data(contentsOf: url))))
        }
        return files
    }
}
