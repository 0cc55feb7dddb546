import AgentViewCore
import AgentViewRender
import ArgumentKit
import Foundation

/// `agentview diff OLD NEW`: what agents would see differently, as `diff.html`, `diff.md` and a summary.
///
/// OLD and NEW are each a rendered folder (its `snapshot.json`), a `snapshot.json` file, or an export
/// folder rendered in memory with the settings `render` takes (``SettingsOptions``: one option set for both
/// commands, so the same options give the same snapshot). Exit codes follow diff(1): 0 no change,
/// 1 changes, 2 trouble (64 for misuse, as everywhere).
struct DiffCommand {
    /// Exit code when the two sides differ.
    static let changed: Int32 = 1
    /// Exit code when a side cannot be read or the output cannot be written.
    static let trouble: Int32 = 2

    let command: ParsedCommand
    /// The process environment, read for `AGENTVIEW_REDACT_KEY`.
    var environment: [String: String] = [:]

    /// The words of the `--redact` scope a snapshot records (`identities`, `messages`, `ids`), none when it
    /// was rendered without redaction.
    static func redactedScope(of document: SnapshotDocument) -> [String] {
        guard let recorded = document.settings.first(where: { $0.name == "redaction" }) else { return [] }
        return Redaction.Scope.words.filter { $0.scope != .all && recorded.value.contains("\"\($0.word)\"") }.map(
            \.word)
    }

    func run(output: (String) -> Void, errors: (String) -> Void) -> Int32 {
        guard let oldPath = command.positional("old"), let newPath = command.positional("new") else {
            return Self.trouble
        }
        let settings: Settings
        switch SettingsOptions.settings(from: command, environment: environment) {
        case .success(let given): settings = given
        case .failure(let problem):
            errors(command.usageError(problem.message).fullMessage(for: AgentViewCommand.root) + "\n")
            return CLI.usage
        }
        let maxItems: Int
        switch SettingsOptions.count(command, "max-items", default: DiffSummary.defaultMaxItems) {
        case .success(let given): maxItems = given
        case .failure(let problem):
            errors(command.usageError(problem.message).fullMessage(for: AgentViewCommand.root) + "\n")
            return CLI.usage
        }
        let outPath = command.value("out") ?? AgentViewCommand.defaultDiffOutput
        // The settings make an export side's snapshot; two rendered sides were made with theirs already, and a
        // cap or mode given here would change nothing while the diff said "no change".
        if Self.snapshot(of: oldPath) != nil, Self.snapshot(of: newPath) != nil,
            let given = SettingsOptions.exportOnly.first(where: command.isGiven(option:))
        {
            errors(
                command.usageError(
                    "'--\(given)' applies to an export side only, and both sides are rendered: render them again with it, or give their export folders"
                ).fullMessage(for: AgentViewCommand.root) + "\n")
            return CLI.usage
        }

        do throws(OutputGuard.Refusal) {
            try OutputGuard.check(outPath, inputs: [oldPath, newPath], keep: SettingsOptions.inputPaths(command))
        } catch {
            errors("agentview: \(error)\n")
            return Self.trouble
        }
        var failed = false
        let old = side(oldPath, settings: settings, errors: errors, failed: &failed)
        let new = side(newPath, settings: settings, errors: errors, failed: &failed)
        guard !failed, let old, let new else { return Self.trouble }
        // A rendered side was made before this command: with --redact it must have been redacted too, or its
        // names would reach the diff (docs/rules.md §12).
        // It must also have redacted at least what this command redacts: a side rendered with `identities`
        // would bring its real ids into a diff asked for with `identities,ids`.
        if let redaction = settings.redaction {
            let words = redaction.scopeWords
            for (side, path) in [(old, oldPath), (new, newPath)] {
                let recorded = Self.redactedScope(of: side.document)
                guard !recorded.isEmpty else {
                    errors(
                        "agentview: '\(TerminalText.safe(path))' was rendered without --redact; render it with --redact, or give its export folder, so the diff holds no original value\n"
                    )
                    return Self.trouble
                }
                let missing = words.filter { !recorded.contains($0) }
                if !missing.isEmpty {
                    errors(
                        "agentview: '\(TerminalText.safe(path))' was rendered without redacting \(missing.joined(separator: ",")); render it with --redact \(words.joined(separator: ",")), or give its export folder, so the diff holds no original value\n"
                    )
                    return Self.trouble
                }
            }
        }

        // Without --redact, two sides redacted differently would pair each original value with its pseudonym.
        if settings.redaction == nil {
            let scopes = [old, new].map { Self.redactedScope(of: $0.document) }
            if scopes[0] != scopes[1] {
                let sides = zip([oldPath, newPath], scopes).map { path, scope in
                    "'\(TerminalText.safe(path))' "
                        + (scope.isEmpty ? "without --redact" : "with --redact \(scope.joined(separator: ","))")
                }
                errors(
                    "agentview: \(sides[0]) and \(sides[1]) were rendered differently: the diff would pair original values with their pseudonyms; render both alike, or diff their export folders with --redact\n"
                )
                return Self.trouble
            }
        }

        let diff = SnapshotDiff(old: old.document, new: new.document)
        // Said first, so a pull-request comment of a redacted diff says so (docs/rules.md §12 rule 19); counted in
        // the summary's bytes.
        let notice = settings.redaction.map { "> " + $0.notice + "\n\n" } ?? ""
        let markdown =
            notice
            + DiffSummary.markdown(diff, maxItems: maxItems, maxBytes: DiffSummary.defaultMaxBytes - notice.utf8.count)
        do {
            let newPagesRoot = new.isRenderedFolder ? RelativePath.from(folder: outPath, to: new.folder) : nil
            guard let renderer = PageRenderer(templates: try TemplateSet.builtIn(), timeZone: settings.timeZone) else {
                return Self.trouble
            }
            let newFolder = new.folder
            let html = try renderer.diffPage(
                diff, newPagesRoot: newPagesRoot, maxItems: maxItems,
                pageExists: { page in
                    var status = stat()
                    return lstat(newFolder + "/" + page, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
                }, redaction: settings.redaction)
            try OutputFolder(path: outPath, inputs: [oldPath, newPath], keep: SettingsOptions.inputPaths(command))
                .replace(
                    with: [("diff.html", html), ("diff.md", markdown)], kind: "diff")
        } catch {
            let reason =
                (error as? FileSystemError)?.description ?? (error as? OutputGuard.Refusal)?.description
                ?? (error as? OutputFolder.Problem)?.errorDescription ?? error.localizedDescription
            errors("\(TerminalText.safe(outPath)): error: cannot write the diff: \(reason)\n")
            return Self.trouble
        }
        output(markdown.hasSuffix("\n") ? markdown : markdown + "\n")
        if !command.flag("quiet") { errors("wrote diff.html and diff.md to '\(TerminalText.safe(outPath))'\n") }
        return diff.isEmpty ? 0 : Self.changed
    }

    /// One side of the diff: its snapshot, and the folder of its pages when it is a rendered folder.
    private struct Side {
        var document: SnapshotDocument
        var folder: String
        var isRenderedFolder: Bool
    }

    /// The snapshot a side is read from: a `snapshot.json` file given as it is, or a rendered folder's; nil for an
    /// export folder (rendered here) or a path that names nothing. Both the settings check and `side` ask this.
    private static func snapshot(of path: String) -> (file: String, isRenderedFolder: Bool)? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return (path, false) }
        let inFolder = path + "/snapshot.json"
        return FileManager.default.fileExists(atPath: inFolder) ? (inFolder, true) : nil
    }

    private func side(_ path: String, settings: Settings, errors: (String) -> Void, failed: inout Bool) -> Side? {
        do {
            if let snapshot = Self.snapshot(of: path) {
                // A snapshot file's folder by URL: NSString's deletingLastPathComponent traps on a one-character path.
                return Side(
                    document: try SnapshotDocument(contentsOfFile: snapshot.file),
                    folder: snapshot.isRenderedFolder
                        ? path : URL(fileURLWithPath: path).deletingLastPathComponent().path,
                    isRenderedFolder: snapshot.isRenderedFolder)
            }
        } catch {
            // A snapshot error escapes its own line for the terminal; under --redact it quotes no value.
            var shown = error
            if settings.redaction != nil { shown.reason = shown.reason.withoutValues }
            errors("\(shown)\n")
            failed = true
            return nil
        }
        // A shard folder has no snapshot.json of its own: read as an export, its shard.json made hundreds of
        // errors about ids, none saying what to do.
        if (try? SiteOutput.wroteShard(path)) == true {
            errors(
                "agentview: '\(TerminalText.safe(path))' is one shard's folder ('agentview render --shard k/n'); join the shards with 'agentview merge' and diff the merged folder\n"
            )
            failed = true
            return nil
        }
        do {
            let view = AgentView(export: try ExportLoader().load(directory: path), settings: settings)
            return Side(document: SnapshotDocument(view: view), folder: path, isRenderedFolder: false)
        } catch {
            errors((settings.redaction.map { error.redacted($0, root: path) } ?? error).description + "\n")
            errors(
                "agentview: '\(TerminalText.safe(path))' is neither a rendered folder (with snapshot.json) nor a loadable export\n"
            )
            if let redaction = settings.redaction { errors(RenderCommand.redactedPathsNote(redaction)) }
            failed = true
            return nil
        }
    }
}
