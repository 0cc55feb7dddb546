/// Raises `skipped-file` for each file or folder of the export folder that was not read: a link that
/// leaves the export, a link to a folder or to nothing, a FIFO or device (rulebook: "Files the loader
/// reads"). A run that reads less than the folder seems to hold must say so, never exit quietly with
/// fewer users.
enum SkippedFileRule: DiagnosticRule {
    static let skipped = DiagnosticCode(
        code: "skipped-file", severity: .warning,
        when:
            "a file or folder in the export folder was not read: a link leading outside it or to a folder, or not a regular file"
    )

    static let unrecognised = DiagnosticCode(
        code: "unrecognised-file", severity: .warning,
        when: "a JSON file in the export folder is in no known export shape, so it was skipped")

    static var codes: [DiagnosticCode] { [skipped, unrecognised] }

    static func diagnose(_ context: DiagnosticContext) -> [Diagnostic] {
        context.export.skippedFiles.map { file in
            (file.reason == .unrecognised ? unrecognised : skipped).diagnostic(
                subject: .record(kind: "file", id: file.path),
                message: "\(DiagnosticText.quoted(file.path)) was not read: \(file.reason.rawValue)",
                advice: file.reason.advice
            )
        }
    }
}
