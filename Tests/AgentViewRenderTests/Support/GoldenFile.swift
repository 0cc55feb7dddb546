import Foundation
import Testing

/// Compares rendered text to a golden file under `__Snapshots__/`, with a unified diff on mismatch.
///
/// `SNAPSHOT_RECORD=1 swift test` rewrites the golden files instead of comparing; it is refused
/// when `CI` is set, so CI always compares.
enum GoldenFile {
    /// Whether this run rewrites golden files.
    static var isRecording: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["SNAPSHOT_RECORD"] == "1" && environment["CI"] == nil
    }

    /// Expects `actual` to equal the golden file at `path` (relative to `__Snapshots__/`), or records it.
    static func expect(_ actual: String, matches path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = PackagePaths.snapshots.appendingPathComponent(path)
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
            } catch {
                Issue.record("cannot record \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path),
            let expected = String(data: data, encoding: .utf8)
        else {
            Issue.record(
                "no golden file \(path); record it with SNAPSHOT_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let diff = LineDiff.unified(old: expected, new: actual, oldName: "__Snapshots__/\(path)", newName: "rendered")
        Issue.record(
            "\(path) differs from its golden file (SNAPSHOT_RECORD=1 swift test rewrites it):\n\(diff)",
            sourceLocation: sourceLocation)
    }
}
