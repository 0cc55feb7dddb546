import AgentViewCore
import AgentViewRender
import ArgumentKit
import Foundation

/// `agentview merge SHARD_DIR... --out DIR`: joins the shard folders of `render --shard k/n` into the
/// site a plain render writes, byte for byte (docs/rules.md §11 rule 10).
struct MergeCommand {
    let command: ParsedCommand
    /// Whether stderr is a terminal, where progress is shown as it happens.
    var terminal = false
    /// Where the shard files go when the process ends right after this command (see `UntilExit`).
    var untilExit: UntilExit?

    func run(errors: (String) -> Void) -> Int32 {
        let folders = command.positionals("shard-dir")
        let outputPath = command.value("out") ?? AgentViewCommand.defaultOutput
        do throws(OutputGuard.Refusal) {
            try OutputGuard.check(outputPath, inputs: folders, keep: SettingsOptions.inputPaths(command))
        } catch {
            errors("agentview: \(error)\n")
            return CLI.failure
        }
        var shards: [(folder: String, file: ShardFile, open: OpenShardFile)] = []
        var problems: [String] = []
        let progress = ProgressReporter(enabled: terminal && !command.flag("quiet"))
        OpenShardFile.allowOpen(folders.count)
        for (number, folder) in folders.enumerated() {
            progress.update("reading shard files: \(number) of \(folders.count)")
            switch Self.read(folder) {
            case .success(let (file, open)): shards.append((folder, file, open))
            case .failure(let problem): problems.append(problem.text)
            }
        }
        if problems.isEmpty { problems = Self.check(shards.map { ($0.folder, $0.file) }) }
        let templates: TemplateSet
        switch TemplatesOption.load(command) {
        case .success(let loaded): templates = loaded
        case .failure(let problem):
            progress.clear()
            // The templates' problems in compiler form, then what they stopped, as `render` says it.
            errors(
                "\(problem)\nagentview: the --templates folder could not be used; refusing to merge; nothing was written\n"
            )
            return CLI.failure
        }
        var renderer: PageRenderer?
        if problems.isEmpty, let first = shards.first {
            renderer = first.file.page.renderer(templates: templates)
            // The page settings give no renderer for an unknown time zone or for other templates: say which.
            if renderer == nil, TimeDisplay(timeZone: first.file.page.timeZone) == nil {
                problems.append(
                    "the shards show times in '\(TerminalText.safe(first.file.page.timeZone))', a time zone this machine does not know: merge where they were rendered, or render them again with a --time-zone both know"
                )
            } else if renderer == nil {
                problems.append(
                    "the shards were rendered with other templates than \(command.value("templates").map { "'\(TerminalText.safe($0))'" } ?? "the built-in ones"): give merge the --templates folder the shards were given"
                )
            }
        }
        guard problems.isEmpty, let renderer else {
            progress.clear()
            for problem in problems { errors("agentview: \(problem)\n") }
            errors("agentview: refusing to merge; nothing was written\n")
            return CLI.failure
        }
        shards.sort { $0.file.shard.index < $1.file.shard.index }
        progress.finish("read \(shards.count) shard file\(shards.count == 1 ? "" : "s")")
        let merged = ShardMerge(shards.map(\.file))
        untilExit?.keep((shards, merged))
        let entries = merged.users.count + merged.tickets.count + merged.diagnostics.count
        do {
            try OutputFolder(path: outputPath, inputs: folders, keep: SettingsOptions.inputPaths(command)).replace(
                kind: "site"
            ) { staging in
                // Each entry is copied from its shard file, read again front to back; a file changed since it
                // was parsed fails the merge before the output is replaced.
                var copied = 0
                try staging.stream(to: "snapshot.json") { write in
                    try Snapshot.write(
                        head: merged.snapshotHead, users: merged.users, tickets: merged.tickets,
                        diagnostics: merged.diagnostics,
                        entry: { place, sink in
                            copied += 1
                            progress.update("writing snapshot.json: \(copied) of \(entries) entries")
                            try shards[place.shard].open.withBytes(place.bytes) { bytes in
                                sink.value(laidOut: bytes, deeperBy: ShardFile.snapshotEntryDepth)
                            }
                        }, to: write)
                }
                for shard in shards { try shard.open.checkUnchanged() }
                var buffer: [UInt8] = []
                let pages = renderer.listPages(merged.lists)
                try staging.createFolders(for: pages.map(\.path))
                for page in pages {
                    try renderer.renderList(page, into: &buffer)
                    try OutputFolder.write(buffer, to: page.path, as: page.path, in: staging)
                }
                progress.finish("wrote snapshot.json and \(pages.count) list page\(pages.count == 1 ? "" : "s")")
                let total = shards.reduce(0) { $0 + $1.file.pages.count }
                var brought = 0
                for shard in shards {
                    try Self.bring(shard.file.pages, from: shard.folder, into: staging) {
                        brought += 1
                        progress.update("bringing in the shards' pages: \(brought) of \(total)")
                    }
                }
                progress.finish("brought in \(total) pages")
            }
        } catch {
            let reason =
                (error as? FileSystemError)?.description ?? (error as? OutputGuard.Refusal)?.description
                ?? (error as? OpenShardFile.Changed)?.description ?? (error as? NotAPage)?.description
                ?? (error as? OutputFolder.Problem)?.errorDescription ?? (error as? TemplateError)?.description
                ?? error.localizedDescription
            progress.clear()
            errors("\(TerminalText.safe(outputPath)): error: cannot write the merged output: \(reason)\n")
            return CLI.failure
        }
        let diagnostics = merged.lists.diagnostics.map(\.diagnostic)
        if !command.flag("quiet") {
            let lines =
                [
                    "merged \(shards.count) shard\(shards.count == 1 ? "" : "s"): \(merged.users.count) users and \(merged.tickets.count) tickets into '\(TerminalText.safe(outputPath))'"
                ] + Summary.diagnosticLines(diagnostics)
            errors(lines.joined(separator: "\n") + "\n")
        }
        return FailOnOptions.exitCode(command, diagnostics: diagnostics, errors: errors)
    }

    /// A page a shard folder lists that is a link, a folder or a special file rather than the file the shard
    /// wrote: it is not brought in (a link could bring in any file of the machine).
    struct NotAPage: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "'\(TerminalText.safe(path))' is not a page the shard wrote (it is a link, a folder or a special file); render that shard again"
        }
    }

    /// A problem with one input folder, as a sentence.
    struct Problem: Error {
        var text: String
    }

    /// Reads a shard folder's `shard.json`, once its marker says `render --shard` wrote it, and keeps it open
    /// for its snapshot entries.
    static func read(_ folder: String) -> Result<(ShardFile, OpenShardFile), Problem> {
        let name = "'\(TerminalText.safe(folder))'"
        var status = stat()
        guard stat(folder, &status) == 0 else {
            let failure = FileSystemError.current("read", folder)
            return .failure(Problem(text: failure.code == ENOENT ? "\(name) does not exist" : failure.description))
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            return .failure(
                Problem(text: "\(name) is not a folder; give the folders that 'agentview render --shard k/n' wrote"))
        }
        // Only a marker that is not there makes the folder someone else's; too many open files or no permission
        // is said as it is.
        let wroteShard: Bool?
        do throws(FileSystemError) {
            wroteShard = try SiteOutput.wroteShard(folder)
        } catch {
            return .failure(Problem(text: error.description))
        }
        guard wroteShard == true else {
            let why =
                wroteShard == nil
                ? "it has no \(OutputMarker.name) file"
                : "its \(OutputMarker.name) file says another command wrote it"
            return .failure(
                Problem(
                    text:
                        "\(name) is not a shard folder: \(why); give the folders that 'agentview render --shard k/n' wrote"
                ))
        }
        let path = folder + "/" + ShardFile.name
        let bytes: [UInt8]
        let open: OpenShardFile
        do throws(FileSystemError) {
            open = try OpenShardFile(path: path)
            bytes = try open.contents()
        } catch {
            // A file that is not there, or not a regular file, is a folder left incomplete; anything else (too
            // many open files, no permission, too large) is said as it is.
            guard [ENOENT, ENOTDIR, EISDIR, EINVAL].contains(error.code) else {
                return .failure(Problem(text: error.description))
            }
            return .failure(Problem(text: "\(name) is not a whole shard folder: its \(ShardFile.name) cannot be read"))
        }
        do throws(ShardFile.Problem) {
            return .success((try ShardFile(json: bytes), open))
        } catch {
            return .failure(Problem(text: "\(name): its \(ShardFile.name) is \(error.description)"))
        }
    }

    /// Which of two shards' settings differ, as far as their shard files tell: the page settings they record,
    /// else the options only their fingerprints cover.
    static func settingsDifference(_ shard: ShardFile, _ first: ShardFile) -> String {
        func shown(_ time: Timestamp?) -> String { time.map(\.iso8601) ?? "none" }
        var differences: [String] = []
        if shard.page.timeZone != first.page.timeZone {
            differences.append(
                "--time-zone \(TerminalText.safe(shard.page.timeZone)), not \(TerminalText.safe(first.page.timeZone))")
        }
        if shard.page.generatedAt != first.page.generatedAt {
            differences.append(
                "generated at \(shown(shard.page.generatedAt)), not \(shown(first.page.generatedAt)) (--generated-at or SOURCE_DATE_EPOCH)"
            )
        }
        if shard.page.templates != first.page.templates { differences.append("other --templates") }
        if shard.page.rowsPerPage != first.page.rowsPerPage {
            differences.append("\(shard.page.rowsPerPage) rows per list page, not \(first.page.rowsPerPage)")
        }
        guard differences.isEmpty else { return differences.joined(separator: "; ") }
        return
            "an option that changes what pages show, such as --active-ticket-cap, --messaging, --essentials-fields, --placeholder-pattern, --main-brand, --redact or its key"
    }

    /// What is wrong with a set of shards as one split of one render: nothing when every shard of 1…n is
    /// there once and all were made from one export with one set of settings.
    static func check(_ shards: [(folder: String, file: ShardFile)]) -> [String] {
        guard let first = shards.first else { return ["no shard folder given"] }
        func name(_ shard: (folder: String, file: ShardFile)) -> String {
            "'\(TerminalText.safe(shard.folder))' (shard \(shard.file.shard))"
        }
        var problems: [String] = []
        for shard in shards where shard.file.version != ToolVersion.current {
            problems.append(
                "\(name(shard)) was rendered by agentview \(TerminalText.safe(shard.file.version)); merge it with that version, not \(ToolVersion.current)"
            )
        }
        // Shards of several splits: one line naming each split's folders, not one per folder against the first.
        let splits = Dictionary(grouping: shards, by: \.file.shard.count)
        if splits.count > 1 {
            let groups = splits.keys.sorted().map { count in
                let folders = splits[count]!.map { "'\(TerminalText.safe($0.folder))'" }
                return "\(folders.joined(separator: ", ")) of \(count)"
            }
            problems.append(
                "the shards belong to different splits (\(groups.joined(separator: "; "))): give every shard folder of one split"
            )
            return problems
        }
        for shard in shards.dropFirst() {
            if shard.file.exportFingerprint != first.file.exportFingerprint {
                problems.append("\(name(shard)) was rendered from a different export than \(name(first))")
            } else if shard.file.settingsFingerprint != first.file.settingsFingerprint {
                problems.append(
                    "\(name(shard)) was rendered with different settings than \(name(first)) (\(settingsDifference(shard.file, first.file)))"
                )
            }
        }
        guard problems.isEmpty else { return problems }
        var seen: [Int: String] = [:]
        for shard in shards {
            if let earlier = seen[shard.file.shard.index] {
                problems.append(
                    "\(earlier) and '\(TerminalText.safe(shard.folder))' are both shard \(shard.file.shard): give each shard once"
                )
            } else {
                seen[shard.file.shard.index] = "'\(TerminalText.safe(shard.folder))'"
            }
        }
        let count = first.file.shard.count
        let missing = (1...count).filter { seen[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { "\($0)/\(count)" }.joined(separator: ", ")
            problems.append(
                "shard\(missing.count == 1 ? "" : "s") \(list) \(missing.count == 1 ? "is" : "are") missing: give every shard folder of the split"
            )
        }
        return problems
    }

    /// Puts a shard's pages into the staging folder (a shard folder is a CI artifact that may have been
    /// tampered with): a hard link where the file system allows and the page has the mode a render gives it,
    /// else a copy. Only a regular file directly inside the shard's `users/` or `tickets/` folder is taken: a
    /// page or folder that is a link is refused, so a planted `users -> /etc` or `users/p -> /proc/self` cannot
    /// publish a file from outside the shard, and a page swapped for a link while it is taken is refused too.
    /// `eachPage` is told of each page as it is taken, for progress.
    static func bring(
        _ pages: [String], from folder: String, into staging: StagingFolder, eachPage: () -> Void = {}
    ) throws {
        var canonical: [(folder: String, name: String)] = []
        for page in pages {
            guard let path = StagingFolder.canonical(page), path == page,
                path.hasPrefix("users/") || path.hasPrefix("tickets/")
            else { throw OutputFolder.Problem.escapesFolder(path: page) }
            // A shard writes its pages straight into `users/` and `tickets/`: a deeper path is not one of them.
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 2 else { throw NotAPage(path: folder + "/" + path) }
            canonical.append((parts[0], parts[1]))
        }
        try staging.createFolders(for: pages)
        var folders: [String: ShardSubfolder] = [:]
        for (subfolder, name) in canonical {
            eachPage()
            if folders[subfolder] == nil { folders[subfolder] = try ShardSubfolder(subfolder, in: folder) }
            try folders[subfolder]!.bring(name, into: staging)
        }
    }

    /// A page folder of a shard (`users`, `tickets`), held open, never through a link.
    private final class ShardSubfolder {
        let descriptor: Int32
        let path: String
        let name: String

        init(_ name: String, in folder: String) throws {
            path = folder + "/" + name
            self.name = name
            let root = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard root >= 0 else { throw FileSystemError.current("read", folder) }
            defer { close(root) }
            descriptor = openat(root, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else {
                if errno == ELOOP || errno == ENOTDIR { throw NotAPage(path: path) }
                throw FileSystemError.current("read", path)
            }
        }

        deinit { close(descriptor) }

        /// Brings the regular file `file` of this folder to the same place in the staging folder, linked or
        /// copied (see `bring(_:from:into:eachPage:)`).
        func bring(_ file: String, into staging: StagingFolder) throws {
            let source = path + "/" + file
            // Non-blocking, so that a FIFO planted as a page cannot stall the merge; a link is refused here.
            let page = openat(descriptor, file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard page >= 0 else {
                if errno == ELOOP { throw NotAPage(path: source) }
                throw FileSystemError.current("read", source)
            }
            defer { close(page) }
            var status = stat()
            guard fstat(page, &status) == 0 else { throw FileSystemError.current("read", source) }
            guard status.st_mode & S_IFMT == S_IFREG else { throw NotAPage(path: source) }
            let target = name + "/" + file
            let full = staging.root + "/" + target
            // A hard link where the file system allows and the page has a render's mode: copying 1.5 GB of pages
            // took 3 s more at 10,000 users. Linked by name, so the entry linked must then be the file checked:
            // one swapped for a link in between is taken out again and refused.
            if status.st_mode & 0o7777 == 0o644 {
                if linkat(descriptor, file, AT_FDCWD, full, 0) == 0 {
                    var linked = stat()
                    guard lstat(full, &linked) == 0, linked.st_dev == status.st_dev, linked.st_ino == status.st_ino
                    else {
                        unlink(full)
                        throw NotAPage(path: source)
                    }
                    return
                }
                if errno == EEXIST { throw OutputFolder.Problem.duplicatePath(path: target) }
            }
            // Through a Result, not do/catch: Swift 6.3's compiler crashes on a typed `catch where` in this method.
            let copied = Result { () throws(FileSystemError) in try staging.copy(from: page, source: source, to: target)
            }
            if case .failure(let failure) = copied {
                if failure.code == EEXIST { throw OutputFolder.Problem.duplicatePath(path: target) }
                throw failure
            }
        }
    }

}
