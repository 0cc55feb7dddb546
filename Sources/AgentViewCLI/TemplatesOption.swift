import AgentViewCore
import AgentViewRender
import ArgumentKit
import Foundation

/// `--templates <dir>`, which `render` and `merge` take: an edited copy of `Templates/`.
enum TemplatesOption {
    /// The templates `--templates` names, else the built-in ones. A path that is no templates folder at all is
    /// said in one line naming the option and the path as given, before any template is read; a folder's
    /// template problems come in compiler form.
    static func load(_ command: ParsedCommand) -> Result<TemplateSet, TemplatesProblem> {
        guard let path = command.value("templates") else {
            return Result { () throws(TemplateError) in try TemplateSet.builtIn() }.mapError { .templates($0) }
        }
        if let problem = folderProblem(path) { return .failure(.folder(problem)) }
        return Result { () throws(TemplateError) in try TemplateSet(folder: URL(fileURLWithPath: path)) }
            .mapError { .templates($0) }
    }

    /// Why `path` is no templates folder, or nil when it may be one.
    static func folderProblem(_ path: String) -> String? {
        let shown = "--templates '\(TerminalText.safe(path))'"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return "\(shown): no such folder"
        }
        let copy = "give an edited copy of the Templates folder (README, Templates)"
        guard isFolder.boolValue else { return "\(shown) is a file, not a folder: \(copy)" }
        guard FileManager.default.fileExists(atPath: path + "/style.css") else {
            return "\(shown) holds no style.css, so it is no copy of the Templates folder: \(copy)"
        }
        return nil
    }
}

/// Why `--templates` could not be used.
enum TemplatesProblem: Error, CustomStringConvertible {
    /// The path is no templates folder.
    case folder(String)
    /// The folder's templates do not read or parse.
    case templates(TemplateError)

    var description: String {
        switch self {
        case .folder(let problem): "agentview: \(problem)"
        case .templates(let error): error.description
        }
    }
}
