// Measures the loader on synthetic exports of growing size, to show time stays linear in bytes.
//
// Usage: swift run -c release LoaderBenchmark [SIZE_MB ...]   (default: 64 256 1024)
// Each size is written to a temporary folder in the real shapes (users with identities, NDJSON
// tickets, ticket metrics, messaging users, conversations with messages, conversation logs), then
// loaded and modelled; the figures printed are MB/s for loading and for loading plus modelling.
import AgentViewCore
import Foundation

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let targets = sizes.isEmpty ? [64, 256, 1024] : sizes
print("size_mb  files   load_s  load_MB/s  model_s  total_MB/s  users  tickets  messages")
for megabytes in targets {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agentview-bench-\(megabytes)")
    try? FileManager.default.removeItem(at: folder)
    let (bytes, files) = try SyntheticExport.write(to: folder, targetBytes: megabytes << 20)
    let clock = ContinuousClock()
    var result: Result<Export, LoadFailure>?
    let loadTime = clock.measure {
        do { result = .success(try ExportLoader().load(directory: folder.path)) } catch let failure as LoadFailure { result = .failure(failure) } catch {}
    }
    guard case .success(let export) = result else {
        if case .failure(let failure) = result { print(failure.errors.prefix(5).map(\.description).joined(separator: "\n")) }
        fatalError("the synthetic export did not load")
    }
    var view: AgentView?
    let modelTime = clock.measure { view = AgentView(export: export) }
    let mb = Double(bytes) / 1_048_576
    let load = Double(loadTime.components.seconds) + Double(loadTime.components.attoseconds) / 1e18
    let model = Double(modelTime.components.seconds) + Double(modelTime.components.attoseconds) / 1e18
    print(String(format: "%7.0f  %5d  %7.2f  %9.1f  %7.2f  %10.1f  %5d  %7d  %8d", mb, files, load, mb / load, model, mb / (load + model), view!.users.count, export.tickets.count, export.messages.count))
    try? FileManager.default.removeItem(at: folder)
}
