import AgentViewCLI
import Foundation

/// `--shards n`: one render, then the n shards one after another and their merge, each in a process of its
/// own (this program run as `agentview`), so that each reports its own peak RSS and CPU seconds.
enum ShardFigures {
    /// The environment variable that makes this program run as `agentview` and print its own figures.
    static let childVariable = "RENDER_BENCHMARK_CHILD"

    /// What one child process took.
    struct Run {
        var wall: Double
        var cpu: Double
        var peakMegabytes: Double
    }

    /// In a child: runs the command line as `agentview` would, then prints `figures <cpu_s> <peak_rss_MB>`.
    static func runChildIfAsked() {
        guard ProcessInfo.processInfo.environment[childVariable] != nil else { return }
        CLI.handleInterruptions()
        let status = CLI.run(arguments: Array(CommandLine.arguments.dropFirst()))
        print(String(format: "figures %.3f %.1f", Figure.processCPUSeconds(), Figure.peakResidentMegabytes()))
        exit(status)
    }

    /// Runs `agentview` with `arguments` in a child process and reads its figures.
    static func child(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment[childVariable] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        let started = ContinuousClock.now
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - started
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let line = String(decoding: output, as: UTF8.self).split(separator: "\n").last { $0.hasPrefix("figures ") }
        let parts = line?.split(separator: " ") ?? []
        guard process.terminationStatus == 0 || process.terminationStatus == 2, parts.count == 3,
            let cpu = Double(parts[1]), let peak = Double(parts[2])
        else {
            throw ChildFailure(arguments: arguments, status: process.terminationStatus)
        }
        return Run(wall: wall, cpu: cpu, peakMegabytes: peak)
    }

    struct ChildFailure: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var description: String { "agentview \(arguments.joined(separator: " ")) failed with exit \(status)" }
    }

    /// Renders `export` whole, then in `count` shards and their merge, printing each run and the totals.
    static func measure(export: String, scratch: String, count: Int) throws {
        print("run          wall_s   cpu_s  peak_rss_MB  of_render   (each run in its own process)")
        var whole: Run?
        func show(_ label: String, _ run: Run) {
            let share = whole.map { String(format: " %9.0f%%", 100 * run.peakMegabytes / max($0.peakMegabytes, 1e-9)) }
            print(
                label.padding(toLength: 11, withPad: " ", startingAt: 0)
                    + String(format: " %7.2f %7.2f %12.0f", run.wall, run.cpu, run.peakMegabytes) + (share ?? ""))
        }
        let render = try child(["render", export, "--out", scratch + "/whole", "-q"])
        show("render", render)
        whole = render
        var shards: [Run] = []
        var folders: [String] = []
        for index in 1...count {
            let folder = scratch + "/shard-\(index)"
            let run = try child(["render", export, "--shard", "\(index)/\(count)", "--out", folder, "-q"])
            show("shard \(index)/\(count)", run)
            shards.append(run)
            folders.append(folder)
        }
        let merge = try child(["merge"] + folders + ["--out", scratch + "/merged", "-q"])
        show("merge", merge)
        let same =
            FileManager.default.contents(atPath: scratch + "/whole/snapshot.json")
            == FileManager.default.contents(atPath: scratch + "/merged/snapshot.json")
        let cpu = shards.reduce(0) { $0 + $1.cpu } + merge.cpu
        let peak = shards.map(\.peakMegabytes).max() ?? 0
        print(
            String(
                format:
                    "shards and merge: total CPU %.2f s = %.2f× one render's (target ≤ 1.3×); largest shard peak RSS %.0f MB = %.0f%% of one render's (target ≤ 40%%); merged snapshot.json %@ the render's",
                cpu, cpu / max(render.cpu, 1e-9), peak, 100 * peak / max(render.peakMegabytes, 1e-9),
                same ? "is byte-identical to" : "DIFFERS from"))
        removeFolders(in: scratch)
    }

    /// Removes the folders `measure` writes in `scratch` (the whole render, each shard, the merge), whether or not
    /// it finished: they are this benchmark's own, never the user's.
    static func removeFolders(in scratch: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []
        for name in names where name == "whole" || name == "merged" || name.hasPrefix("shard-") {
            try? FileManager.default.removeItem(atPath: scratch + "/" + name)
        }
    }
}
