import AgentViewCore
import Foundation
import Testing

/// The sample export, damaged at random with fixed seeds: the loader never crashes, and either loads
/// (then the model, the diagnostics and the snapshot are built without crashing) or reports errors in
/// the damaged file, each syntax error at a line and column inside it.
@Suite("Fuzzed sample export")
struct ExportFuzzTests {
    /// Every file of `Samples/` as export-relative path → bytes, read once.
    static let sample = Result { () throws -> [(path: String, bytes: [UInt8])] in
        let root = Fixtures.packageRoot.appendingPathComponent("Samples").standardizedFileURL
        var files: [(path: String, bytes: [UInt8])] = []
        let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = found?.nextObject() as? URL {
            let path = url.standardizedFileURL.pathComponents.dropFirst(root.pathComponents.count).joined(
                separator: "/")
            guard path.hasSuffix(".json") || path.hasSuffix(".ndjson") else { continue }
            files.append((path, [UInt8](try Data(contentsOf: url))))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// One file damaged by one to three mutations, loaded on its own (its folder still gives parent ids).
    @Test("A damaged file loads or fails at a place inside it", arguments: [1, 2, 3, 4] as [UInt64])
    func damagedFile(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let sample = try Self.sample.get()
        var outcomes = (loaded: 0, failed: 0)
        for iteration in 0..<1_000 {
            var file = random.pick(sample)
            var applied: [String] = []
            for _ in 0..<random.int(in: 1...3) { applied.append(JSONMutator.mutate(&file.bytes, using: &random)) }
            let context = "seed \(seed), iteration \(iteration), \(file.path): \(applied.joined(separator: "; "))"
            if expectLoadsOrLocates([file], damaged: file, context) {
                outcomes.loaded += 1
            } else {
                outcomes.failed += 1
            }
        }
        // Both outcomes occur, or the mutations are too weak or too strong to test anything.
        #expect(outcomes.loaded > 100 && outcomes.failed > 100, "\(outcomes)")
    }

    /// Occasionally the whole sample with one damaged file, so damage meets every other record.
    @Test("The whole sample with a damaged file loads or fails only in that file", arguments: [5, 6] as [UInt64])
    func damagedExport(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let sample = try Self.sample.get()
        for iteration in 0..<25 {
            var files = sample
            let index = random.int(in: 0...(files.count - 1))
            let mutation = JSONMutator.mutate(&files[index].bytes, using: &random)
            expectLoadsOrLocates(
                files, damaged: files[index], "seed \(seed), iteration \(iteration), \(files[index].path): \(mutation)")
        }
    }

    /// Loads `files`; on success builds everything the renderer reads, on failure checks every error.
    /// Returns whether the files loaded.
    @discardableResult
    private func expectLoadsOrLocates(
        _ files: [(path: String, bytes: [UInt8])], damaged: (path: String, bytes: [UInt8]), _ context: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        do {
            let export = try ExportLoader().load(files: files)
            let view = AgentView(export: export)
            _ = view.diagnostics
            _ = Snapshot.json(of: view)
            return true
        } catch {
            let lines = damaged.bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1
            #expect(!error.errors.isEmpty, "\(context)", sourceLocation: sourceLocation)
            for problem in error.errors {
                #expect(
                    problem.path == "export/" + damaged.path, "\(problem) after \(context)",
                    sourceLocation: sourceLocation)
                if case .syntax = problem.reason {
                    #expect(
                        problem.line != nil && problem.column != nil, "\(problem) after \(context)",
                        sourceLocation: sourceLocation)
                }
                if let line = problem.line, let column = problem.column {
                    #expect(
                        (1...lines).contains(line) && column >= 1, "\(problem) after \(context)",
                        sourceLocation: sourceLocation)
                }
                // A message reaches a terminal: no raw control character may ride along.
                #expect(
                    !problem.description.unicodeScalars.contains {
                        $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                    },
                    "\(problem.description.debugDescription) after \(context)", sourceLocation: sourceLocation)
            }
            return false
        }
    }
}
