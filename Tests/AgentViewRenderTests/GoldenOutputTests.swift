import AgentViewCore
import Foundation
import Testing

@testable import AgentViewRender

/// The committed `Output/` is exactly what the sample renders to (issue 7, the golden snapshot).
///
/// On a mismatch it prints a unified diff of the first differing file and lists the others.
/// `SNAPSHOT_RECORD=1 swift test` rewrites `Output/` instead (refused when `CI` is set).
@Suite struct GoldenOutputTests {
    private static let output = PackagePaths.root.appendingPathComponent("Output")

    /// Every file the sample renders to: the pages, the stylesheet and `snapshot.json`.
    private func rendered() throws -> [String: String] {
        let site = try SampleSite.load()
        var files = site.pages.merging(site.assets) { page, _ in page }
        files["snapshot.json"] = Snapshot.json(of: site.view)
        return files
    }

    static let outputMarker = ".agentview-output"

    private func committed() throws -> [String: String] {
        var files: [String: String] = [:]
        let root = Self.output.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
        // The marker that lets `agentview` replace Output/ is the command's, not a page (CLI tests check it).
        for case let path as String in enumerator where path != Self.outputMarker {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            files[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
        return files
    }

    @Test func theCommittedOutputIsWhatTheSampleRendersTo() throws {
        let actual = try rendered()
        if GoldenFile.isRecording {
            // Everything but the marker goes, so that a plain `agentview` may still replace Output/.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: Self.output.path)) ?? []
            where name != Self.outputMarker {
                try FileManager.default.removeItem(at: Self.output.appendingPathComponent(name))
            }
            for (path, contents) in actual {
                let file = Self.output.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: file)
            }
            return
        }
        let expected = try committed()
        let missing = Set(actual.keys).subtracting(expected.keys).sorted()
        let stale = Set(expected.keys).subtracting(actual.keys).sorted()
        let differing = Set(actual.keys).intersection(expected.keys).filter { actual[$0] != expected[$0] }.sorted()
        #expect(
            missing.isEmpty,
            "rendered but not committed in Output/: \(missing.joined(separator: ", ")); run SNAPSHOT_RECORD=1 swift test"
        )
        #expect(stale.isEmpty, "committed in Output/ but no longer rendered: \(stale.joined(separator: ", "))")
        if let first = differing.first {
            let diff = LineDiff.unified(
                old: expected[first]!, new: actual[first]!, oldName: "Output/\(first)", newName: "rendered/\(first)")
            let others = differing.dropFirst().joined(separator: ", ")
            Issue.record(
                "Output/ is stale: \(differing.count) file(s) differ. First, \(first):\n\(diff)\(others.isEmpty ? "" : "\nAlso differ: \(others)")\nRun SNAPSHOT_RECORD=1 swift test (or swift run agentview) and commit Output/."
            )
        }
    }

    @Test func renderingTwiceInOneProcessGivesTheSameBytes() throws {
        let export = try ExportLoader().load(directory: PackagePaths.samples.path)
        let renderer = try makeRenderer(timeZone: "UTC")
        let first = try renderer.site(AgentView(export: export))
        let second = try renderer.site(AgentView(export: try ExportLoader().load(directory: PackagePaths.samples.path)))
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.contents) == second.map(\.contents))
    }

    @Test func theGenerationTimeAppearsOnlyWhenAsked() throws {
        let site = try SampleSite.load()
        let user = try #require(site.view.users.first)
        let time = try #require(Timestamp(iso8601: "2026-11-21T09:30:00Z"))
        let plain = try site.renderer.report(for: user, in: site.view)
        let dated = try #require(
            PageRenderer(templates: try TemplateSet.builtIn(), timeZone: "Europe/Berlin", generatedAt: time))
        #expect(!plain.contains("Generated at"))
        #expect(
            try dated.report(for: user, in: site.view).contains(
                // To the second, the shown time is a valid datetime itself: no `datetime` attribute repeats it.
                #"Generated at <time>2026-11-21 10:30:00+01:00</time>."#))
    }
}
