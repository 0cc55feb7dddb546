import Foundation

/// Folders of the package the hostile CLI tests read, found from this file's path.
enum HostilePaths {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/hostile-export`, whose every rendered field is an attack.
    static let hostileExport = root.appendingPathComponent("Tests/Fixtures/hostile-export")

    /// `Templates/`, copied and broken to make rendering fail half-way.
    static let templates = root.appendingPathComponent("Templates")

    /// A file name that is itself an attack, legal on Linux and macOS, written only into temporary folders.
    static let hostileFileName = #"zendesk/"><img src=x onerror=alert(65)>.json"#
}
