// Measures `agentview render` phase by phase on a synthetic export of a chosen size.
//
// Usage: swift run -c release RenderBenchmark [--users N] [--tickets-per-user N] [--messages-per-ticket N]
//                                             [--export DIR] [--out DIR] [--shards N]
// Generates the export (genscale's shapes: 1,000 users ≈ 100 MB, 10,000 ≈ 1 GB) into a temporary folder,
// or reads an existing one with --export, then loads it, builds what agents see and writes the site exactly
// as `agentview render` does, printing for each phase the wall and CPU seconds, MB/s of export and the peak RSS
// so far. With --shards N it then renders the export whole, in N shards one after another and their merge, each
// in a process of its own, and prints each run's CPU seconds and peak RSS, each shard's against the whole render's.
// Run it on an idle machine; quote the median of several runs.
import AgentViewCLI
import AgentViewCore
import AgentViewRender
import Foundation
import SyntheticExport

ShardFigures.runChildIfAsked()
let options = BenchmarkOptions.parse(CommandLine.arguments.dropFirst())
// One scratch folder per process: two benchmarks at once must not delete each other's export or site.
let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("agentview-render-benchmark-\(ProcessInfo.processInfo.processIdentifier)").path
let exportPath = options.export ?? scratch + "/export"
let outputPath = options.out ?? scratch + "/site"

/// Removes what this run made in its scratch folder, on success as on failure: the generated export and a site
/// written to the default place. An --export or --out folder is the user's and is kept.
func removeScratch() {
    if options.export == nil { try? FileManager.default.removeItem(atPath: exportPath) }
    if options.out == nil { try? FileManager.default.removeItem(atPath: outputPath) }
    ShardFigures.removeFolders(in: scratch)
    rmdir(scratch)  // only when empty: nothing given with --export or --out lives there
}

/// Loads and builds as `agentview render` does, so that the export's records are freed before writing.
func loadAndBuild(exportBytes: Int) throws -> AgentView {
    var started = Figure.Start.now
    let export = try ExportLoader().load(directory: exportPath)
    Figure.row("load", started, exportBytes, "\(export.tickets.count) tickets, \(export.messages.count) messages")
    started = Figure.Start.now
    let view = AgentView(export: consume export)
    Figure.row("build", started, exportBytes, "\(view.users.count) users, \(view.diagnostics.count) diagnostics")
    return view
}

func benchmark() throws {
    // A missing --export folder is generated there and kept, so that runs before and after a change read the same
    // bytes.
    let generate = options.export.map { !FileManager.default.fileExists(atPath: $0) } ?? true
    if generate {
        let generator = SyntheticExport(
            users: options.users, ticketsPerUser: options.ticketsPerUser, messagesPerTicket: options.messagesPerTicket)
        let started = ContinuousClock.now
        let (bytes, files) = try generator.write(to: exportPath)
        print(
            "generated \(options.users) users, \(options.users * options.ticketsPerUser) tickets, "
                + "\(options.users * options.ticketsPerUser * options.messagesPerTicket) messages: "
                + "\(Figure.megabytes(bytes)) MB in \(files) files (\(Figure.seconds(ContinuousClock.now - started)) s)"
        )
    }
    let exportBytes = Figure.folderBytes(exportPath)
    print(
        "export: \(exportPath), \(Figure.megabytes(exportBytes)) MB; \(ProcessInfo.processInfo.activeProcessorCount) cores"
    )
    print("phase    wall_s  cpu_s   MB/s  peak_rss_MB  detail")

    let total = Figure.Start.now
    let view = try loadAndBuild(exportBytes: exportBytes)
    let started = Figure.Start.now
    guard let renderer = PageRenderer(templates: try TemplateSet.builtIn(), timeZone: view.settings.timeZone) else {
        fatalError("the built-in templates do not load")
    }
    let written = try SiteOutput.write(view, with: renderer, to: outputPath)
    Figure.row(
        "write", started, exportBytes,
        "\(written.pages) pages, \(Figure.megabytes(written.bytes)) MB (\(written.bytes / max(1, written.pages)) B/page); "
            + "thread-seconds: render \(String(format: "%.2f", written.renderSeconds)), "
            + "write \(String(format: "%.2f", written.writeSeconds))")
    Figure.row("total", total, exportBytes, "")
    if options.shards > 0 {
        try ShardFigures.measure(export: exportPath, scratch: scratch, count: options.shards)
    }
}

rmdir(scratch)  // only when empty: nothing given with --export or --out lives there
do {
    try benchmark()
    removeScratch()
} catch {
    // One line, as `agentview` says it, and nothing of this run left in the scratch folder.
    FileHandle.standardError.write(Data("RenderBenchmark: error: \(error)\n".utf8))
    removeScratch()
    exit(1)
}
