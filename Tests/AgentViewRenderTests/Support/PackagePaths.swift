import Foundation

/// Folders of the package, found from this file's path so tests run from any working directory.
enum PackagePaths {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Templates/`, the source of the templates built into the binary.
    static let templates = root.appendingPathComponent("Templates")

    /// `Samples/`, the bundled sample export.
    static let samples = root.appendingPathComponent("Samples")

    /// The golden files of this test target.
    static let snapshots = root.appendingPathComponent("Tests/AgentViewRenderTests/__Snapshots__")
}
