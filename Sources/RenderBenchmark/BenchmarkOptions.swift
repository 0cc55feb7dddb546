import Foundation

/// The benchmark's command line: sizes of the generated export, or an export and output to use.
struct BenchmarkOptions {
    var users = 1_000
    var ticketsPerUser = 10
    var messagesPerTicket = 10
    /// An existing export to read instead of generating one; a missing folder is generated there and kept.
    var export: String?
    /// Where to write the site (kept); by default a temporary folder, removed afterwards.
    var out: String?
    /// When more than 0, also render in this many shards and merge, each in its own process.
    var shards = 0

    /// The most shards `agentview render --shard k/n` takes.
    static let maxShards = 1_000

    /// The one-line usage, for `--help` and with every problem.
    static let usageLine =
        "usage: RenderBenchmark [--users N] [--tickets-per-user N] [--messages-per-ticket N] [--export DIR] [--out DIR] [--shards N]"

    /// Reads `--name value` pairs; `--help` prints the usage and exits 0; anything else stops the program
    /// with the usage and exit 64.
    static func parse(_ arguments: ArraySlice<String>) -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var remaining = arguments[...]
        while let name = remaining.popFirst() {
            if name == "--help" || name == "-h" {
                print(
                    """
                    Generates an export in the real shapes (or reads --export DIR), renders it as `agentview render`
                    does, and prints per phase (load, build, write) the wall and CPU seconds, MB/s and peak RSS.
                    \(usageLine)

                      --users N                 end users of the generated export (default 1000: about 100 MB)
                      --tickets-per-user N      tickets of each user (default 10)
                      --messages-per-ticket N   messages of each ticket (default 10)
                      --export DIR              read this export; a missing folder is generated there and kept
                      --out DIR                 write the site there and keep it (default: a temporary folder)
                      --shards N                then render the export whole, in N shards (1 to \(maxShards)) and
                                                their merge, each in its own process, printing each run's wall
                                                and CPU seconds and peak RSS, each shard's against the render's

                    Scratch goes under TMPDIR and is removed, also when a run fails.
                    """)
                exit(0)
            }
            guard let value = remaining.popFirst() else { usage("'\(name)' needs a value") }
            switch name {
            case "--users": options.users = number(value, name)
            case "--tickets-per-user": options.ticketsPerUser = number(value, name)
            case "--messages-per-ticket": options.messagesPerTicket = number(value, name)
            case "--export": options.export = value
            case "--out": options.out = value
            case "--shards":
                options.shards = number(value, name)
                // Checked before the export is generated and rendered, not when the first shard refuses it.
                guard options.shards <= maxShards else { usage("'--shards' takes at most \(maxShards), not \(value)") }
            default: usage("unknown option '\(name)'")
            }
        }
        return options
    }

    private static func number(_ text: String, _ name: String) -> Int {
        guard let value = Int(text), value >= 0 else { usage("'\(name)' takes a whole number, not '\(text)'") }
        return value
    }

    private static func usage(_ problem: String) -> Never {
        FileHandle.standardError.write(Data("error: \(problem)\n\(usageLine)\n".utf8))
        exit(64)
    }
}
