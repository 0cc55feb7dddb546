import AgentViewCore
import Foundation
import Testing

/// Shared helpers for building small exports in memory and finding the shared real-world payloads.
enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/realworld`, beside the package, when present.
    static let realworld = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/realworld")

    /// Whether the shared real-world payloads are available (CI has them; a lone clone may not).
    static var hasRealworld: Bool { FileManager.default.fileExists(atPath: realworld.path) }

    /// The bytes of one real-world payload.
    static func realworldBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: realworld.appendingPathComponent(name)))
    }

    /// Loads in-memory files (relative path → JSON text).
    static func load(_ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Export {
        try ExportLoader().load(files: files.map { ($0.key, Array($0.value.utf8)) })
    }

    /// The load errors of in-memory files, as printed; records an issue if loading succeeded.
    static func loadErrors(_ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try ExportLoader().load(files: files.map { ($0.key, Array($0.value.utf8)) })
            Issue.record("expected the export to fail loading", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// The view of in-memory files under some settings.
    static func view(_ files: [String: String], settings: Settings = Settings(), sourceLocation: SourceLocation = #_sourceLocation) throws -> AgentView {
        AgentView(export: try load(files, sourceLocation: sourceLocation), settings: settings)
    }
}
