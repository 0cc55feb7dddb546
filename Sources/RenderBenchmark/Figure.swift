import Foundation

/// Formats and prints the benchmark's figures.
enum Figure {
    /// When a phase started, by the wall clock and by the CPU time of the whole process.
    struct Start {
        let wall: ContinuousClock.Instant
        let cpuSeconds: Double

        static var now: Start { Start(wall: ContinuousClock.now, cpuSeconds: processCPUSeconds()) }
    }

    /// Prints one phase: wall seconds and CPU seconds (user and system, every thread) since `start`, export MB
    /// per second, and the peak RSS so far. CPU time tells a change's cost apart from the machine's other work,
    /// which wall time on a shared machine does not.
    static func row(_ phase: String, _ start: Start, _ exportBytes: Int, _ detail: String) {
        let elapsed = ContinuousClock.now - start.wall
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = processCPUSeconds() - start.cpuSeconds
        let rate = Double(exportBytes) / 1_000_000 / max(wall, 1e-9)
        print(
            phase.padding(toLength: 7, withPad: " ", startingAt: 0)
                + String(format: " %7.2f %6.2f %6.0f %12.0f  ", wall, cpu, rate, peakResidentMegabytes()) + detail)
    }

    /// The user and system CPU seconds of this process so far, every thread counted.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.1f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }

    /// The process's peak resident set size so far (`VmHWM` in /proc/self/status), in MB.
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1024 / 1_000_000
    }

    /// The bytes of every regular file under a folder.
    static func folderBytes(_ path: String) -> Int {
        var total = 0
        let files = FileManager.default.enumerator(atPath: path)
        while let file = files?.nextObject() as? String {
            if let attributes = files?.fileAttributes, attributes[.type] as? FileAttributeType == .typeRegular {
                total += (attributes[.size] as? Int) ?? 0
            }
            _ = file
        }
        return total
    }
}
