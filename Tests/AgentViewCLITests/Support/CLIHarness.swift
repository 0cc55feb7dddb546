import AgentViewCLI
import Foundation

/// What one in-process run of the command line returned and printed.
struct CLIRun {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs the command line in this process with an empty environment, capturing stdout and stderr.
func runCLI(_ arguments: [String], environment: [String: String] = [:]) -> CLIRun {
    var output = ""
    var errors = ""
    let status = CLI.run(
        arguments: arguments, environment: environment, output: { output += $0 }, errors: { errors += $0 })
    return CLIRun(status: status, output: output, errors: errors)
}

/// A new empty folder under the temporary directory; the caller removes it.
func makeTemporaryFolder(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The bundled sample export.
let sampleExport = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")
