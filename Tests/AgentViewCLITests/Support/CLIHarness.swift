import AgentViewCLI
import Foundation
import Testing

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

/// Runs the built binary in `folder`, for what depends on the current folder (relative paths, the default
/// report name); stdout is dropped, stderr returned with the exit status (a signal's number when it died by one).
func runBinary(_ arguments: [String], in folder: URL) throws -> (status: Int32, errors: String) {
    let process = Process()
    process.executableURL = try #require(AgentViewBinary.url)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    let pipe = Pipe()
    process.standardError = pipe
    try process.run()
    let errors = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, errors)
}
