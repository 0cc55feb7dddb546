import AgentViewCore
import Foundation

/// Decides whether a command may replace the folder given as `--out` (rulebook: "Output ownership").
///
/// Output is swapped in whole, so a wrong `--out` would remove whatever was there. AgentView replaces
/// only a folder that is missing, empty, or holds the marker file that AgentView writes into every
/// output folder; any `index.html` is not enough. Whatever the folder holds, it is refused when it is
/// empty as a path, the current folder or one of its parents, or when it holds or lies inside an input
/// of the command (the export, a side of a diff, the key file, the templates folder).
enum OutputGuard {
    /// The marker's content: what wrote the folder, so that a person who finds it knows what it is.
    static func marker(kind: String) -> [UInt8] {
        Array(
            """
            This folder was written by agentview \(ToolVersion.current) (\(kind)); snapshot schema \(Snapshot.schema).
            agentview replaces this folder whole on its next run into it: keep nothing else here.

            """.utf8)
    }

    /// Why a folder is not replaced.
    enum Refusal: Error, Equatable, CustomStringConvertible {
        /// `--out ''`; `isFile` for the one-user report, whose `--out` is a file.
        case emptyPath(isFile: Bool)
        case currentFolder(path: String)
        case holdsInput(path: String, input: String)
        case insideInput(path: String, input: String)
        case notOurs(path: String)
        case unlistable(path: String, reason: String)
        case notAFolder(path: String)
        case isAFolder(path: String)
        case notOurFile(path: String)
        case reportInsideInput(path: String, input: String)
        case fileOfInput(path: String, input: String)
        case insideOutput(path: String, output: String)

        var description: String {
            switch self {
            case .emptyPath(let isFile):
                "refusing to write to an empty path: give --out \(isFile ? "the report's file name" : "a folder") (an unset variable in a script gives an empty one)"
            case .currentFolder(let path):
                "refusing to replace '\(TerminalText.safe(path))': it is the current folder or one of its parents, and replacing it would delete everything in it"
            case .holdsInput(let path, let input):
                "refusing to replace '\(TerminalText.safe(path))': it holds the input '\(TerminalText.safe(input))', which replacing it would delete"
            case .insideInput(let path, let input):
                "refusing to write into '\(TerminalText.safe(path))': it is inside the input '\(TerminalText.safe(input))', which the next run would read as input"
            case .notOurs(let path):
                "refusing to replace '\(TerminalText.safe(path))': it is not empty and has no \(OutputMarker.name) file, so AgentView did not write it; choose another folder, or empty it yourself"
            case .unlistable(let path, let reason):
                "refusing to replace '\(TerminalText.safe(path))': its content cannot be listed (\(reason)), so it cannot be checked"
            case .isAFolder(let path):
                "refusing to write the report to '\(TerminalText.safe(path))': it is a folder; give the report's file name"
            case .reportInsideInput(let path, let input):
                "refusing to write the report to '\(TerminalText.safe(path))': it is inside the input '\(TerminalText.safe(input))', whose files it could replace; write it outside"
            case .fileOfInput(let path, let input):
                "refusing to replace '\(TerminalText.safe(path))': it is a file of the input '\(TerminalText.safe(input))', which this run reads; write the report elsewhere"
            case .notOurFile(let path):
                "refusing to replace '\(TerminalText.safe(path))': the file exists and AgentView did not write it (it has no <meta name=\"generator\" content=\"AgentView\">); give the report another name, or remove the file yourself"
            case .insideOutput(let path, let output):
                "refusing to write the report to '\(TerminalText.safe(path))': it is inside '\(TerminalText.safe(output))', a folder AgentView wrote, whose pages it could break and whose next run replaces it whole; write it outside"
            case .notAFolder(let path):
                "refusing to replace '\(TerminalText.safe(path))': it is a file, not a folder, and replacing it would delete it"
            }
        }
    }

    /// Throws unless the folder at `path` may be replaced by output, given the command's `inputs`, which it
    /// may neither hold nor lie inside, and the files it must `keep` (a key file, a templates folder), which
    /// it may not hold.
    static func check(_ path: String, inputs: [String], keep: [String] = []) throws(Refusal) {
        guard !path.isEmpty else { throw .emptyPath(isFile: false) }
        let target = CanonicalPath.resolve(path)
        let current = CanonicalPath.resolve(FileManager.default.currentDirectoryPath)
        if CanonicalPath.contains(target, current) { throw .currentFolder(path: path) }
        try checkInputs(path, target: target, inputs: inputs, keep: keep, inside: Refusal.insideInput)
        var status = stat()
        guard lstat(path, &status) == 0 else { return }  // missing: created fresh
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return  // the link is replaced, never what it points to (see OutputFolder)
        case S_IFDIR: break
        default: throw .notAFolder(path: path)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            let code = (error as NSError).posixCode ?? EACCES
            throw .unlistable(path: path, reason: String(cString: strerror(code)).lowercased())
        }
        guard !names.isEmpty else { return }
        guard OutputMarker.isPresent(in: path) else { throw .notOurs(path: path) }
    }
}

extension OutputGuard {
    /// Throws unless a single file (the one-user report) may be written at `path`: not an empty path, not a
    /// folder, not an input nor inside one, not a file already inside a `keep` folder (a template: a new file
    /// beside them is fine), and, when a file is there already, an empty one or one AgentView wrote.
    static func checkFile(_ path: String, inputs: [String], keep: [String] = []) throws(Refusal) {
        guard !path.isEmpty else { throw .emptyPath(isFile: true) }
        // A report written into the export would replace its files (`--out export/users.json`).
        let target = CanonicalPath.resolve(path)
        try checkInputs(path, target: target, inputs: inputs, keep: keep, inside: Refusal.reportInsideInput)
        // Inside a folder AgentView wrote, the report would break a page, or go with the folder's next replacement.
        if let output = markedFolder(holding: target) { throw .insideOutput(path: path, output: output) }
        var status = stat()
        guard lstat(path, &status) == 0 else { return }  // missing: created fresh
        // A template carries the generator mark of the pages it makes, so the test below would take it for a page:
        // inside the templates folder only an HTML file (an earlier report) may be replaced, never a template
        // (`.mustache`) or the stylesheet.
        let name = target.split(separator: "/").last ?? ""
        let isHTML =
            name.lastIndex(of: ".").map { ["html", "htm"].contains(name[$0...].dropFirst().lowercased()) } ?? false
        for folder in keep
        where !folder.isEmpty && !isHTML && CanonicalPath.contains(CanonicalPath.resolve(folder), target) {
            throw .fileOfInput(path: path, input: folder)
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw .isAFolder(path: path)
        case S_IFLNK: return  // the link is replaced, never what it points to (see AtomicFile)
        default: break
        }
        // An empty file holds nothing to lose (`mktemp` makes one to write into).
        guard status.st_size == 0 || isAgentViewPage(path) else { throw .notOurFile(path: path) }
    }

    /// The nearest folder above the resolved path `target` that AgentView wrote (it holds the marker), if any.
    private static func markedFolder(holding target: String) -> String? {
        var folder = Substring(target)
        while let slash = folder.lastIndex(of: "/"), folder != "/" {
            folder = slash == folder.startIndex ? "/" : folder[..<slash]
            if OutputMarker.isPresent(in: String(folder)) { return String(folder) }
        }
        return nil
    }

    /// Throws when the output at `path` (resolved: `target`) holds one of `inputs` or `keep`, or lies inside
    /// one of `inputs` (`inside` says how); the same test for a folder and for the report.
    private static func checkInputs(
        _ path: String, target: String, inputs: [String], keep: [String],
        inside: (_ path: String, _ input: String) -> Refusal
    ) throws(Refusal) {
        for input in inputs + keep where !input.isEmpty {
            let resolved = CanonicalPath.resolve(input)
            if CanonicalPath.contains(target, resolved) { throw .holdsInput(path: path, input: input) }
            if inputs.contains(input), CanonicalPath.contains(resolved, target) { throw inside(path, input) }
        }
    }

    /// The mark every page AgentView writes carries near its top (`Templates/layout.mustache`).
    static let generatorMark = Data(#"<meta name="generator" content="AgentView">"#.utf8)

    /// Whether the file at `path` is a page AgentView wrote: its first 4 KiB hold `generatorMark`.
    static func isAgentViewPage(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4096))?.range(of: generatorMark) != nil
    }
}

/// Absolute paths with links resolved, to compare folders the way the file system sees them.
enum CanonicalPath {
    /// `path` made absolute, `.`/`..` applied and links resolved as far as the path exists.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var missing: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                var result = String(cString: real)
                for part in missing.reversed() {
                    switch part {
                    case "", ".": continue
                    case "..": result = (result as NSString).deletingLastPathComponent
                    default: result = result == "/" ? "/" + part : result + "/" + part
                    }
                }
                return result
            }
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else { return absolute }
            missing.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }

    /// Whether `outer` is `inner` or one of its parents (both canonical).
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
