import AgentViewCLI
import Foundation
import Testing

/// The `agentview` executable built beside the test bundle, if any.
enum AgentViewBinary {
    static let url: URL? = {
        let candidate = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("agentview")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }()
}

/// Byte-identical output across processes, time zones, locales and file discovery order (issue 7).
@Suite(
    .enabled(
        if: AgentViewBinary.url != nil,
        "the agentview binary is not built beside the test bundle; run swift build first"))
struct DeterminismTests {

    static let samples = sampleExport

    /// Copies the sample, creating its files in the given order, so the directory listing order differs.
    private func copySample(to folder: URL, reversed: Bool) throws {
        let root = Self.samples.standardizedFileURL.path
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String { paths.append(path) }
        for path in (reversed ? paths.sorted().reversed() : paths.sorted()) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            let target = folder.appendingPathComponent(path)
            if isDirectory.boolValue {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: root + "/" + path, toPath: target.path)
            }
        }
    }

    private func render(
        export: URL, out: URL, environment: [String: String], cores: String? = nil
    ) throws -> Int32 {
        let process = Process()
        let arguments = ["render", export.path, "--out", out.path]
        if let cores {
            // taskset pins the process, so Dispatch sees one core and renders every page on one thread.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
            process.arguments = ["-c", cores, AgentViewBinary.url!.path] + arguments
        } else {
            process.executableURL = AgentViewBinary.url
            process.arguments = arguments
        }
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)) }
        }
        return files
    }

    @Test func twoProcessesWithDifferentZonesLocalesAndFileOrderWriteTheSameBytes() throws {
        let root = try makeTemporaryFolder("agentview-determinism")
        defer { try? FileManager.default.removeItem(at: root) }
        try copySample(to: root.appendingPathComponent("a"), reversed: false)
        try copySample(to: root.appendingPathComponent("b"), reversed: true)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        #expect(
            try render(
                export: root.appendingPathComponent("a"), out: root.appendingPathComponent("out-a"),
                environment: ["PATH": path, "TZ": "UTC", "LANG": "C", "LC_ALL": "C"]) == 0)
        #expect(
            try render(
                export: root.appendingPathComponent("b"), out: root.appendingPathComponent("out-b"),
                environment: ["PATH": path, "TZ": "Pacific/Chatham", "LANG": "de_DE.UTF-8", "LC_ALL": "tr_TR.UTF-8"])
                == 0)
        let a = try files(in: root.appendingPathComponent("out-a"))
        let b = try files(in: root.appendingPathComponent("out-b"))
        #expect(a.count > 100)
        #expect(a.keys.sorted() == b.keys.sorted())
        let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "files differ between the two processes: \(differing.prefix(5))")
    }

    @Test func oneCoreAndEveryCoreWriteTheSameBytes() throws {
        let root = try makeTemporaryFolder("agentview-cores")
        defer { try? FileManager.default.removeItem(at: root) }
        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let one = root.appendingPathComponent("one-core")
        let every = root.appendingPathComponent("every-core")
        #expect(try render(export: Self.samples, out: one, environment: environment, cores: "0") == 0)
        #expect(try render(export: Self.samples, out: every, environment: environment) == 0)
        let a = try files(in: one)
        let b = try files(in: every)
        #expect(a.count > 100)
        #expect(a.keys.sorted() == b.keys.sorted())
        let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "files differ between one core and every core: \(differing.prefix(5))")
    }
}
