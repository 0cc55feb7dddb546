import Foundation

// swift run TemplateEmbedder [<templates-folder> <output.swift>]
//
// Writes a Swift file declaring `EmbeddedTemplates.files`: every non-hidden file under the folder
// (default `Templates`), by path relative to it, as a raw string literal whose text is the file's
// bytes exactly, into `Sources/AgentViewRender/EmbeddedTemplates.swift` by default. The file is
// committed so that the binary carries its templates; a test fails when it differs from Templates/.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.isEmpty || arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: TemplateEmbedder [<templates-folder> <output.swift>]\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments.first ?? "Templates").standardizedFileURL
let output = URL(fileURLWithPath: arguments.last ?? "Sources/AgentViewRender/EmbeddedTemplates.swift")

/// The non-hidden regular files under the folder, as sorted relative paths.
func relativePaths(under folder: URL) -> [String] {
    let found = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    var paths: [String] = []
    while let file = found?.nextObject() as? URL {
        guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        paths.append(
            file.standardizedFileURL.pathComponents.dropFirst(folder.pathComponents.count).joined(separator: "/"))
    }
    return paths.sorted()
}

/// A raw string literal whose value is `text` byte for byte.
///
/// Enough `#` that no `"` or `\` in the text ends the literal or starts an escape; control
/// characters other than tab and newline (a CR, say) become escapes, since a multi-line literal
/// would normalise or reject them.
func literal(_ text: String) -> String {
    var longestRun = 0
    var run = -1
    for scalar in text.unicodeScalars {
        if scalar == "\"" || scalar == "\\" {
            run = 0
        } else if scalar == "#", run >= 0 {
            run += 1
            longestRun = max(longestRun, run)
        } else {
            run = -1
        }
    }
    let hashes = String(repeating: "#", count: longestRun + 1)
    var body = ""
    for scalar in text.unicodeScalars {
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || scalar.value == 0x7F {
            body += "\\\(hashes)u{\(String(scalar.value, radix: 16))}"
        } else {
            body.unicodeScalars.append(scalar)
        }
    }
    // The newline after the opening and the one before the closing delimiter are not part of the value.
    return "\(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)"
}

var source = """
    // swift-format-ignore-file
    // Generated from Templates/ by `swift run TemplateEmbedder`: edit the templates, then run it again.
    // (Generated code is not formatted: the templates' text must stay byte for byte.)

    /// Every file of `Templates/`, by path relative to it, exactly as in the source tree.
    enum EmbeddedTemplates {
        /// Relative path → contents.
        static let files: [String: String] = [

    """
for path in relativePaths(under: folder) {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path),
        let text = String(data: data, encoding: .utf8)
    else {
        FileHandle.standardError.write(Data("\(folder.path)/\(path): error: not readable as UTF-8 text\n".utf8))
        exit(1)
    }
    let key = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        \"\(key)\": \(literal(text)),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: output, options: .atomic)
} catch {
    FileHandle.standardError.write(Data("\(output.path): error: cannot write: \(error.localizedDescription)\n".utf8))
    exit(1)
}
