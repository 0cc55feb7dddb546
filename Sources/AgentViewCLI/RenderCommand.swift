import AgentViewCore
import AgentViewRender
import ArgumentKit
import Foundation

/// `agentview render`: loads an export, builds what agents see, and writes the pages and
/// `snapshot.json`, or with `--user` a one-user report.
struct RenderCommand {
    let command: ParsedCommand
    /// The process environment, read for `SOURCE_DATE_EPOCH` and `AGENTVIEW_REDACT_KEY`.
    var environment: [String: String] = [:]
    /// Whether stderr is a terminal, where progress is shown as it happens.
    var terminal = false
    /// Where the view goes when the process ends right after this command (see `UntilExit`).
    var untilExit: UntilExit?

    func run(errors: (String) -> Void) -> Int32 {
        let exportPath = command.positional("export-dir") ?? AgentViewCommand.defaultExport
        if !command.isGiven(positional: "export-dir"), !FileManager.default.fileExists(atPath: exportPath) {
            // A plain `agentview` renders the bundled sample, which only the repository's root holds.
            errors(
                "agentview: no export folder given, and no '\(exportPath)' folder here (\(TerminalText.safe(FileManager.default.currentDirectoryPath))) to render as the sample\n"
                    + "  render an export with: agentview render PATH/TO/EXPORT --out SITE\n"
                    + "  (run a plain 'agentview' from the repository's root to render its bundled sample; see 'agentview --help')\n"
            )
            return CLI.failure
        }
        let settings: Settings
        switch SettingsOptions.settings(from: command, environment: environment) {
        case .success(let given): settings = given
        case .failure(let problem): return misuse(problem.message, errors)
        }
        let generatedAt: Timestamp?
        switch GeneratedAt.parse(option: command.value("generated-at"), environment: environment) {
        case .success(let time): generatedAt = time
        case .failure(let problem): return misuse(problem.message, errors)
        }
        let shard: Shard?
        switch ShardOption.shard(from: command, settings: settings, environment: environment) {
        case .success(let given): shard = given
        case .failure(let problem): return misuse(problem.message, errors)
        }
        let renderer: PageRenderer
        switch TemplatesOption.load(command) {
        case .success(let templates):
            renderer = PageRenderer(templates: templates, timeZone: settings.timeZone, generatedAt: generatedAt)!
        case .failure(let problem):
            errors("\(problem)\n")
            return CLI.failure
        }

        let reportKey = command.value("user")
        let givenOutput = command.value("out") ?? (reportKey == nil ? AgentViewCommand.defaultOutput : nil)
        // The export, which the output may neither hold nor lie inside; the key file and the templates folder,
        // which replacing the output must never remove.
        let inputs = [exportPath]
        let keep = SettingsOptions.inputPaths(command)
        if let outputPath = givenOutput {
            // Checked before a long load, and again under the folder lock when writing.
            do throws(OutputGuard.Refusal) {
                if reportKey == nil {
                    try OutputGuard.check(outputPath, inputs: inputs, keep: keep)
                } else {
                    try OutputGuard.checkFile(outputPath, inputs: inputs, keep: keep)
                }
            } catch {
                errors("agentview: \(error)\n")
                return CLI.failure
            }
        }
        let quiet = command.flag("quiet")
        let progress = ProgressReporter(enabled: terminal && !quiet)
        let view: AgentView
        do {
            // The export lives only inside this call: its records are freed before the pages are written.
            view = try Self.buildView(of: exportPath, settings: settings, shard: shard, progress: progress)
        } catch {
            progress.clear()
            // Under --redact, no value of the export is quoted, not even in an error, nor a file's name in it.
            errors((settings.redaction.map { error.redacted($0, root: exportPath) } ?? error).description + "\n")
            let count = error.errors.count
            errors(
                "agentview: \(count) problem\(count == 1 ? "" : "s") in '\(TerminalText.safe(exportPath))'; nothing was written\n"
            )
            if let redaction = settings.redaction { errors(Self.redactedPathsNote(redaction)) }
            return CLI.failure
        }
        untilExit?.keep(view)
        progress.finish(
            "built what agents see: \(view.users.count) users, \(view.tickets.count) tickets, \(view.diagnostics.count) diagnostics"
        )
        // A mistyped brand id makes every brand another one: help-center-auth-other-brand then fires for all.
        if !quiet, let brand = view.settings.mainBrandID, !view.tickets.contains(where: { $0.ticket.brandID == brand })
        {
            errors(
                "agentview: warning: --main-brand names the brand of no ticket in the export, so every ticket counts as on another brand; check the id\n"
            )
        }
        if let reportKey {
            return writeReport(
                of: reportKey, view: view, renderer: renderer, inputs: inputs, keep: keep, quiet: quiet,
                errors: errors)
        }
        let outputPath = givenOutput ?? AgentViewCommand.defaultOutput
        if let shard {
            return writeShard(
                shard, of: view, with: renderer, to: outputPath, inputs: inputs, keep: keep, errors: errors)
        }
        do {
            let figures = try SiteOutput.write(view, with: renderer, to: outputPath, inputs: inputs, keep: keep) {
                written, total in
                progress.update("writing pages: \(written) of \(total)")
            }
            progress.finish("wrote \(figures.pages) pages and snapshot.json")
        } catch {
            progress.clear()
            return failure(error, writing: "output", to: outputPath, errors)
        }
        if !quiet { errors(Summary.line(for: view, output: outputPath) + "\n") }
        return FailOnOptions.exitCode(command, diagnostics: view.diagnostics, errors: errors)
    }

    /// What a redacted run's load errors leave out, and how to see it (docs/rules.md §12 rule 20).
    static func redactedPathsNote(_ redaction: Redaction) -> String {
        guard redaction.scope.contains(.identities) || redaction.scope.contains(.ids) else { return "" }
        return
            "agentview: under --redact the files' names inside the export are redacted too; run without --redact, where the export is, to see them\n"
    }

    /// Loads an export, or what one shard of it needs (docs/rules.md §11 rule 10), and builds what agents
    /// see, showing progress.
    private static func buildView(
        of exportPath: String, settings: Settings, shard: Shard?, progress: ProgressReporter
    ) throws(LoadFailure) -> AgentView {
        let report: @Sendable (ExportLoader.Progress) -> Void = { state in
            progress.update(
                "loading '\(TerminalText.safe(exportPath))': \(state.filesRead) of \(state.totalFiles) files, \(ProgressReporter.megabytes(state.bytesRead))"
            )
        }
        let export: Export
        if let shard {
            export = try ExportLoader().load(directory: exportPath, shard: shard, settings: settings, progress: report)
        } else {
            export = try ExportLoader().load(directory: exportPath, progress: report)
        }
        progress.finish("loaded '\(TerminalText.safe(exportPath))'")
        progress.update("building what agents see")
        return AgentView(export: consume export, settings: settings)
    }

    /// Writes one shard's folder (`--shard k/n`) and says what it holds.
    private func writeShard(
        _ shard: Shard, of view: AgentView, with renderer: PageRenderer, to outputPath: String, inputs: [String],
        keep: [String], errors: (String) -> Void
    ) -> Int32 {
        let quiet = command.flag("quiet")
        let progress = ProgressReporter(enabled: terminal && !quiet)
        let figures: SiteOutput.Figures
        do {
            figures = try SiteOutput.writeShard(
                view, shard: shard, with: renderer, to: outputPath, inputs: inputs, keep: keep
            ) {
                written, total in
                progress.update("writing pages of shard \(shard): \(written) of \(total)")
            }
        } catch {
            progress.clear()
            return failure(error, writing: "shard", to: outputPath, errors)
        }
        progress.finish("wrote \(figures.pages) pages and \(ShardFile.name)")
        if !quiet {
            errors(
                "rendered shard \(shard): \(figures.pages) pages, its part of the export's \(view.users.count) users and \(view.tickets.count) tickets, into '\(TerminalText.safe(outputPath))'; join the \(shard.count) shard folders with 'agentview merge'\n"
            )
        }
        return 0
    }

    /// Writes the one-user report of `key` to `--out` (default `<kind>-<id>.html`).
    private func writeReport(
        of key: String, view: AgentView, renderer: PageRenderer, inputs: [String], keep: [String], quiet: Bool,
        errors: (String) -> Void
    ) -> Int32 {
        // With --redact ids the pages name users by pseudonyms: the real key is mapped to its pseudonym, and
        // a pseudonym copied from a redacted page is taken as it is.
        let redaction = view.settings.redaction
        let asked = UserKey(key)
        let mapped = asked.map { UserKey($0.kind, redaction?.id($0.id) ?? $0.id) }
        guard
            let (userKey, user) = [mapped, asked].lazy.compactMap({ $0 }).compactMap({ key in
                view.user(key).map { (key, $0) }
            }).first
        else {
            // The key may be a real id: a redacted run quotes only its pseudonym.
            let redactsIDs = redaction?.scope.contains(.ids) == true
            guard asked != nil else {
                // A value that is no key is misuse, said as misuse is (after the load: the suggestion needs the view).
                let message: String
                if let meant = Self.meantKey(key, view: view) {
                    // Under --redact ids no id is quoted, and with a random key a pseudonym is this run's only: the
                    // kind is named, to go before the id the user gave.
                    message =
                        redactsIDs
                        ? "the value of --user is not a user key, which names its kind: write it as '\(meant.kind.rawValue):' followed by the id you gave"
                        : "'\(key)' is not a user key, which names its kind: did you mean '\(meant)'?"
                } else {
                    let given = redactsIDs ? "the value of --user" : "'\(key)'"
                    message = "\(given) is not a user key: \(Self.keyHint(key, view: view))"
                }
                errors(command.usageError(TerminalText.safe(message)).fullMessage(for: AgentViewCommand.root) + "\n")
                return CLI.usage
            }
            let shown = redactsIDs ? mapped.map(\.description) ?? key : key
            errors(
                TerminalText.safe(
                    "error: " + Self.noReport(shown, candidates: [mapped, asked].compactMap { $0 }, view: view)) + "\n")
            return CLI.failure
        }
        let outputPath = command.value("out") ?? String(userKey.page.dropFirst("users/".count))
        // Again, or for the first time when the name is the default: a file there must be an earlier report.
        do throws(OutputGuard.Refusal) {
            try OutputGuard.checkFile(outputPath, inputs: inputs, keep: keep)
        } catch {
            errors("agentview: \(error)\n")
            return CLI.failure
        }
        do {
            let report = try renderer.report(for: user, in: view)
            try view.texts.checkUnchanged()
            try AtomicFile(path: outputPath).write(report)
        } catch {
            return failure(error, writing: "report", to: outputPath, errors)
        }
        if !quiet {
            errors(
                TerminalText.safe(
                    "wrote the report of '\(userKey)' (\(user.tickets.count) ticket\(user.tickets.count == 1 ? "" : "s")) to '\(outputPath)'"
                )
                    + "\n"
            )
        }
        // --fail-on and --strict weigh what the report shows: its user's diagnostics.
        return FailOnOptions.exitCode(command, diagnostics: view.diagnostics(of: userKey), errors: errors)
    }

    /// The key of a user that `text` names without its kind: a bare id (`1840000000013`) or a page's file
    /// name (`support-1840000000013.html`). The view's keys are the pages' (pseudonyms under `--redact ids`),
    /// so a real id is tried mapped as well as it is, and only a page's key is ever quoted.
    ///
    /// Suggested, never taken: a bare id could name a Support user and a messaging user alike.
    static func meantKey(_ text: String, view: AgentView) -> UserKey? {
        guard UserKey(text) == nil else { return nil }
        var id = Substring(text)
        if id.hasPrefix("users/") { id = id.dropFirst("users/".count) }
        if id.hasSuffix(".html") { id = id.dropLast(".html".count) }
        var kinds: [UserKey.Kind] = [.support, .messaging]
        for kind in kinds where id.hasPrefix(kind.rawValue + "-") {
            id = id.dropFirst(kind.rawValue.count + 1)
            kinds = [kind]
        }
        guard !id.isEmpty else { return nil }
        let redaction = view.settings.redaction
        return kinds.lazy.flatMap { kind in
            [UserKey(kind, redaction?.id(String(id)) ?? String(id)), UserKey(kind, String(id))]
        }.first { view.user($0) != nil }
    }

    /// Why no report is made for `candidates` (the key as given, or its pseudonym under `--redact ids`), each
    /// tried in turn: a staff member no messaging user links to, a messaging user shown on its Support user's
    /// page, or no such user (`shown`: the key as a redacted run may quote it).
    static func noReport(_ shown: String, candidates: [UserKey], view: AgentView) -> String {
        for asked in candidates {
            if asked.kind == .support, let staff = view.staff[asked.id] {
                return
                    "'\(asked)' is \(staff.role == "admin" ? "an admin" : "an agent"), not an end user: a report shows an end user as agents see them, and a staff member only when a messaging user links to them (rules §2 rule 6)"
            }
            if asked.kind == .messaging,
                let owner = view.users.first(where: { $0.messagingUsers.contains { $0.user.id == asked.id } })
            {
                return
                    "'\(asked)' has no page of its own: the Support user it links to, '\(owner.key)', shows it; use that key"
            }
        }
        return "no user '\(shown)' in the export; \(keyHint(candidates.first?.description ?? shown, view: view))"
    }

    /// How user keys look, with an example from the export, or the key that holds a linked messaging user.
    static func keyHint(_ key: String, view: AgentView) -> String {
        if let asked = UserKey(key), asked.kind == .messaging,
            let owner = view.users.first(where: { $0.messagingUsers.contains { $0.user.id == asked.id } })
        {
            return "messaging user '\(asked.id)' is linked to '\(owner.key)': use that key"
        }
        // The example is an end user's: a staff member's key would give a report agents never see.
        let example =
            (view.users.first { $0.isVisibleToAgents && $0.staffRole == nil } ?? view.users.first)
            .map { ", such as '\($0.key)'" } ?? ""
        return
            "keys look like 'support:<Support user id>' for end users agents see, or 'messaging:<messaging user id>' for messaging users with no Support user\(example)"
    }

    /// Reports that the templates failed (every problem in compiler form) or the file system did, as exit 1.
    private func failure(_ error: any Error, writing what: String, to path: String, _ errors: (String) -> Void) -> Int32
    {
        if let error = error as? TemplateError {
            errors("\(error)\nagentview: the \(what) could not be rendered; nothing was written\n")
        } else {
            let reason =
                (error as? FileSystemError)?.description ?? (error as? OutputGuard.Refusal)?.description
                ?? (error as? ExportChanged)?.description
                ?? (error as? OutputFolder.Problem)?.errorDescription ?? error.localizedDescription
            errors("\(TerminalText.safe(path)): error: cannot write the \(what): \(reason)\n")
        }
        return CLI.failure
    }

    /// Reports a check of the command line that failed, as misuse (exit 64).
    private func misuse(_ message: String, _ errors: (String) -> Void) -> Int32 {
        errors(command.usageError(message).fullMessage(for: AgentViewCommand.root) + "\n")
        return CLI.usage
    }
}
