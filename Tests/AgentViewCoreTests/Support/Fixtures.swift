import AgentViewCore
import Foundation
import Testing

/// Helpers for building small exports in memory and reading the project's real-shaped payloads.
enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/realworld`: one payload per API response shape, written by the project (see its README).
    static let realworld = packageRoot.appendingPathComponent("Tests/Fixtures/realworld")

    /// The bytes of one real-shaped payload; throws, failing the test, when the file is missing.
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
    static func view(
        _ files: [String: String], settings: Settings = Settings(), sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> AgentView {
        AgentView(export: try load(files, sourceLocation: sourceLocation), settings: settings)
    }
}
