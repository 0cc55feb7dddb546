import AgentViewCore
import ArgumentKit

/// `agentview render`: loads an export, builds what agents see, and writes the output folder.
struct RenderCommand {
    let command: ParsedCommand

    func run(errors: (String) -> Void) -> Int32 {
        let exportPath = command.positional("export-dir") ?? AgentViewCommand.defaultExport
        let outputPath = command.value("out") ?? AgentViewCommand.defaultOutput
        var settings = Settings()
        settings.activeTicketCap = command.integer("active-ticket-cap") ?? 100
        guard settings.activeTicketCap >= 0 else {
            errors(command.usageError("The value '\(settings.activeTicketCap)' is invalid for '--active-ticket-cap <n>': it must not be negative").fullMessage(for: AgentViewCommand.root) + "\n")
            return CLI.usage
        }
        settings.messagingMode = command.value("messaging").flatMap(Settings.MessagingMode.init(rawValue:)) ?? .single

        let export: Export
        do {
            export = try ExportLoader().load(directory: exportPath)
        } catch {
            errors(error.description + "\n")
            let count = error.errors.count
            errors("agentview: \(count) problem\(count == 1 ? "" : "s") in '\(exportPath)'; nothing was written\n")
            return CLI.failure
        }
        let view = AgentView(export: export, settings: settings)
        do {
            try OutputFolder(path: outputPath).replace(with: [("snapshot.json", Snapshot.json(of: view))])
        } catch {
            errors("\(outputPath): error: cannot write the output: \(error.localizedDescription)\n")
            return CLI.failure
        }
        errors(Summary.line(for: view, output: outputPath) + "\n")
        return 0
    }
}
