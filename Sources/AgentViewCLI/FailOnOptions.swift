import AgentViewCore
import ArgumentKit

/// `--fail-on`, `--strict` and `--quiet`, which `render` and `merge` share: both see every diagnostic of a
/// site, so both can fail a CI job on one (docs/rules.md §9).
enum FailOnOptions {
    /// The options' specs, in help order.
    static let options: [OptionSpec] = [
        .value(
            "fail-on", valueName: "severity",
            help:
                "Exit 2, after writing the output, when a diagnostic of this severity or worse exists (default: never).",
            format: .oneOf(Diagnostic.Severity.allCases.reversed().map(\.rawValue))),
        .flag(
            "strict",
            help:
                "Exit 2, after writing the output, when the data raises a diagnostic of severity error (the same as --fail-on error)."
        ),
        .flag(
            "quiet", short: "q",
            help: "Print nothing on success: no progress and no summary; errors are still printed."),
    ]

    /// Exit 2 when `--fail-on` or `--strict` names a severity that one of `diagnostics` reaches, saying how
    /// many; else 0. The output is written first.
    static func exitCode(
        _ command: ParsedCommand, diagnostics: [Diagnostic], errors: (String) -> Void
    ) -> Int32 {
        // --strict is --fail-on error; with both, the lower (stricter) severity wins.
        let thresholds = [
            command.value("fail-on").flatMap(Diagnostic.Severity.init(rawValue:)),
            command.flag("strict") ? .error : nil,
        ]
        guard let threshold = thresholds.compactMap({ $0 }).min() else { return 0 }
        let failing = diagnostics.filter { $0.severity >= threshold }.count
        guard failing > 0 else { return 0 }
        let option = command.value("fail-on") == nil ? "--strict" : "--fail-on"
        errors(
            "agentview: \(failing) diagnostic\(failing == 1 ? "" : "s") at or above '\(threshold.rawValue)' (\(option))\n"
        )
        return CLI.diagnosticsFailed
    }
}
